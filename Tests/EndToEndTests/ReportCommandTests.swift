import Foundation
import MCredCore
import MCredTestSupport
import XCTest

/// `mcred report` end to end: golden reports of the sample export, hostile values made harmless in
/// every format, exit statuses and usage errors.
final class ReportCommandTests: XCTestCase {
    let expected = FixturePaths.fixtures.appendingPathComponent("report/expected")

    /// Runs `mcred report` writing all four formats into a fresh folder; returns the result and the files' text.
    func report(_ arguments: [String]) -> (ProcessResult, [String: String]) {
        let folder = FixturePaths.temporaryFolder("report-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String: String] = [:]
        let paths = ["html", "md", "csv", "json"].map { ($0, folder.appendingPathComponent("report.\($0)").path) }
        let result = ProcessRunner.mcred(["report"] + paths.flatMap { ["--\($0.0)", $0.1] } + arguments)
        for (format, path) in paths { files[format] = try? String(contentsOfFile: path, encoding: .utf8) }
        return (result, files)
    }

    func testSampleExportReportsMatchTheGoldenFiles() {
        let (result, files) = report([
            "--mapping", "Fixtures/sample/ugent-mapping.json", "--today", "2026-01-01", "Fixtures/sample/ugent-microcredentials.csv",
        ])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stderr, "mcred: 6 records, 4 compliant, 2 rejected (compliance rate 66.7%)\n")
        for format in ["html", "md", "csv", "json"] {
            GoldenFile.assertMatches(files[format] ?? "", expectedAt: expected.appendingPathComponent("ugent-sample.\(format)"))
        }
    }

    func testHostileValuesAreHarmlessInEveryFormat() {
        let (result, files) = report([
            "--mapping", "Fixtures/tools/report-export-mapping.json", "--today", "2026-01-01", "Fixtures/report/hostile.csv",
        ])
        XCTAssertEqual(result.status, 1, result.stderr)
        let html = files["html"] ?? "", md = files["md"] ?? "", csv = files["csv"] ?? "", json = files["json"] ?? ""
        // HTML: no tag or attribute from the data survives; the page has no script at all.
        XCTAssertFalse(html.contains("<script"), "HTML holds a script tag")
        XCTAssertFalse(html.contains("<img"), "HTML holds an img tag")
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("=HYPERLINK(&quot;x&quot;)"))
        XCTAssertFalse(html.contains("src=\"http") || html.contains("href=\"http"), "HTML loads something from elsewhere")
        // Markdown: the awarding body's pipe cannot end its cell, its link and HTML are inert.
        XCTAssertFalse(md.contains("<img") || md.contains("<script"))
        XCTAssertTrue(md.contains("| Faculty \\| of \\[x\\]\\(javascript\\:alert\\(1\\)\\) &lt;img src=x onerror=alert\\(2\\)&gt; | 1 | 0 | 1 | 0.0% |"), md)
        XCTAssertTrue(md.contains("| \\# Heading | 1 | 1 | 0 | 100.0% |"), md)
        for line in md.split(separator: "\n") where line.hasPrefix("|") {
            // Unescaped pipes: the row has as many cells as its header.
            let cells = line.replacingOccurrences(of: "\\|", with: "").split(separator: "|", omittingEmptySubsequences: false).count
            XCTAssertTrue(cells == 7 || cells == 6 || cells == 4, "\(cells) cells: \(line)")
        }
        // CSV: no cell starts a formula.
        XCTAssertTrue(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\",<script>alert(1)</script>,"), csv)
        XCTAssertTrue(csv.contains(",'+cmd|' /C calc'!A0,"), csv)
        XCTAssertTrue(csv.contains(",'@SUM(1+1),"), csv)
        XCTAssertTrue(csv.contains(",\"'- list item\nsecond line\","), csv)
        for row in csv.components(separatedBy: "\r\n") {
            for cell in row.split(separator: ",") {
                let bare = cell.hasPrefix("\"") ? cell.dropFirst() : cell[...]
                XCTAssertFalse(["=", "+", "@"].contains(bare.first.map(String.init) ?? ""), "formula cell \(cell)")
            }
        }
        // JSON: the values are data, escaped by the JSON writer.
        XCTAssertTrue(json.contains("\"learner\": \"=HYPERLINK(\\\"x\\\")\""), json)
        XCTAssertTrue(json.contains("\"title\": \"<script>alert(1)</script>\""), json)
    }

    func testMarkdownToStandardOutputAndExitZeroWhenEveryRecordComplies() {
        let result = ProcessRunner.mcred([
            "report", "--preset", "elmo", "--today", "2026-01-01", "--md", "-",
            "--set", "quality-assurance=institutional review", "--set", "assessment-type=written examination",
            "--set", "participation-form=on campus", "--set", "learning-outcomes=As in the catalogue.",
            "Fixtures/inputs/elmo-norway-uio-fs.xml",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("**6 records: 6 compliant, 0 rejected; compliance rate 100.0%** (as of 2026-01-01)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("### Top problems\n\nNone.\n"), result.stdout)
    }

    func testFileLevelWarningsReachStderrAndRecordProblemsOnlyWithVerbose() {
        let arguments = ["report", "--preset", "elmo", "--today", "2026-01-01", "--json", "/dev/null", "Fixtures/inputs/elmo-norway-uio-fs.xml"]
        let quiet = ProcessRunner.mcred(arguments)
        XCTAssertEqual(quiet.status, 1)
        XCTAssertTrue(quiet.stderr.contains("[unmapped-element]"), quiet.stderr)
        XCTAssertFalse(quiet.stderr.contains("[missing-mandatory-element]"), quiet.stderr)
        let verbose = ProcessRunner.mcred(arguments + ["--verbose"])
        XCTAssertTrue(verbose.stderr.contains("[missing-mandatory-element]"), verbose.stderr)
    }

    func testUsageErrors() {
        let none = ProcessRunner.mcred(["report", "Fixtures/sample/ugent-microcredentials.csv"])
        XCTAssertEqual(none.status, 64)
        XCTAssertTrue(none.stderr.contains("no output: give --html, --md, --csv or --json"), none.stderr)
        let noInput = ProcessRunner.mcred(["report", "--md", "-"])
        XCTAssertEqual(noInput.status, 64)
        let bothStdout = ProcessRunner.mcred(["report", "--md", "-", "--json", "-", "x.csv"])
        XCTAssertEqual(bothStdout.status, 64)
        let help = ProcessRunner.mcred(["report", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("USAGE: mcred report [options] <input>..."))
    }

    func testUnreadableMappingIsFatal() {
        let result = ProcessRunner.mcred(["report", "--mapping", "missing.json", "--md", "-", "Fixtures/sample/ugent-microcredentials.csv"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stdout.isEmpty)
    }

    /// An export that breaks halfway (an invalid byte) still gets its reports, covering the records
    /// read before the break and saying where it stopped; the run exits 2 as convert does.
    func testAnInputThatBreaksHalfwayStillGetsItsReports() throws {
        let folder = FixturePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: FixturePaths.root.appendingPathComponent("Fixtures/sample/ugent-microcredentials.csv"), encoding: .utf8)
        var bytes = Array(text.utf8)
        let lastLine = try XCTUnwrap(bytes.lastIndex(of: UInt8(ascii: "\n"), before: bytes.count - 1))
        bytes.insert(0xE9, at: lastLine + 3)
        let export = folder.appendingPathComponent("broken.csv").path
        XCTAssertTrue(FileManager.default.createFile(atPath: export, contents: Data(bytes)))
        let json = folder.appendingPathComponent("r.json").path
        let result = ProcessRunner.mcred(["report", "--mapping", "Fixtures/sample/ugent-mapping.json", "--today", "2026-01-01",
                                          "--json", json, "--md", "-", export])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stdout.contains("**incomplete**: the run stopped at"), result.stdout)
        let figures = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: json))))
        XCTAssertEqual(figures["records"]?.numberText, "5", "the five records before the broken one")
        XCTAssertTrue(figures["stoppedBy"]?.stringValue?.contains("invalid UTF-8 byte 0xE9") == true)
    }
}

private extension Array where Element == UInt8 {
    func lastIndex(of byte: UInt8, before end: Int) -> Int? { self[..<end].lastIndex(of: byte) }
}
