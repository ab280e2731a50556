import Foundation
import XCTest
@testable import MCredCore

/// The documented size limits of CSV input: a field (`--max-field-bytes`, default 16 MiB) and a row
/// (`--max-record-bytes`, default 64 MiB). Past either, the row is reported and skipped, the rows
/// around it are read, and memory stays bounded.
final class CSVLimitsTests: XCTestCase {
    struct Outcome: Equatable {
        var fields: [[String]] = []
        var lines: [Int] = []
        var diagnostics: [String] = []
        var skipped = 0
    }

    func read(_ bytes: [UInt8], chunkSize: Int = .max, maxFieldBytes: Int = 1 << 20, maxRecordBytes: Int) throws -> (Outcome, Int) {
        let sink = CollectingDiagnosticSink()
        let reader = try CSVRowReader(
            source: MemoryByteSource(bytes, name: "t.csv", chunkSize: chunkSize), dialect: .comma,
            diagnostics: sink, maxFieldBytes: maxFieldBytes, maxRecordBytes: maxRecordBytes)
        var outcome = Outcome()
        while let row = try reader.next() {
            outcome.fields.append(row.fields)
            outcome.lines.append(row.line)
        }
        outcome.diagnostics = sink.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.ruleID) \($0.message) [\($0.value ?? "")]" }
        outcome.skipped = reader.skippedRows
        return (outcome, reader.bufferCapacity)
    }

    func testARowOfManyShortFieldsPastTheLimitIsSkippedWhateverTheChunking() throws {
        let wide = Array(repeating: "x", count: 40).joined(separator: ",") // 79 bytes + line break
        let text = "a,b\n1,2\n\(wide)\n\"q\nq\",3\n4,5\n"
        let (whole, _) = try read(Array(text.utf8), maxRecordBytes: 50)
        XCTAssertEqual(whole.fields, [["a", "b"], ["1", "2"], ["q\nq", "3"], ["4", "5"]])
        XCTAssertEqual(whole.lines, [1, 2, 4, 6])
        XCTAssertEqual(whole.skipped, 1)
        XCTAssertEqual(whole.diagnostics.count, 1)
        XCTAssertTrue(whole.diagnostics[0].hasPrefix("3:1 csv-record-too-large the row is longer than 50 bytes"), whole.diagnostics[0])
        for size in [1, 2, 3, 7, 64] {
            XCTAssertEqual(try read(Array(text.utf8), chunkSize: size, maxRecordBytes: 50).0, whole, "chunk size \(size)")
        }
    }

    func testARowExactlyAtTheLimitIsRead() throws {
        // "1,2\n" is 4 bytes with its line break.
        XCTAssertEqual(try read(Array("1,2\n".utf8), maxRecordBytes: 4).0.fields, [["1", "2"]])
        XCTAssertEqual(try read(Array("1,2\n".utf8), maxRecordBytes: 3).0.skipped, 1)
    }

    func testAMillionColumnsInOneRowStayWithinTheRecordLimit() throws {
        // 2 MB of "x," without a line break, then a normal row: the buffer never holds more than
        // about the record limit, and the next row is read.
        var bytes = Array("a,b\n".utf8)
        for _ in 0..<1_000_000 { bytes += [UInt8(ascii: "x"), UInt8(ascii: ",")] }
        bytes += Array("\n3,4\n".utf8)
        let (outcome, capacity) = try read(bytes, chunkSize: 64 << 10, maxRecordBytes: 256 << 10)
        XCTAssertEqual(outcome.fields, [["a", "b"], ["3", "4"]])
        XCTAssertEqual(outcome.skipped, 1)
        XCTAssertLessThanOrEqual(capacity, 1 << 20, "the buffer stays near the record limit")
    }

    func testAMillionColumnsAreReadWithTheDefaultLimit() throws {
        var bytes = Array("a,b\n".utf8)
        for _ in 0..<1_000_000 { bytes += [UInt8(ascii: "x"), UInt8(ascii: ",")] }
        bytes += Array("y\n3,4\n".utf8)
        let start = Date()
        let (outcome, _) = try read(bytes, chunkSize: 64 << 10, maxRecordBytes: CSVLimits.defaultMaxRecordBytes)
        XCTAssertEqual(outcome.fields.count, 3)
        XCTAssertEqual(outcome.fields[1].count, 1_000_001)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
    }

    /// A row with a million extra cells once made a 5 MB `csv-ragged-row` line (found by the
    /// million-columns test of the issue): the diagnostic quotes ten cells, each cut to an excerpt.
    func testARaggedRowsDiagnosticStaysShort() throws {
        let text = "a,b\n1,2" + String(repeating: "," + String(repeating: "z", count: 300), count: 5000) + "\n"
        let reader = try CSVRecordReader(
            source: MemoryByteSource(Array(text.utf8), name: "r.csv"), encoding: nil, delimiter: nil,
            diagnostics: CollectingDiagnosticSink())
        var diagnostics: [Diagnostic] = []
        let record = try reader.next(diagnostics: &diagnostics)
        XCTAssertEqual(record?.fields.map(\.value), ["1", "2"])
        XCTAssertEqual(diagnostics.count, 1)
        let message = diagnostics.first?.message ?? ""
        XCTAssertTrue(message.hasPrefix("record 1 has 5002 cells, the header has 2; extra cells ignored: 'zzz"), message)
        XCTAssertTrue(message.hasSuffix(" and 4990 more"), String(message.suffix(40)))
        XCTAssertLessThan(message.utf8.count, 2500)
        XCTAssertLessThanOrEqual(diagnostics.first?.value?.utf8.count ?? .max, 210)
    }

    func testAnOversizedHeaderIsFatalRatherThanTheFirstRowBecomingTheHeader() {
        let text = "id," + String(repeating: "h", count: 100) + "\n1,2\n"
        let sink = CollectingDiagnosticSink()
        XCTAssertThrowsError(try CSVRecordReader(
            source: MemoryByteSource(Array(text.utf8), name: "h.csv"), encoding: nil, delimiter: nil,
            diagnostics: sink, maxFieldBytes: 50)) { error in
            XCTAssertTrue((error as? MCredError)?.message.contains("the header row is larger than") ?? false, "\(error)")
        }
        XCTAssertEqual(sink.diagnostics.map(\.ruleID), ["csv-field-too-large"])
    }

    func testDefaultsAreDocumented() throws {
        XCTAssertEqual(CSVLimits.defaultMaxFieldBytes, 16 << 20)
        XCTAssertEqual(CSVLimits.defaultMaxRecordBytes, 64 << 20)
        let readme = try String(contentsOf: MCredTestRoot.readme, encoding: .utf8)
        for text in ["--max-field-bytes", "--max-record-bytes", "csv-record-too-large", "16 MiB", "64 MiB"] {
            XCTAssertTrue(readme.contains(text), "README documents \(text)")
        }
    }
}

enum MCredTestRoot {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
}
