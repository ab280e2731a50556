import Foundation
import MCredTestSupport
import XCTest

/// Broken input of every kind the issue names: each gets a diagnostic with its position, the run
/// stays within bounded memory, and the good records before it are still written.
final class BrokenInputTests: StateTestCase {
    var ndjson: String { folder.appendingPathComponent("out.ndjson").path }

    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let path = folder.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func good(_ count: Int) -> String {
        ([Self.header] + (1...count).map { Self.row(500_000 + $0) }).map { $0 + "\n" }.joined()
    }

    func convert(_ input: String, _ extra: [String] = []) -> ProcessResult {
        ProcessRunner.mcred(["convert", "--mapping", mapping, "--today", "2026-03-02", "--ndjson", ndjson] + extra + [input])
    }

    func written() -> Int {
        ((try? String(contentsOfFile: ndjson, encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    /// Runs mcred and samples its peak resident memory (VmHWM) until it exits.
    func convertMeasuringMemory(_ arguments: [String]) throws -> (status: Int32, stderr: String, peakKB: Int) {
        let (process, errors) = try ProcessRunner.startMcred(arguments)
        // The group's wait orders the reader thread's write before the read below (ThreadSanitizer).
        nonisolated(unsafe) var stderr = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            stderr = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        var peak = 0
        while process.isRunning {
            if let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
               let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kb = Int(line.split(separator: " ").dropFirst().first ?? "") {
                peak = max(peak, kb)
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        process.waitUntilExit()
        group.wait()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self), peak)
    }

    func testA200MBSingleFieldIsSkippedWithItsPositionInBoundedMemory() throws {
        let path = folder.appendingPathComponent("huge.csv").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        handle.write(Data(good(3).utf8))
        handle.write(Data("999,Huge,Field,h@example.org,1990-01-01,\"".utf8))
        let chunk = Data(repeating: UInt8(ascii: "y"), count: 8 << 20)
        for _ in 0..<25 { handle.write(chunk) }  // 200 MiB inside one quoted field
        handle.write(Data("\",x,4,7,2025-06-30,o,project work,blended,,,,,\n".utf8))
        handle.write(Data((Self.row(600_001) + "\n").utf8))
        try handle.close()
        let run = try convertMeasuringMemory(["convert", "--mapping", mapping, "--today", "2026-03-02", "--ndjson", ndjson, path])
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stderr.contains("huge.csv:5:6: error: [csv-field-too-large] field 6 is longer than 16777216 bytes"), run.stderr)
        XCTAssertEqual(written(), 4, "the three rows before and the one after are written")
        XCTAssertLessThan(run.peakKB, 150_000, "peak memory \(run.peakKB) kB")
        XCTAssertLessThan(run.stderr.utf8.count, 2000, "the diagnostic quotes an excerpt only")
    }

    func testTheFieldLimitIsAFlag() throws {
        let input = write("wide-field.csv", Array((good(1) + Self.row(700_001).replacingOccurrences(of: "Lotte", with: String(repeating: "L", count: 3000)) + "\n").utf8))
        let limited = convert(input, ["--max-field-bytes", "2K"])
        XCTAssertEqual(limited.status, 1, limited.stderr)
        XCTAssertTrue(limited.stderr.contains(":3:2: error: [csv-field-too-large] field 2 is longer than 2048 bytes (raise the limit with --max-field-bytes)"), limited.stderr)
        XCTAssertEqual(written(), 1)
        let raised = convert(input, ["--max-field-bytes", "4K", "--max-record-bytes", "8K"])
        XCTAssertEqual(raised.status, 0, raised.stderr)
        XCTAssertEqual(written(), 2)
        let record = convert(input, ["--max-record-bytes", "3000"])
        XCTAssertEqual(record.status, 1, record.stderr)
        XCTAssertTrue(record.stderr.contains(":3:1: error: [csv-record-too-large] the row is longer than 3000 bytes"), record.stderr)
        let bad = convert(input, ["--max-field-bytes", "0"])
        XCTAssertEqual(bad.status, 64, bad.stderr)
        XCTAssertTrue(bad.stderr.contains("--max-field-bytes must be a positive number of bytes"), bad.stderr)
    }

    func testAMillionColumnsAreReadAndReportedBriefly() throws {
        var text = good(2)
        text += Self.row(800_001) + String(repeating: ",x", count: 1_000_000) + "\n"
        text += Self.row(800_002) + "\n"
        let input = write("million.csv", Array(text.utf8))
        let run = try convertMeasuringMemory(["convert", "--mapping", mapping, "--today", "2026-03-02", "--ndjson", ndjson, input])
        XCTAssertEqual(run.status, 0, String(run.stderr.prefix(2000)))
        XCTAssertTrue(run.stderr.contains("million.csv:4:19: warning: [csv-ragged-row] record 3 has 1000018 cells, the header has 18"), String(run.stderr.prefix(2000)))
        XCTAssertLessThan(run.stderr.utf8.count, 4000, "the extra cells are not all listed")
        XCTAssertEqual(written(), 4)
        XCTAssertLessThan(run.peakKB, 400_000, "peak memory \(run.peakKB) kB")
    }

    func testUnbalancedQuoteAndTruncatedFileKeepTheRecordsBefore() throws {
        // The last row opens a quote and the file ends inside it: a truncated export.
        let truncated = write("truncated.csv", Array((good(3) + "999,Cut,Off,c@example.org,1990-01-01,\"Micro-credential Cut").utf8))
        let result = convert(truncated)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("truncated.csv:5:6: error: [csv-unterminated-quote]"), result.stderr)
        XCTAssertEqual(written(), 3)
    }

    func testZeroByteAndBinaryFilesAreRefusedWithAPosition() throws {
        let empty = write("empty.csv", [])
        let emptyRun = convert(empty)
        XCTAssertEqual(emptyRun.status, 2, emptyRun.stderr)
        XCTAssertTrue(emptyRun.stderr.contains("empty.csv: the file is empty: no header row"), emptyRun.stderr)
        // What was read (nothing) is written, as for any input that breaks: a complete, empty file.
        XCTAssertEqual(FileManager.default.contents(atPath: ndjson) ?? Data(), Data())

        var bytes = Array(good(2).utf8)
        bytes += (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
        let binary = write("binary.csv", bytes)
        let binaryRun = convert(binary)
        XCTAssertEqual(binaryRun.status, 2, binaryRun.stderr)
        XCTAssertTrue(binaryRun.stderr.contains("binary.csv:4: invalid UTF-8 byte"), binaryRun.stderr)
        XCTAssertTrue(binaryRun.stderr.contains("at byte offset"), binaryRun.stderr)
        XCTAssertEqual(written(), 2, "the rows before the binary part are written")

        let emptyXML = write("empty.xml", [])
        let xmlRun = ProcessRunner.mcred(["convert", "--preset", "elmo", "--ndjson", ndjson, emptyXML])
        XCTAssertEqual(xmlRun.status, 2, xmlRun.stderr)
        XCTAssertTrue(xmlRun.stderr.contains("empty.xml"), xmlRun.stderr)
    }

    func testAnXMLFileEndingMidElementKeepsTheRecordsBefore() throws {
        let source = try String(contentsOf: FixturePaths.sharedInputs.appendingPathComponent("elmo-norway-uio-fs.xml"), encoding: .utf8)
        // Cut inside the fourth of six learning opportunities.
        var cut = source.startIndex
        for _ in 0..<4 { cut = source.range(of: "<learningOpportunitySpecification", range: source.index(after: cut)..<source.endIndex)!.lowerBound }
        let truncated = write("cut.xml", Array(source[..<source.index(cut, offsetBy: 60)].utf8))
        let result = ProcessRunner.mcred([
            "convert", "--preset", "elmo", "--today", "2026-01-01", "--ndjson", ndjson,
            "--set", "quality-assurance=institutional review", "--set", "assessment-type=written examination",
            "--set", "participation-form=on campus", "--set", "learning-outcomes=As described.", truncated,
        ])
        XCTAssertEqual(result.status, 2, result.stderr)
        let fatal = result.stderr.split(separator: "\n").first { $0.contains("error") && $0.contains("cut.xml:") }
        XCTAssertNotNil(fatal, result.stderr)
        XCTAssertNotNil(fatal.flatMap { $0.range(of: #"cut\.xml:\d+:\d+: "#, options: .regularExpression) }, result.stderr)
        XCTAssertGreaterThanOrEqual(written(), 1, result.stderr)
    }

    func testA200MBXMLTextIsAClearErrorInBoundedMemoryAndTheRecordsBeforeAreWritten() throws {
        let source = try String(contentsOf: FixturePaths.sharedInputs.appendingPathComponent("elmo-norway-uio-fs.xml"), encoding: .utf8)
        var third = source.startIndex
        for _ in 0..<3 { third = source.range(of: "<learningOpportunitySpecification", range: source.index(after: third)..<source.endIndex)!.lowerBound }
        let titleText = source.range(of: ">", range: source.range(of: "<title", range: third..<source.endIndex)!.upperBound..<source.endIndex)!.upperBound
        let path = folder.appendingPathComponent("huge.xml").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        handle.write(Data(source[..<titleText].utf8))
        let chunk = Data(repeating: UInt8(ascii: "y"), count: 8 << 20)
        for _ in 0..<25 { handle.write(chunk) }
        handle.write(Data(source[titleText...].utf8))
        try handle.close()
        let run = try convertMeasuringMemory([
            "convert", "--preset", "elmo", "--today", "2026-01-01", "--ndjson", ndjson,
            "--set", "quality-assurance=Institutional Quality Assurance by NOKUT", "--set", "assessment-type=written examination",
            "--set", "participation-form=on campus", "--set", "learning-outcomes=As described.", path,
        ])
        XCTAssertEqual(run.status, 2, run.stderr)
        XCTAssertNotNil(run.stderr.range(of: #"huge\.xml:\d+: malformed XML: xmlSAX2Characters: huge text node \(a text node is limited to 10 MB"#, options: .regularExpression), run.stderr)
        XCTAssertEqual(written(), 2, "the two records before the huge one are written")
        XCTAssertLessThan(run.peakKB, 150_000, "peak memory \(run.peakKB) kB")
    }
}
