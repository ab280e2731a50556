import XCTest
@testable import MCredCore

/// RFC 4180 behaviour, the real-export extensions, and physical line numbers.
final class CSVRowReaderTests: XCTestCase {
    private func read(_ text: String, dialect: CSVDialect? = .comma) -> CSVReadOutcome {
        ReadingFixtures.readChunked(text, dialect: dialect)
    }

    func testSimpleRowsWithLF() {
        let out = read("a,b,c\n1,2,3\n")
        XCTAssertEqual(out.fields, [["a", "b", "c"], ["1", "2", "3"]])
        XCTAssertEqual(out.lines, [1, 2])
        XCTAssertEqual(out.rows.map(\.byteOffset), [0, 6])
        XCTAssertEqual(out.diagnostics, [])
        XCTAssertNil(out.error)
    }

    func testCRLFLineEnds() {
        let out = read("a,b\r\n1,2\r\n3,4\r\n")
        XCTAssertEqual(out.fields, [["a", "b"], ["1", "2"], ["3", "4"]])
        XCTAssertEqual(out.lines, [1, 2, 3])
        XCTAssertEqual(out.rows.map(\.byteOffset), [0, 5, 10])
    }

    func testLoneCRLineEnds() {
        let out = read("a,b\r1,2\r3,4")
        XCTAssertEqual(out.fields, [["a", "b"], ["1", "2"], ["3", "4"]])
        XCTAssertEqual(out.lines, [1, 2, 3])
    }

    func testMixedLineEnds() {
        let out = read("a\r\nb\nc\rd\n\re")
        XCTAssertEqual(out.fields, [["a"], ["b"], ["c"], ["d"], ["e"]])
        XCTAssertEqual(out.lines, [1, 2, 3, 4, 6])
    }

    func testFinalLineWithoutNewline() {
        XCTAssertEqual(read("a,b\n1,2").fields, [["a", "b"], ["1", "2"]])
        XCTAssertEqual(read("x").fields, [["x"]])
        XCTAssertEqual(read("\"q\"").fields, [["q"]])
        XCTAssertEqual(read("a,").fields, [["a", ""]])
    }

    func testBlankLinesAreSkippedButCounted() {
        let out = read("\n\na,b\n\r\n\n1,2\n\n\r\r\n3,4\n\n")
        XCTAssertEqual(out.fields, [["a", "b"], ["1", "2"], ["3", "4"]])
        XCTAssertEqual(out.lines, [3, 6, 10])
        XCTAssertEqual(out.rows.map(\.byteOffset), [2, 9, 17])
    }

    func testEmptyAndBlankInputsHaveNoRows() {
        XCTAssertEqual(read("").rows, [])
        XCTAssertEqual(read("\n\r\n\r").rows, [])
        XCTAssertEqual(ReadingFixtures.readChunked([0xEF, 0xBB, 0xBF]).rows, [])
    }

    func testSpacesAreData() {
        let out = read(" a , b ,c \n  \n")
        XCTAssertEqual(out.fields, [[" a ", " b ", "c "], ["  "]])
    }

    func testEmptyFields() {
        XCTAssertEqual(read(",,\n").fields, [["", "", ""]])
        XCTAssertEqual(read(",a\na,\n").fields, [["", "a"], ["a", ""]])
        XCTAssertEqual(read("\"\"\n\"\",\"\"\n").fields, [[""], ["", ""]])
    }

    func testQuotedFieldsWithDelimitersAndDoubledQuotes() {
        let out = read("\"a,b\",c\n\"say \"\"hi\"\"\",\"\"\"\"\n\"x\"\"\",\"\"\"y\"\n")
        XCTAssertEqual(out.fields, [["a,b", "c"], ["say \"hi\"", "\""], ["x\"", "\"y"]])
        XCTAssertEqual(out.diagnostics, [])
    }

    func testQuotedFieldsWithNewlinesShiftLaterLines() {
        let out = read("h1,h2\n\"line1\nline2\",x\nnext,y\n\"a\n\nb\n\",z\nlast,w\n")
        XCTAssertEqual(out.fields, [["h1", "h2"], ["line1\nline2", "x"], ["next", "y"], ["a\n\nb\n", "z"], ["last", "w"]])
        XCTAssertEqual(out.lines, [1, 2, 4, 5, 9])
    }

    func testCRLFInsideAndAfterQuotedFields() {
        let out = read("\"a\r\nb\",c\r\nd,e\r\n\"f\rg\",h\r\ni,j\r\n")
        XCTAssertEqual(out.fields, [["a\r\nb", "c"], ["d", "e"], ["f\rg", "h"], ["i", "j"]])
        XCTAssertEqual(out.lines, [1, 3, 4, 6])
        XCTAssertEqual(out.rows.map(\.byteOffset), [0, 10, 15, 24])
    }

    func testQuotedFieldEndingInCRBeforeClosingQuote() {
        let out = read("\"a\r\",b\nc\n")
        XCTAssertEqual(out.fields, [["a\r", "b"], ["c"]])
        XCTAssertEqual(out.lines, [1, 3])
    }

    func testRaggedRowsAreReturnedAsIs() {
        let out = read("a,b,c\n1\n1,2,3,4\n")
        XCTAssertEqual(out.fields.map(\.count), [3, 1, 4])
    }

    func testNonASCIIContent() {
        let out = read("naïve,日本語,😀\nZoë,\"Łukasz, Søren\"\n")
        XCTAssertEqual(out.fields, [["naïve", "日本語", "😀"], ["Zoë", "Łukasz, Søren"]])
        XCTAssertEqual(out.rows[1].byteOffset, "naïve,日本語,😀\n".utf8.count)
    }

    func testOtherDelimiters() {
        XCTAssertEqual(read("a\tb c\t\"d\te\"\n", dialect: .tab).fields, [["a", "b c", "d\te"]])
        XCTAssertEqual(read("a|b,c|\"d|e\"\n", dialect: .pipe).fields, [["a", "b,c", "d|e"]])
        XCTAssertEqual(read("a;b,c;\"d;e\"\n", dialect: .semicolon).fields, [["a", "b,c", "d;e"]])
    }

    func testOtherQuoteCharacter() {
        let out = read("'a,b','it''s',\"x\"\n", dialect: CSVDialect(delimiter: UInt8(ascii: ","), quote: UInt8(ascii: "'")))
        XCTAssertEqual(out.fields, [["a,b", "it's", "\"x\""]])
    }

    func testLongRowsAcrossBufferRefills() {
        // Rows long enough that many straddle the 128 KiB buffer boundary.
        let value = String(repeating: "x", count: 997)
        var text = ""
        for i in 0..<600 { text += "\(i),\(value),\"q\(i)\nz\"\n" }
        let out = ReadingFixtures.read(text, chunkSize: 5000, dialect: .comma)
        XCTAssertEqual(out.rows.count, 600)
        XCTAssertEqual(out.rows.last?.fields, ["599", value, "q599\nz"])
        XCTAssertEqual(out.rows.last?.line, 1 + 599 * 2)
        XCTAssertEqual(out, ReadingFixtures.read(text, dialect: .comma))
    }

    func testReaderReportsDialectEncodingAndBytesRead() throws {
        let bytes = Array("a;b\n1;2\n".utf8)
        let reader = try CSVRowReader(source: MemoryByteSource(bytes, name: "m.csv"), diagnostics: CollectingDiagnosticSink())
        XCTAssertEqual(reader.dialect, .semicolon)
        XCTAssertEqual(reader.encoding, .utf8)
        XCTAssertEqual(reader.sourceName, "m.csv")
        while try reader.next() != nil {}
        XCTAssertEqual(reader.bytesRead, bytes.count)
        XCTAssertNil(try reader.next(), "stays at the end")
    }

    func testRejectsUnusableDialects() {
        for dialect in [
            CSVDialect(delimiter: UInt8(ascii: "\n")), CSVDialect(delimiter: UInt8(ascii: "\"")),
            CSVDialect(delimiter: 0xE9), CSVDialect(delimiter: UInt8(ascii: ","), quote: UInt8(ascii: "\r")),
        ] {
            XCTAssertThrowsError(try CSVRowReader(
                source: MemoryByteSource([], name: "e.csv"), dialect: dialect, diagnostics: CollectingDiagnosticSink())
            ) { error in
                XCTAssertEqual((error as? MCredError)?.kind, .badConfiguration)
            }
        }
    }

    func testDialectNames() {
        XCTAssertEqual(CSVDialect.tab.delimiterName, "tab")
        XCTAssertEqual(CSVDialect.semicolon.delimiterName, "semicolon")
        XCTAssertEqual(CSVDialect(delimiter: UInt8(ascii: ":")).delimiterName, "':'")
    }

    func testSourceErrorsPropagate() {
        final class FailingSource: ByteSource {
            var name: String { "broken.csv" }
            var totalBytes: Int? { nil }
            var calls = 0
            func read(into buffer: UnsafeMutableRawBufferPointer) throws(MCredError) -> Int {
                calls += 1
                if calls > 2 { throw MCredError(.unreadableInput, "cannot read 'broken.csv': Input/output error") }
                buffer[0] = UInt8(ascii: "a")
                return 1
            }
        }
        XCTAssertThrowsError(try {
            let reader = try CSVRowReader(source: FailingSource(), dialect: .comma, diagnostics: CollectingDiagnosticSink())
            while try reader.next() != nil {}
        }()) { error in
            XCTAssertEqual((error as? MCredError)?.message, "cannot read 'broken.csv': Input/output error")
        }
    }
}
