import XCTest
@testable import MCredCore

/// The real exports in Fixtures/inputs, read from disk and in 1- and 7-byte chunks.
final class CSVRealFileTests: XCTestCase {
    /// Reads the file with FileByteSource, checks that MemoryByteSource at every chunk size
    /// gives the same rows and diagnostics, and returns the rows.
    private func readShared(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> CSVReadOutcome {
        let bytes = try ReadingFixtures.sharedBytes(name)
        let path = ReadingFixtures.sharedInput(name)
        let sink = CollectingDiagnosticSink()
        let source = try FileByteSource(path: path)
        XCTAssertEqual(source.totalBytes, bytes.count, file: file, line: line)
        let reader = try CSVRowReader(source: source, diagnostics: sink)
        var fromDisk = CSVReadOutcome(dialect: reader.dialect, encoding: reader.encoding)
        while let row = try reader.next() { fromDisk.rows.append(row) }
        fromDisk.diagnostics = sink.diagnostics
        XCTAssertEqual(reader.bytesRead, bytes.count, file: file, line: line)
        let chunked = ReadingFixtures.readChunked(bytes, file: file, line: line)
        XCTAssertEqual(chunked.rows, fromDisk.rows, file: file, line: line)
        XCTAssertEqual(chunked.dialect, fromDisk.dialect, file: file, line: line)
        return fromDisk
    }

    func testDUOSemicolonFileWithUnquotedCommas() throws {
        let out = try readShared("duo-nl-eerstejaars-per-croho-semicolon.csv")
        XCTAssertEqual(out.dialect, .semicolon)
        XCTAssertEqual(out.rows.count, 1104)
        XCTAssertEqual(Set(out.rows.map(\.fields.count)), [7])
        XCTAssertEqual(out.rows.first?.fields, [
            "collegejaar", "isatcode", "groepeernaam_croho", "examentype_code", "eer_nl_niet_eer",
            "aantal_eerstejaars_croho", "aantal_hoofdinschrijvingen",
        ])
        XCTAssertEqual(out.rows[14].fields, ["2003", "60052", "M Beleid, Communicatie en Organisatie", "M", "NL", "3", "3"])
        XCTAssertEqual(out.rows[14].line, 15)
        XCTAssertEqual(out.lines, Array(1...1104))
        XCTAssertEqual(out.diagnostics, [])
    }

    func testESCOCommaFileWithMultiLineCells() throws {
        let out = try readShared("esco-transversal-skills-collection_en.csv")
        XCTAssertEqual(out.dialect, .comma)
        XCTAssertEqual(out.rows.count, 107 + 1)
        XCTAssertEqual(Set(out.rows.map(\.fields.count)), [9])
        XCTAssertEqual(out.rows[0].fields[4], "preferredLabel")
        // Rows 23 and 102 (0-based) each have a description with an embedded line break, so each
        // pushes the following rows one line further down.
        XCTAssertEqual(out.rows[23].fields[4], "use Yahoo! Search")
        XCTAssertEqual(out.rows[23].fields[6], "Identify digital information via Yahoo! search engine, judging its relevance and purpose. \n\u{A0}")
        XCTAssertEqual(out.rows[23].line, 24)
        XCTAssertEqual(out.rows[24].line, 26)
        XCTAssertEqual(out.rows[102].fields[4], "use Swoogle")
        XCTAssertEqual(out.rows[102].line, 104)
        XCTAssertEqual(out.rows[103].line, 106)
        XCTAssertEqual(out.rows.last?.line, 110)
        XCTAssertEqual(out.lines, Array(1...24) + Array(26...104) + Array(106...110))
        XCTAssertTrue(out.rows[1].fields[5].contains(" | "), "pipe-separated multi-values stay in one cell")
        XCTAssertEqual(out.diagnostics, [])
    }

    func testEdubadgesTemplateRaggedRowWithoutTrailingNewline() throws {
        let out = try readShared("badgr-bulk-issue-template-edubadges.csv")
        XCTAssertEqual(out.dialect, .comma)
        XCTAssertEqual(out.fields, [
            ["email", "evidence"],
            ["jsmith@google.com", " https://example.org/john-smith-project.html"],
            ["jillBrown@aol.com"],
        ])
        XCTAssertEqual(out.lines, [1, 2, 3])
        XCTAssertEqual(out.diagnostics, [])
    }

    func testMintOBadgesTemplateUTF8() throws {
        let out = try readShared("badgr-bulk-issue-template-mint-o-badges-de.csv")
        XCTAssertEqual(out.encoding, .utf8)
        XCTAssertEqual(out.fields, [
            ["E-Mail-Adresse", "Vor- / Nachname"],
            ["m.krueger@beispielmail.net", " Mika Krüger"],
            ["anna-smith@beispielmail.com", " Anna Smith"],
        ])
        XCTAssertEqual(out.lines, [1, 2, 3])
    }

    func testESCOAsLatin1WouldBeReadableButDifferent() throws {
        // The ESCO file has U+00A0 (C2 A0 in UTF-8); read as Latin-1 it becomes "Â\u{A0}", which
        // is why the encoding is never guessed from content.
        let bytes = try ReadingFixtures.sharedBytes("esco-transversal-skills-collection_en.csv")
        let out = ReadingFixtures.read(bytes, encoding: .latin1)
        XCTAssertEqual(out.rows.count, 108)
        XCTAssertTrue(out.rows[23].fields[6].hasSuffix("\n\u{C2}\u{A0}"))
    }
}
