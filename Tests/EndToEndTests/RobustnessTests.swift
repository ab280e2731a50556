import Foundation
import MCredTestSupport
import XCTest

/// Hostile and unlucky runs: nothing is lost silently, counts and exit statuses tell the truth, and
/// outputs are whole.
final class RobustnessTests: XCTestCase {
    let sample = "Fixtures/sample/ugent-microcredentials.csv"
    let mapping = "Fixtures/sample/ugent-mapping.json"
    var folder: URL!

    override func setUp() {
        folder = FixturePaths.temporaryFolder()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The sample's header and its first four (valid) rows.
    func validRows() throws -> [String] {
        let lines = try String(contentsOfFile: FixturePaths.root.appendingPathComponent(sample).path, encoding: .utf8)
            .components(separatedBy: "\n")
        // Rows 1–4 span physical lines 2–9 (quoted multi-line outcomes).
        return Array(lines[0..<9])
    }

    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let path = folder.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func report(_ path: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any] ?? [:]
    }

    func testAnOversizedFieldRejectsItsRecordAndIsCounted() throws {
        var rows = try validRows()
        rows[1] = rows[1].replacingOccurrences(of: "Lotte", with: String(repeating: "x", count: 17 << 20))
        let input = write("huge.csv", Array(rows.joined(separator: "\n").utf8) + [0x0A])
        let reportPath = folder.appendingPathComponent("report.json").path
        let result = ProcessRunner.mcred(["convert", "--mapping", mapping, "--today", "2026-01-01", "--report", reportPath, "--dry-run", input])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("[csv-field-too-large]"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").last, "mcred: 4 records read, 3 would be written, 1 rejected; 1 errors, 0 warnings (dry run)")
        let json = try report(reportPath)
        XCTAssertEqual(json["valid"] as? Bool, false)
        XCTAssertEqual(json["errorCount"] as? Int, 1)
        XCTAssertEqual(json["rejected"] as? Int, 1)
    }

    func testTheSameRecordTwiceIsADuplicateNotAnOverwrite() throws {
        let out = folder.appendingPathComponent("out").path
        let result = ProcessRunner.mcred(["convert", "--mapping", mapping, "--today", "2026-01-01", "--out", out, sample, sample])
        XCTAssertEqual(result.status, 1)
        let duplicates = result.stderr.split(separator: "\n").filter { $0.contains("[duplicate-credential]") }
        XCTAssertEqual(duplicates.count, 4, result.stderr)
        XCTAssertTrue(duplicates[0].contains("would be the same credential as record 1 (\(sample):2)"), String(duplicates[0]))
        XCTAssertEqual(result.stderr.split(separator: "\n").last, "mcred: 12 records read, 4 written, 8 rejected; 8 errors, 0 warnings")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out).count, 4)
    }

    func testAnInputThatBreaksHalfwayKeepsWhatWasReadAndTheReportSaysSo() throws {
        let rows = try validRows()
        let input = write("broken.csv", Array(rows.joined(separator: "\n").utf8) + Array("\n01234599,An,\u{1}".utf8) + [0xFF, 0x0A])
        let ndjson = folder.appendingPathComponent("out.ndjson").path
        let reportPath = folder.appendingPathComponent("report.json").path
        let result = ProcessRunner.mcred(["convert", "--mapping", mapping, "--today", "2026-01-01", "--ndjson", ndjson, "--report", reportPath, input])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("invalid UTF-8"), result.stderr)
        let written = try String(contentsOfFile: ndjson, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(written.count, 4)
        let json = try report(reportPath)
        XCTAssertEqual(json["written"] as? Int, 4)
        XCTAssertEqual(json["records"] as? Int, 4)
        XCTAssertEqual(json["valid"] as? Bool, false)
    }

    func testQuoteProblemsAreCountedInTheSummary() throws {
        var rows = try validRows()
        rows[1] = rows[1].replacingOccurrences(of: "Lotte", with: "Lo\"tte")
        let input = write("stray.csv", Array(rows.joined(separator: "\n").utf8) + [0x0A])
        let result = ProcessRunner.mcred(["convert", "--mapping", mapping, "--today", "2026-01-01", "--dry-run", input])
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }.count
        XCTAssertEqual(warnings, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("0 errors, 1 warnings (dry run)\n"), result.stderr)
    }

    func testStrictRejectionsMakeTheReportInvalid() throws {
        var rows = try validRows()
        rows[8] += ",extra cell"
        let input = write("ragged.csv", Array(rows.joined(separator: "\n").utf8) + [0x0A])
        let reportPath = folder.appendingPathComponent("report.json").path
        let result = ProcessRunner.mcred(["convert", "--mapping", mapping, "--today", "2026-01-01", "--strict", "--dry-run", "--report", reportPath, input])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(try report(reportPath)["valid"] as? Bool, false)
    }

    func testSpecialFilesAreWrittenThroughNotReplaced() throws {
        let result = ProcessRunner.mcred(["convert", "--mapping", mapping, "--today", "2026-01-01", "-q", "--ndjson", "/dev/null", "--report", "/dev/null", sample])
        XCTAssertEqual(result.status, 1, result.stderr)
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        XCTAssertEqual(type, .typeCharacterSpecial)
    }

    func testBadConstantsAndLanguageTagsAreRefusedBeforeReading() {
        let constant = ProcessRunner.mcred(["convert", "--mapping", mapping, "--set", "issuer-country=Atlantis", "--dry-run", sample])
        XCTAssertEqual(constant.status, 2)
        XCTAssertTrue(constant.stderr.contains("'Atlantis'"), constant.stderr)
        XCTAssertFalse(constant.stderr.contains("record 1"), "reported once, not per record")
        let language = ProcessRunner.mcred(["convert", "--mapping", mapping, "--language", "en US", sample])
        XCTAssertEqual(language.status, 64)
    }

    func testAnInterruptedRunLeavesNoTemporaryFiles() throws {
        var text = try validRows()[0] + "\n"
        let row = try validRows()[1...8].joined(separator: "\n")
        for index in 0..<20_000 {
            text += row.replacingOccurrences(of: "01234567", with: String(format: "9%07d", index)) + "\n"
        }
        let input = write("big.csv", Array(text.utf8))
        let out = folder.appendingPathComponent("out")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ProcessRunner.mcredBinary)
        process.arguments = ["convert", "-q", "--mapping", FixturePaths.root.appendingPathComponent(mapping).path,
                             "--ndjson", out.path + ".ndjson", "--out", out.path, input]
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.0)
        process.terminate()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 128 + SIGTERM)
        let names = (try FileManager.default.contentsOfDirectory(atPath: folder.path))
            + ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? [])
        XCTAssertEqual(names.filter { $0.hasSuffix(".mcred-tmp") }, [])
        XCTAssertFalse(names.contains("out.ndjson"), "an interrupted NDJSON output is not left half-written")
    }

    func testOutCreatesMissingParentFoldersAndDiagnosticsStayOnOneLine() throws {
        let out = folder.appendingPathComponent("2026/12/03").path
        var rows = try validRows()
        rows[7] = rows[7].replacingOccurrences(of: ",VII,", with: ",\"seven\nish\",")
        let input = write("multiline.csv", Array(rows.joined(separator: "\n").utf8) + [0x0A])
        let result = ProcessRunner.mcred(["convert", "--mapping", mapping, "--today", "2026-01-01", "--out", out, input])
        XCTAssertEqual(result.status, 1, result.stderr)
        let invalid = result.stderr.split(separator: "\n").filter { $0.contains("[invalid-value]") }
        guard invalid.count == 1 else { return XCTFail(result.stderr) }
        XCTAssertTrue(invalid[0].contains("'seven\\nish'"), String(invalid[0]))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out).count, 3)
    }
}
