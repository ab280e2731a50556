import XCTest
@testable import MCredCore

/// Recoverable problems: each one's rule id, severity, line, column and value, and what happens
/// to the row.
final class CSVDiagnosticsTests: XCTestCase {
    private struct Seen: Equatable {
        var rule: String
        var severity: Diagnostic.Severity
        var line: Int?
        var column: Int?
        var value: String?
    }

    private func seen(_ out: CSVReadOutcome) -> [Seen] {
        out.diagnostics.map {
            Seen(rule: $0.ruleID, severity: $0.severity, line: $0.location?.line, column: $0.location?.column, value: $0.value)
        }
    }

    func testStrayQuoteInUnquotedFieldIsKeptAsData() {
        let out = ReadingFixtures.readChunked("h1,h2\n\"x\ny\",z\na,b\"c\"d,e\n", dialect: .comma)
        XCTAssertEqual(out.fields, [["h1", "h2"], ["x\ny", "z"], ["a", "b\"c\"d", "e"]])
        XCTAssertEqual(seen(out), [Seen(rule: "csv-stray-quote", severity: .warning, line: 4, column: 2, value: "b\"c\"d")])
        XCTAssertEqual(out.diagnostics.first?.location?.file, "t.csv")
    }

    func testQuoteAfterLeadingSpaceIsStray() {
        let out = ReadingFixtures.readChunked("a, \"b\"\n", dialect: .comma)
        XCTAssertEqual(out.fields, [["a", " \"b\""]])
        XCTAssertEqual(seen(out), [Seen(rule: "csv-stray-quote", severity: .warning, line: 1, column: 2, value: " \"b\"")])
    }

    func testTextAfterClosingQuoteIsKeptAsData() {
        let out = ReadingFixtures.readChunked("x\n\"ab\"cd,e\n\"p\"\"q\"r\"s,t\n", dialect: .comma)
        XCTAssertEqual(out.fields, [["x"], ["abcd", "e"], ["p\"qr\"s", "t"]])
        XCTAssertEqual(seen(out), [
            Seen(rule: "csv-stray-quote", severity: .warning, line: 2, column: 1, value: "abcd"),
            Seen(rule: "csv-stray-quote", severity: .warning, line: 3, column: 1, value: "p\"qr\"s"),
        ])
    }

    func testUnterminatedQuoteAtEndOfFile() {
        let out = ReadingFixtures.readChunked("a,b\r\n1,\"open\nmore\r\nstill, open\n", dialect: .comma)
        XCTAssertEqual(out.fields, [["a", "b"], ["1", "open\nmore\r\nstill, open\n"]])
        XCTAssertEqual(out.lines, [1, 2])
        XCTAssertEqual(seen(out), [
            Seen(rule: "csv-unterminated-quote", severity: .error, line: 2, column: 2, value: "open\nmore\r\nstill, open\n"),
        ])
    }

    func testUnterminatedQuoteEndingInDoubledQuote() {
        let out = ReadingFixtures.readChunked("\"abc\"\"", dialect: .comma)
        XCTAssertEqual(out.fields, [["abc\""]])
        XCTAssertEqual(seen(out).map(\.rule), ["csv-unterminated-quote"])
    }

    func testOversizedUnquotedFieldSkipsItsRow() {
        let out = ReadingFixtures.readChunked("a,b\n123456,x\nc,d\n12345,ok\n", dialect: .comma, maxFieldBytes: 5)
        XCTAssertEqual(out.fields, [["a", "b"], ["c", "d"], ["12345", "ok"]])
        XCTAssertEqual(out.lines, [1, 3, 4])
        XCTAssertEqual(seen(out).map(\.rule), ["csv-field-too-large"])
        XCTAssertEqual(seen(out).first?.line, 2)
        XCTAssertEqual(seen(out).first?.column, 1)
        XCTAssertEqual(seen(out).first?.severity, .error)
        XCTAssertEqual(out.diagnostics.first?.message, "field 1 is longer than 5 bytes (raise the limit with --max-field-bytes); the row is skipped")
        XCTAssertEqual(out.diagnostics.first?.value, "123456…")
    }

    func testOversizedQuotedFieldWithNewlinesSkipsItsRowAndKeepsLineNumbers() {
        let text = "h\r\nx,\"1234\r\n5678\n9\",\"p,\r\nq\"\"\",r\r\nnext\n\"small\nok\"\nlast"
        let out = ReadingFixtures.readChunked(text, dialect: .comma, maxFieldBytes: 10)
        XCTAssertEqual(out.fields, [["h"], ["next"], ["small\nok"], ["last"]])
        XCTAssertEqual(out.lines, [1, 6, 7, 9])
        XCTAssertEqual(seen(out).map(\.rule), ["csv-field-too-large"])
        XCTAssertEqual(seen(out).first?.line, 2)
        XCTAssertEqual(seen(out).first?.column, 2)
    }

    func testOversizedFieldFollowedByMultiLineQuotedFieldInTheSameRow() {
        let out = ReadingFixtures.readChunked("1234567,\"a\nb,c\"\"\nd\",e\nz\n", dialect: .comma, maxFieldBytes: 5)
        XCTAssertEqual(out.fields, [["z"]])
        XCTAssertEqual(out.lines, [4])
    }

    func testOversizedLastRowWithoutNewline() {
        let out = ReadingFixtures.readChunked("a\n1234567", dialect: .comma, maxFieldBytes: 3)
        XCTAssertEqual(out.fields, [["a"]])
        XCTAssertEqual(seen(out).map(\.rule), ["csv-field-too-large"])
    }

    func testOversizedUnterminatedQuoteReportsBoth() {
        let out = ReadingFixtures.readChunked("a\nb,\"123456789\nxyz", dialect: .comma, maxFieldBytes: 4)
        XCTAssertEqual(out.fields, [["a"]])
        XCTAssertEqual(seen(out), [
            Seen(rule: "csv-field-too-large", severity: .error, line: 2, column: 2, value: "\"1234…"),
            Seen(rule: "csv-unterminated-quote", severity: .error, line: 2, column: 2, value: nil),
        ])
    }

    func testOversizedFieldDoesNotGrowTheBuffer() throws {
        // 8 MB in one unquoted field, then a normal row: the buffer must stay at its initial size.
        var bytes = Array("id,blob\n1,".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 8 << 20)
        bytes += Array("\n2,small\n".utf8)
        let sink = CollectingDiagnosticSink()
        let reader = try CSVRowReader(
            source: MemoryByteSource(bytes, name: "big.csv", chunkSize: 64 << 10), dialect: .comma,
            diagnostics: sink, maxFieldBytes: 1000)
        var rows: [CSVRow] = []
        while let row = try reader.next() { rows.append(row) }
        XCTAssertEqual(rows.map(\.fields), [["id", "blob"], ["2", "small"]])
        XCTAssertEqual(rows.map(\.line), [1, 3])
        XCTAssertEqual(reader.bufferCapacity, CSVRowReader.initialCapacity)
        XCTAssertEqual(sink.diagnostics.map(\.ruleID), ["csv-field-too-large"])
        XCTAssertLessThan(sink.diagnostics[0].value?.utf8.count ?? .max, 400, "the value is an excerpt")
    }

    func testLargeFieldsWithinTheLimitAreRead() throws {
        let big = String(repeating: "é", count: 1 << 20) // 2 MB, larger than the initial buffer
        let out = ReadingFixtures.read("a,\"\(big)\"\nb,\(big)\nc\n", chunkSize: 100_000, dialect: .comma)
        XCTAssertEqual(out.fields, [["a", big], ["b", big], ["c"]])
        XCTAssertEqual(out.diagnostics, [])
    }

    func testDiagnosticsOfARowAreEmittedOnce() {
        // With 1-byte chunks the row is re-parsed many times; the warning must appear once.
        let out = ReadingFixtures.read("a\"b,\"c\"d,e\n", chunkSize: 1, dialect: .comma)
        XCTAssertEqual(out.diagnostics.map(\.ruleID), ["csv-stray-quote", "csv-stray-quote"])
    }
}
