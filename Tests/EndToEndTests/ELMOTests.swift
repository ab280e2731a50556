import Foundation
import MCredTestSupport
import XCTest

/// Every real ELMO transcript in Fixtures/inputs converts with --preset elmo: without --set every record
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
            XCTAssertTrue(summary.contains(" 0 would be written"), "\(name): \(summary)")
            // Every diagnostic names the file and a line.
            for line in lines.dropLast() {
                XCTAssertTrue(line.hasPrefix(path(name) + ":"), "\(name): \(line)")
            }
        }
    }

    /// What each XML file in Fixtures/inputs yields with --preset elmo and the elements ELMO lacks
    /// supplied: the exact summary line. Rejections there are real data (modules of 0 ECTS, a course
    /// without credits or level); the LOQ file and the EWP courses response hold no results.
    static let yields: [(name: String, extra: [String], summary: String)] = [
        ("elmo-v1-official-example.xml", [],
         "mcred: 3 records read, 1 written, 2 rejected, 3 skipped (no result); 3 errors, 0 warnings"),
        ("elmo-norway-uio-fs.xml", [], "mcred: 6 records read, 6 written, 0 rejected; 0 errors, 0 warnings"),
        ("elmo-denmark-stads-no-namespace.xml",
         ["--set", "issuer-country=DK", "--set", "awarding-body=Technical University of Denmark", "--set", "level=6"],
         "mcred: 36 records read, 32 written, 4 rejected; 4 errors, 0 warnings"),
        ("elmo-finland-legacy-purl-namespace.xml", ["--set", "issuer-country=FI"],
         "mcred: 37 records read, 18 written, 19 rejected, 3 skipped (no result); 19 errors, 0 warnings"),
        ("ewp-courses-response-ects.xml", [],
         "mcred: 0 records read, 0 written, 0 rejected, 2 skipped (no result); 0 errors, 0 warnings"),
        ("elm-loq-learning-opportunities-qualifications.xml", [],
         "mcred: 0 records read, 0 written, 0 rejected; 0 errors, 0 warnings"),
    ]

    func testEveryXMLInputYieldsWhatIsPinned() throws {
        let pinned = Set(Self.yields.map(\.name))
        let present = try FileManager.default.contentsOfDirectory(atPath: FixturePaths.sharedInputs.path)
            .filter { $0.hasSuffix(".xml") }
        XCTAssertEqual(Set(present), pinned, "a new XML input needs its yield pinned here")
        for (name, extra, summary) in Self.yields {
            let result = ProcessRunner.mcred(
                ["convert", "--preset", "elmo", "--today", "2026-01-01"] + supplied + extra + [path(name)])
            XCTAssertEqual(result.status, summary.contains(" 0 rejected") ? 0 : 1, "\(name): \(result.stderr)")
            let lines = result.stderr.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.last, summary, name)
            XCTAssertEqual(result.stdout.split(separator: "\n").count, Int(summary.split(separator: " ")[4]) ?? -1, name)
            for line in lines.dropLast() {
                XCTAssertTrue(line.hasPrefix(path(name) + ":"), "\(name): every diagnostic names file and line: \(line)")
                // A duplicate is about the whole record, so it names the earlier record's line instead.
                XCTAssertTrue(
                    line.contains("(field '") || line.contains("[duplicate-credential]"),
                    "\(name): every diagnostic names the path: \(line)")
            }
        }
    }
}
