import XCTest
@testable import MCredCore

/// BOM detection, transcoding to UTF-8, and the invalid-UTF-8 error.
final class TextEncodingTests: XCTestCase {
    private let fix = ", pass --encoding latin1 or --encoding windows-1252"

    private func invalid(_ byte: String, offset: Int, line: Int) -> String {
        "invalid UTF-8 byte \(byte) at byte offset \(offset) (line \(line)); if the file is Latin-1 or Windows-1252" + fix
    }

    // MARK: BOM and detection

    func testUTF8BOMIsStripped() {
        let out = ReadingFixtures.readChunked([0xEF, 0xBB, 0xBF] + Array("id,naam\n1,Zoë\n".utf8))
        XCTAssertEqual(out.encoding, .utf8)
        XCTAssertEqual(out.fields, [["id", "naam"], ["1", "Zoë"]])
        XCTAssertEqual(out.rows.map(\.byteOffset), [0, 8])
    }

    func testNoBOMMeansUTF8() {
        let out = ReadingFixtures.readChunked("a,b\n")
        XCTAssertEqual(out.encoding, .utf8)
        XCTAssertEqual(out.fields, [["a", "b"]])
    }

    func testUTF16LittleEndianWithBOM() {
        let text = "naam;stad\r\nZoë;Ærø\r\n\"Ło\nd\";😀𝄞\r\n"
        let out = ReadingFixtures.readChunked(ReadingFixtures.utf16(text, bigEndian: false))
        XCTAssertEqual(out.encoding, .utf16le)
        XCTAssertEqual(out.dialect, .semicolon)
        XCTAssertEqual(out.fields, [["naam", "stad"], ["Zoë", "Ærø"], ["Ło\nd", "😀𝄞"]])
        XCTAssertEqual(out.lines, [1, 2, 3])
        XCTAssertEqual(out.rows.map(\.byteOffset), [0, 11, 11 + "Zoë;Ærø\r\n".utf8.count])
    }

    func testUTF16BigEndianWithBOM() {
        let text = "a,b\n€,𝄞x\n"
        let out = ReadingFixtures.readChunked(ReadingFixtures.utf16(text, bigEndian: true))
        XCTAssertEqual(out.encoding, .utf16be)
        XCTAssertEqual(out.fields, [["a", "b"], ["€", "𝄞x"]])
    }

    func testGivenUTF16WithoutBOM() {
        let le = ReadingFixtures.readChunked(ReadingFixtures.utf16("x,ü\n", bigEndian: false, bom: false), encoding: .utf16le)
        XCTAssertEqual(le.fields, [["x", "ü"]])
        let be = ReadingFixtures.readChunked(ReadingFixtures.utf16("x,ü\n", bigEndian: true, bom: true), encoding: .utf16be)
        XCTAssertEqual(be.fields, [["x", "ü"]], "a given encoding still drops its own BOM")
    }

    func testUTF16BrokenInputBecomesReplacementCharacters() {
        // Lone low surrogate, high surrogate followed by a BMP unit, high surrogate at the end,
        // and a final odd byte.
        let le: [UInt8] = [0xFF, 0xFE, 0x00, 0xDC, 0x2C, 0x00, 0x00, 0xD8, 0x41, 0x00, 0x2C, 0x00, 0x3D, 0xD8]
        XCTAssertEqual(ReadingFixtures.readChunked(le).fields, [["\u{FFFD}", "\u{FFFD}A", "\u{FFFD}"]])
        let odd: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x62]
        XCTAssertEqual(ReadingFixtures.readChunked(odd).fields, [["a\u{FFFD}"]])
    }

    // MARK: Single-byte encodings

    func testLatin1() {
        let bytes: [UInt8] = Array("naam,stad\n".utf8) + [0x5A, 0x6F, 0xEB, 0x2C, 0xC6, 0x72, 0xF8, 0x0A, 0x80, 0x9F, 0xFF, 0x0A]
        let out = ReadingFixtures.readChunked(bytes, encoding: .latin1)
        XCTAssertEqual(out.encoding, .latin1)
        XCTAssertEqual(out.fields, [["naam", "stad"], ["Zoë", "Ærø"], ["\u{80}\u{9F}ÿ"]])
    }

    func testWindows1252HighTable() {
        let bytes: [UInt8] = Array(0x80...0x9F) + [0x2C, 0xE9, 0xA0, 0x0A]
        let out = ReadingFixtures.readChunked(bytes, encoding: .windows1252, dialect: .comma)
        let expected = "€\u{FFFD}‚ƒ„…†‡ˆ‰Š‹Œ\u{FFFD}Ž\u{FFFD}\u{FFFD}‘’“”•–—˜™š›œ\u{FFFD}žŸ"
        XCTAssertEqual(out.fields, [[expected, "é\u{A0}"]])
        XCTAssertEqual(out.encoding, .windows1252)
    }

    // MARK: Invalid UTF-8

    func testInvalidUTF8IsFatalWithOffsetLineByteAndFix() {
        // "café" written in Latin-1 on line 2.
        let bytes = Array("a,b\n1,caf".utf8) + [0xE9] + Array("\n2,x\n".utf8)
        let out = ReadingFixtures.readChunked(bytes)
        XCTAssertEqual(out.fields, [["a", "b"]], "rows before the bad byte are returned")
        XCTAssertEqual(out.error, invalid("0xE9", offset: 9, line: 2))
        XCTAssertEqual(out.errorLine, 2)
    }

    func testInvalidUTF8ErrorValue() throws {
        let reader = try CSVRowReader(
            source: MemoryByteSource([0x78, 0x0A, 0xFF], name: "bad.csv"), diagnostics: CollectingDiagnosticSink())
        XCTAssertEqual(try reader.next()?.fields, ["x"])
        XCTAssertThrowsError(try reader.next()) { error in
            let error = error as? MCredError
            XCTAssertEqual(error?.kind, .unreadableInput)
            XCTAssertEqual(error?.location, SourceLocation(file: "bad.csv", line: 2))
            XCTAssertEqual(error?.description, "bad.csv:2: " + self.invalid("0xFF", offset: 2, line: 2))
        }
    }

    func testInvalidUTF8InsideMultiLineQuotedField() {
        let bytes = Array("h\r\n\"a\r\nb\nc".utf8) + [0xC3, 0x28] + Array("\"\n".utf8)
        let out = ReadingFixtures.readChunked(bytes, dialect: .comma)
        XCTAssertEqual(out.fields, [["h"]])
        XCTAssertEqual(out.error, invalid("0xC3", offset: 10, line: 4))
    }

    func testInvalidUTF8OffsetCountsTheBOM() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0x80]
        XCTAssertEqual(ReadingFixtures.readChunked(bytes).error, invalid("0x80", offset: 5, line: 2))
    }

    func testEachKindOfInvalidSequence() {
        let cases: [([UInt8], String)] = [
            ([0x80], "0x80"), // lone continuation byte
            ([0xC0, 0xAF], "0xC0"), // overlong
            ([0xC1, 0xBF], "0xC1"),
            ([0xE0, 0x80, 0xAF], "0xE0"), // overlong three-byte
            ([0xED, 0xA0, 0x80], "0xED"), // surrogate
            ([0xF0, 0x80, 0x80, 0xAF], "0xF0"),
            ([0xF4, 0x90, 0x80, 0x80], "0xF4"), // above U+10FFFF
            ([0xF5, 0x80, 0x80, 0x80], "0xF5"),
            ([0xE2, 0x82, 0x41], "0xE2"), // cut short by ASCII
            ([0xE2, 0x82], "0xE2"), // cut short by the end of the file
            ([0xF0, 0x9F, 0x98], "0xF0"),
        ]
        for (bad, hex) in cases {
            let out = ReadingFixtures.readChunked(Array("ok,z\nab".utf8) + bad + [0x0A])
            XCTAssertEqual(out.error, invalid(hex, offset: 7, line: 2), "bytes \(bad)")
            let atEnd = ReadingFixtures.readChunked(Array("ok,z\nab".utf8) + bad)
            XCTAssertEqual(atEnd.error, invalid(hex, offset: 7, line: 2), "bytes \(bad) at end")
        }
    }

    func testValidMultiByteSequencesSplitAtEveryBoundary() {
        let text = "é€😀𝄞,ü\r\n\"ß\n中\",😀\n"
        let out = ReadingFixtures.readChunked(text)
        XCTAssertNil(out.error)
        XCTAssertEqual(out.fields, [["é€😀𝄞", "ü"], ["ß\n中", "😀"]])
    }

    func testInvalidUTF8AfterTheSniffingSample() {
        var bytes: [UInt8] = []
        for i in 0..<20_000 { bytes += Array("row,\(i)\n".utf8) }
        let offset = bytes.count + 4
        bytes += Array("bad,".utf8) + [0xE9] + Array("\n".utf8)
        let out = ReadingFixtures.read(bytes, chunkSize: 4096)
        XCTAssertEqual(out.rows.count, 20_000)
        XCTAssertEqual(out.error, invalid("0xE9", offset: offset, line: 20_001))
        XCTAssertEqual(out, ReadingFixtures.read(bytes))
    }

    func testValidatorDirectly() {
        func check(_ bytes: [UInt8]) -> (Int, Bool) {
            bytes.withUnsafeBufferPointer { UTF8Validation.validate($0.baseAddress!, count: $0.count) }
        }
        XCTAssertTrue(check(Array("plain ascii text that is longer than sixteen bytes".utf8)) == (50, false))
        XCTAssertTrue(check([0x61, 0xF0, 0x9F]) == (1, false), "incomplete tail")
        XCTAssertTrue(check([0x61, 0xF0, 0x9F, 0x41]) == (1, true))
        XCTAssertTrue(check(Array(String(repeating: "a", count: 17).utf8) + [0xFF]) == (17, true))
    }

    /// The real EDC workbooks in Fixtures are the commonest wrong file: named, not "invalid UTF-8".
    func testSpreadsheetWorkbooksAreNamedAsSuch() throws {
        for name in ["edc-demo-bulk-template.xlsx", "edc-recipients-graded-2.xls"] {
            let out = ReadingFixtures.read(try ReadingFixtures.sharedBytes(name), encoding: .latin1)
            XCTAssertEqual(out.error, "t.csv: this is a spreadsheet workbook (.xls, .xlsx or .ods), not a CSV export: save the sheet as CSV (UTF-8) and convert that", name)
        }
        XCTAssertNil(ReadingFixtures.read("PK,x\n1,2\n").error, "text that starts like a ZIP is still text")
    }
}
