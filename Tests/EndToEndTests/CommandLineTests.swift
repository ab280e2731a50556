import Foundation
import MCredTestSupport
import XCTest

/// Runs the built `mcred` binary and checks stdout, stderr and the exit status.
final class CommandLineTests: XCTestCase {
    let sample = "Fixtures/sample/ugent-microcredentials.csv"
    let mapping = "Fixtures/sample/ugent-mapping.json"

    func testHelpIsPinned() {
        let result = ProcessRunner.mcred(["--help"])
        XCTAssertEqual(result.status, 0)
        GoldenFile.assertMatches(result.stdout, expectedAt: FixturePaths.fixtures.appendingPathComponent("cli/help.txt"))
        let convert = ProcessRunner.mcred(["convert", "--help"])
        XCTAssertEqual(convert.status, 0)
        GoldenFile.assertMatches(convert.stdout, expectedAt: FixturePaths.fixtures.appendingPathComponent("cli/convert-help.txt"))
    }

    func testVersion() {
        let result = ProcessRunner.mcred(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.hasPrefix("mcred "), result.stdout)
    }

    func testUsageErrorsExit64WithTheUsageLine() {
        for arguments in [["convert"], ["convert", "--bogus", "x.csv"], ["frobnicate"], ["convert", "--format", "pdf", "x"],
                          ["convert", "--set", "nonsense=1", "x.csv"], ["convert", "--mapping"]] {
            let result = ProcessRunner.mcred(arguments)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("mcred: error:"), result.stderr)
            XCTAssertTrue(result.stderr.contains("USAGE:"), result.stderr)
        }
        XCTAssertEqual(ProcessRunner.mcred([]).status, 64)
    }

    func testSampleConvertsWithRejectionsExit1() throws {
        let out = FixturePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let report = out.appendingPathComponent("report.json").path
        let result = ProcessRunner.mcred(["convert", "--mapping", mapping, "--out", out.appendingPathComponent("creds").path,
                                          "--report", report, "--today", "2026-01-01", sample])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stdout, "")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("Fixtures/sample/ugent-microcredentials.csv:10:11: error: [missing-mandatory-element] record 5 (learner 01234571): learning-outcomes is empty (field 'learning_outcomes')"), result.stderr)
        XCTAssertTrue(lines.contains { $0.contains("[out-of-range] record 6 (learner 01234572): EQF level 9 is outside 1–8") }, result.stderr)
        XCTAssertEqual(lines.last, "mcred: 6 records read, 4 written, 2 rejected; 2 errors, 0 warnings")
        let written = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("creds").path)
        XCTAssertEqual(written.filter { $0.hasSuffix(".jsonld") }.count, 4)
        XCTAssertTrue(FileManager.default.fileExists(atPath: report))
    }

    func testNDJSONToStdoutIsTheDefaultAndDeterministic() {
        let first = ProcessRunner.mcred(["convert", "--mapping", mapping, "--today", "2026-01-01", "-q", sample])
        let second = ProcessRunner.mcred(["convert", "--mapping", mapping, "--today", "2026-01-01", "-q", sample])
        XCTAssertEqual(first.status, 1)
        XCTAssertEqual(first.stdout.split(separator: "\n").count, 4)
        XCTAssertEqual(first.stdout, second.stdout)
        XCTAssertFalse(first.stderr.contains("records read"), "--quiet prints no summary")
    }

    func testStandardInputWithDash() throws {
        let data = try Data(contentsOf: FixturePaths.root.appendingPathComponent(sample))
        let result = ProcessRunner.mcred(["convert", "--mapping", mapping, "--today", "2026-01-01", "-"], stdin: data)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 4)
        XCTAssertTrue(result.stderr.contains("<stdin>:10:11: error: [missing-mandatory-element]"), result.stderr)
    }

    /// A period where the issue date belongs is warned about (no date is guessed), and the record
    /// is then rejected for lacking its mandatory issue date, quoting the period.
    func testAPeriodForTheIssueDateRejectsTheRecord() throws {
        let text = try String(contentsOf: FixturePaths.root.appendingPathComponent(sample), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = lines[1].replacingOccurrences(of: ",2025-06-30,", with: ",2012 Høst,")
        XCTAssertNotEqual(String(lines[1]), first, "the sample's first row is issued on 2025-06-30")
        let result = ProcessRunner.mcred(["convert", "--mapping", mapping, "--today", "2026-01-01", "-"],
                                         stdin: Data(([lines[0], Substring(first)] + lines[2...]).joined(separator: "\n").utf8))
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 3, "one of the four valid records is now rejected")
        XCTAssertTrue(result.stderr.contains("<stdin>:2:10: warning: [not-a-date] record 1 (learner 01234567): issue-date '2012 Høst' names a period"), result.stderr)
        XCTAssertTrue(result.stderr.contains("<stdin>:2:10: error: [missing-mandatory-element] record 1 (learner 01234567): issue-date has no usable value: '2012 Høst' (not-a-date)"), result.stderr)
    }

    /// An output that would replace what the run reads, or another output, is refused before
    /// anything is read or written: the export, the mapping and the state file stay as they were.
    func testOutputsNeverOverwriteTheirOwnInputs() throws {
        let folder = FixturePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("export.csv").path
        let mappingCopy = folder.appendingPathComponent("mapping.json").path
        try FileManager.default.copyItem(atPath: FixturePaths.root.appendingPathComponent(sample).path, toPath: export)
        try FileManager.default.copyItem(atPath: FixturePaths.root.appendingPathComponent(mapping).path, toPath: mappingCopy)
        let original = try Data(contentsOf: URL(fileURLWithPath: export))
        let state = folder.appendingPathComponent("state.db").path
        let cases: [([String], String)] = [
            (["convert", "--mapping", mappingCopy, "--ndjson", export, export], "--ndjson \(export) would overwrite the input \(export)"),
            (["convert", "--mapping", mappingCopy, "--report", mappingCopy, export], "would overwrite the mapping"),
            (["convert", "--mapping", mappingCopy, "--state", state, "--ndjson", state, export], "would overwrite the state file"),
            (["convert", "--mapping", mappingCopy, "--ndjson", "\(folder.path)/x.ndjson", "--report", "\(folder.path)/./x.ndjson", export],
             "would overwrite --ndjson"),
            (["report", "--mapping", mappingCopy, "--csv", export, export], "would overwrite the input"),
            (["validate", "-o", mappingCopy, mappingCopy], "--output \(mappingCopy) would overwrite the input"),
        ]
        for (arguments, message) in cases {
            let result = ProcessRunner.mcred(arguments)
            XCTAssertEqual(result.status, 64, arguments.joined(separator: " ") + "\n" + result.stderr)
            XCTAssertTrue(result.stderr.contains(message), result.stderr)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: export)), original)
        XCTAssertFalse(FileManager.default.fileExists(atPath: state))
        let devices = ProcessRunner.mcred(["convert", "-q", "--mapping", mappingCopy, "--today", "2026-01-01",
                                           "--ndjson", "/dev/null", "--report", "/dev/null", export])
        XCTAssertEqual(devices.status, 1, "devices take several outputs: \(devices.stderr)")
    }

    /// Rows of empty cells that spreadsheets leave below the data are no records, like blank lines.
    func testRowsOfEmptyCellsAreNoRecords() throws {
        let text = try String(contentsOf: FixturePaths.root.appendingPathComponent(sample), encoding: .utf8)
        let padded = text + ",,,,,,,,,,,,,,,,,\n , ,,,,,,,,,,,,,,,,\n"
        let result = ProcessRunner.mcred(["convert", "--mapping", mapping, "--today", "2026-01-01", "-"], stdin: Data(padded.utf8))
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("mcred: 6 records read, 4 written, 2 rejected; 2 errors, 0 warnings\n"), result.stderr)
    }

    /// A row's own CSV problems (a stray quote) belong to its record: --strict rejects it.
    func testStrictRejectsARecordWithAStrayQuote() throws {
        let text = try String(contentsOf: FixturePaths.root.appendingPathComponent(sample), encoding: .utf8)
        var stray = text
        let title = try XCTUnwrap(stray.range(of: ",Micro-credential Knowledge Graphs,"))
        stray.replaceSubrange(title, with: ",Micro-credential \"Knowledge\" Graphs,")
        let lax = ProcessRunner.mcred(["convert", "--mapping", mapping, "--today", "2026-01-01", "-"], stdin: Data(stray.utf8))
        XCTAssertTrue(lax.stderr.contains("<stdin>:2:6: warning: [csv-stray-quote]"), lax.stderr)
        XCTAssertEqual(lax.stdout.split(separator: "\n").count, 4)
        let strict = ProcessRunner.mcred(["convert", "--strict", "--mapping", mapping, "--today", "2026-01-01", "-"], stdin: Data(stray.utf8))
        XCTAssertEqual(strict.stdout.split(separator: "\n").count, 3, strict.stderr)
        XCTAssertTrue(strict.stderr.hasSuffix("mcred: 6 records read, 3 written, 3 rejected; 2 errors, 1 warnings\n"), strict.stderr)
    }

    func testFatalErrorsExit2() {
        let missing = ProcessRunner.mcred(["convert", "--mapping", mapping, "no-such-file.csv"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("no-such-file.csv"), missing.stderr)

        let badMapping = FixturePaths.temporaryFolder().appendingPathComponent("m.json")
        try? #"{"elements": {"awarding_body": "x"}}"#.write(to: badMapping, atomically: true, encoding: .utf8)
        let result = ProcessRunner.mcred(["convert", "--mapping", badMapping.path, sample])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("m.json:1:15: unknown key 'awarding_body' in elements (did you mean 'awarding-body'?)"), result.stderr)

        let wrongColumn = FixturePaths.temporaryFolder().appendingPathComponent("m.json")
        try? #"{"elements": {"title": "titel"}}"#.write(to: wrongColumn, atomically: true, encoding: .utf8)
        let column = ProcessRunner.mcred(["convert", "--mapping", wrongColumn.path, sample])
        XCTAssertEqual(column.status, 2)
        XCTAssertTrue(column.stderr.contains("column 'titel' for title is not in the header"), column.stderr)
    }

    func testUnwritableOutputExit2AndNoPartialFile() {
        let result = ProcessRunner.mcred(["convert", "--mapping", mapping, "--ndjson", "/proc/no/such/dir/out.ndjson", sample])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("/proc/no/such/dir/out.ndjson"), result.stderr)
    }

    func testElementsTable() {
        let result = ProcessRunner.mcred(["elements"])
        XCTAssertEqual(result.status, 0)
        for id in ["learner", "title", "issuer-country", "awarding-body", "issue-date", "learning-outcomes", "workload",
                   "level", "assessment-type", "participation-form", "quality-assurance", "prerequisites",
                   "supervision", "grade", "stackability", "further-information"] {
            XCTAssertTrue(result.stdout.contains("\n" + id + " "), id)
        }
    }
}
