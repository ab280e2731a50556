import Foundation
import MCredTestSupport
import XCTest

/// `--jobs N` must give byte for byte what `--jobs 1` gives: credentials, diagnostics, report, exit status.
final class ParallelConversionTests: XCTestCase {
    let mapping = "Fixtures/sample/ugent-mapping.json"

    /// An export long enough for many batches, with rejected rows, a duplicate of an earlier row
    /// (the first must win whatever thread finishes first) and multi-line outcomes.
    private func messyExport(rows: Int) throws -> String {
        var lines = [
            "student_id,given_name,family_name,email,date_of_birth,title_en,title_nl,ects,eqf_level,issue_date,learning_outcomes,assessment,participation,grade,prerequisites,supervision,stackable_towards,info_url",
        ]
        for number in 1...rows {
            let ects = number % 37 == 0 ? "" : String(3 + number % 4)  // some rows miss a mandatory element
            let date = number % 53 == 0 ? "2025-13-40" : "2025-0\(1 + number % 9)-1\(number % 10)"
            lines.append(
                "\(10_000_000 + number),Lotte,Peeters \(number),l\(number)@example.org,1990-01-0\(1 + number % 9),"
                    + "Micro-credential \(number % 5),Microcredential \(number % 5),\(ects),6,\(date),"
                    + "\"- Apply method \(number % 7).\n- Explain concept \(number % 3).\",written examination,online,"
                    + "\(10 + number % 10)/20,,supervised with ID verification,,https://example.org/mc/\(number % 11)")
        }
        lines.append(lines[5])  // the same credential as row 5
        let file = FixturePaths.temporaryFolder().appendingPathComponent("messy.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    func testJobsGiveTheSameOutputDiagnosticsAndReportAsOneJob() throws {
        let input = try messyExport(rows: 1500)
        func run(_ jobs: String) -> (ProcessResult, String) {
            let report = FixturePaths.temporaryFolder().appendingPathComponent("report-\(jobs).json").path
            let result = ProcessRunner.mcred([
                "convert", "--mapping", mapping, "--today", "2026-01-01", "--jobs", jobs, "--report", report,
                "--no-color", input,
            ])
            return (result, (try? String(contentsOfFile: report, encoding: .utf8)) ?? "")
        }
        let (one, oneReport) = run("1")
        XCTAssertEqual(one.status, 1, one.stderr)
        XCTAssertTrue(one.stderr.contains("duplicate-credential"), one.stderr)
        XCTAssertGreaterThan(one.stdout.split(separator: "\n").count, 1000)
        for jobs in ["2", "3", "8"] {
            let (many, manyReport) = run(jobs)
            XCTAssertEqual(many.status, one.status, "--jobs \(jobs)")
            XCTAssertTrue(many.stdout == one.stdout, "--jobs \(jobs): credentials differ from --jobs 1")
            XCTAssertEqual(many.stderr, one.stderr, "--jobs \(jobs)")
            XCTAssertEqual(manyReport, oneReport, "--jobs \(jobs)")
        }
    }

    func testJobsWriteTheSameFolderFromXML() throws {
        var outputs: [[String: Data]] = []
        for jobs in ["1", "4"] {
            let folder = FixturePaths.temporaryFolder().appendingPathComponent("out-\(jobs)")
            let result = ProcessRunner.mcred([
                "convert", "--preset", "elmo", "--today", "2026-01-01", "--jobs", jobs, "-q", "--out", folder.path,
                "--set", "quality-assurance=institutional review by the national accreditation agency",
                "--set", "assessment-type=written examination", "--set", "participation-form=on campus",
                "--set", "learning-outcomes=Learning outcomes as described in the course catalogue.",
                "Fixtures/inputs/elmo-norway-uio-fs.xml",
            ])
            XCTAssertLessThan(result.status, 2, result.stderr)
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
            }
            XCTAssertFalse(files.isEmpty)
            outputs.append(files)
        }
        XCTAssertEqual(outputs[0], outputs[1])
    }

    func testJobsMustBeAPositiveNumber() {
        let result = ProcessRunner.mcred(["convert", "--mapping", mapping, "--jobs", "0", "Fixtures/sample/ugent-microcredentials.csv"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("--jobs"), result.stderr)
    }
}
