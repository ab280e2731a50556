import Foundation
import MCredTestSupport
import XCTest

/// Every real ELMO transcript in ../shared/inputs converts with --preset elmo: without --set every record
/// is rejected with the elements ELMO lacks named at file:line; with --set credentials are written.
final class ELMOTests: XCTestCase {
    static let files: [(name: String, credentials: Int)] = [
        ("elmo-v1-official-example.xml", 0),
        ("elmo-norway-uio-fs.xml", 0),
        ("elmo-denmark-stads-no-namespace.xml", 0),
        ("elmo-finland-legacy-purl-namespace.xml", 0),
    ]

    let supplied = [
        "--set", "quality-assurance=institutional review by the national accreditation agency",
        "--set", "assessment-type=written examination",
        "--set", "participation-form=on campus",
        "--set", "learning-outcomes=As described in the course catalogue.",
    ]

    func path(_ name: String) -> String { FixturePaths.sharedInputs.appendingPathComponent(name).path }

    func testWithoutSetEveryRecordIsRejectedWithTheMissingElements() {
        for (name, _) in Self.files {
            let result = ProcessRunner.mcred(["convert", "--preset", "elmo", "--today", "2026-01-01", "--dry-run", path(name)])
            XCTAssertEqual(result.status, 1, "\(name): \(result.stderr)")
            for element in ["quality-assurance", "assessment-type", "participation-form"] {
                XCTAssertTrue(result.stderr.contains("\(element) has no value and no source in the mapping"), "\(name): \(element)")
            }
            let lines = result.stderr.split(separator: "\n")
            let summary = lines.last.map(String.init) ?? ""
            XCTAssertTrue(summary.contains(" 0 written"), "\(name): \(summary)")
            // Every diagnostic names the file and a line.
            for line in lines.dropLast() {
                XCTAssertTrue(line.hasPrefix(path(name) + ":"), "\(name): \(line)")
            }
        }
    }

    func testWithSetCredentialsAreWritten() throws {
        let expected = ["elmo-v1-official-example.xml": 1, "elmo-norway-uio-fs.xml": 1]
        for (name, _) in Self.files {
            var arguments = ["convert", "--preset", "elmo", "--today", "2026-01-01", "-q"] + supplied
            if name.contains("finland") { arguments += ["--set", "issuer-country=FI"] }
            if name.contains("denmark") {
                arguments += ["--set", "issuer-country=DK", "--set", "awarding-body=Technical University of Denmark", "--set", "level=6"]
            }
            let result = ProcessRunner.mcred(arguments + [path(name)])
            XCTAssertNotEqual(result.status, 2, "\(name): \(result.stderr)")
            let count = result.stdout.split(separator: "\n").count
            XCTAssertGreaterThanOrEqual(count, expected[name] ?? 1, "\(name): \(result.stderr)")
        }
    }
}
