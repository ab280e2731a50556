import Foundation
import MCredTestSupport
import XCTest

/// `mcred validate` as a CI job runs it: inputs, exit statuses, line numbers.
final class ValidateCommandTests: XCTestCase {
    static let credential = "Fixtures/cases/ugent-sample/expected/credentials/5a725dd6-3598-51aa-9d36-6fbe7031acb4.jsonld"

    func testHelpIsPinned() {
        let result = ProcessRunner.mcred(["validate", "--help"])
        XCTAssertEqual(result.status, 0)
        GoldenFile.assertMatches(result.stdout, expectedAt: FixturePaths.fixtures.appendingPathComponent("cli/validate-help.txt"))
    }

    func testUsageErrorsExit64() {
        for arguments in [["validate"], ["validate", "--format", "xml", "x.json"], ["validate", "--bogus", "x.json"], ["validate", "-", "-"]] {
            let result = ProcessRunner.mcred(arguments)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("USAGE: mcred validate"), result.stderr)
        }
    }

    func testAPassingCredentialExits0Silently() {
        let result = ProcessRunner.mcred(["validate", "--no-notes", Self.credential])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "mcred: 1 credential checked in 1 file: 1 passed, 0 failed; 0 errors, 0 warnings, 4 notes (notes not shown)\n")
    }

    func testRemovingOneElementFailsWithItsIDAndLine() throws {
        let text = try String(contentsOfFile: FixturePaths.root.appendingPathComponent(Self.credential).path, encoding: .utf8)
        // Drop the learning outcomes: the key line and its array, up to the line closing it.
        var lines = text.components(separatedBy: "\n")
        let start = try XCTUnwrap(lines.firstIndex { $0.contains("\"learningOutcome\": [") })
        let indent = lines[start].prefix { $0 == " " }
        let end = try XCTUnwrap(lines[start...].firstIndex { $0 == indent + "]," })
        lines.removeSubrange(start...end)
        let specifiedBy = try XCTUnwrap(lines[..<start].lastIndex { $0.contains("\"specifiedBy\": {") && $0.prefix { $0 == " " }.count == indent.count - 2 })
        let result = ProcessRunner.mcred(["validate", "--no-notes", "-"], stdin: Data(lines.joined(separator: "\n").utf8))
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 1, result.stdout)
        XCTAssertTrue(result.stdout.hasPrefix("<stdin>:\(specifiedBy + 1):\(indent.count - 1): error: [missing-mandatory-element] learning-outcomes is missing"), result.stdout)
        XCTAssertTrue(result.stdout.contains("(field '$.credentialSubject.hasClaim.specifiedBy.learningOutcome.title')"), result.stdout)
    }

    /// Values `convert` would never write: a negative credit point, an EQF level 9, an assessment
    /// type the EU list does not have.
    func testImpossibleValuesFail() throws {
        let text = try String(contentsOfFile: FixturePaths.root.appendingPathComponent(Self.credential).path, encoding: .utf8)
        let point = try XCTUnwrap(text.range(of: #""point": "[0-9.]+""#, options: .regularExpression))
        let level = try XCTUnwrap(text.range(of: #"snb/eqf/[1-8]""#, options: .regularExpression))
        var tampered = text
        tampered.replaceSubrange(level, with: "snb/eqf/9\"")
        tampered.replaceSubrange(point, with: "\"point\": \"-3\"")
        let result = ProcessRunner.mcred(["validate", "--no-notes", "-"], stdin: Data(tampered.utf8))
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("error: [out-of-range] point '-3' is not a positive number of credits"), result.stdout)
        XCTAssertTrue(result.stdout.contains("error: [unknown-concept] the eqfLevel concept 'http://data.europa.eu/snb/eqf/9' is not in the EU list"), result.stdout)
        let unknownType = text.replacingOccurrences(of: #"snb/assessment/[0-9a-f]{10}""#, with: "snb/assessment/nonexistent\"", options: .regularExpression)
        let warned = ProcessRunner.mcred(["validate", "--no-notes", "--strict", "-"], stdin: Data(unknownType.utf8))
        XCTAssertEqual(warned.status, 1, warned.stdout + warned.stderr)
        XCTAssertTrue(warned.stdout.contains("warning: [unknown-concept] the dcType concept 'http://data.europa.eu/snb/assessment/nonexistent'"), warned.stdout)
    }

    func testALinkToAnEnclosingFolderIsNotWalkedAgain() throws {
        let folder = FixturePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: FixturePaths.root.appendingPathComponent(Self.credential).path,
                                         toPath: folder.appendingPathComponent("a.jsonld").path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("self").path, withDestinationPath: "..")
        let result = ProcessRunner.mcred(["validate", "--no-notes", folder.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("mcred: 1 credential checked in 1 file: 1 passed"), result.stderr)
    }

    func testFindingNoCredentialFails() throws {
        let folder = FixturePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = ProcessRunner.mcred(["validate", "-q", folder.path])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stderr, "mcred: no credential found in \(folder.path) (files ending .json, .jsonld or .ndjson)\n")
        XCTAssertEqual(ProcessRunner.mcred(["validate", "-q", "-"], stdin: Data("[]".utf8)).status, 1)
    }

    func testNDJSONDiagnosticsCarryTheFilesLineNumbers() throws {
        let folder = FixturePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let compact = ProcessRunner.mcred(["convert", "-q", "--mapping", "Fixtures/sample/ugent-mapping.json", "--today", "2026-01-01",
                                           "Fixtures/sample/ugent-microcredentials.csv"]).stdout
        var lines = compact.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4)
        let point = try XCTUnwrap(lines[2].range(of: "\"point\":\""))
        lines[2].replaceSubrange(point, with: "\"point\":\"about ")
        lines.insert("", at: 1)
        lines.append("{\"broken\": ")
        let file = folder.appendingPathComponent("batch.ndjson")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = ProcessRunner.mcred(["validate", "--no-notes", file.path])
        XCTAssertEqual(result.status, 2, "an unreadable line makes the run fatal: \(result.stdout)")
        let out = result.stdout.split(separator: "\n").map(String.init)
        guard out.count == 2 else { return XCTFail(result.stdout) }
        XCTAssertTrue(out[0].hasPrefix("\(file.path):4:"), out[0])
        XCTAssertTrue(out[0].contains("[invalid-number] point 'about "), out[0])
        XCTAssertTrue(out[1].hasPrefix("\(file.path):6:12: error: [invalid-json] not JSON: "), out[1])
        XCTAssertTrue(result.stderr.contains("5 credentials checked in 1 file: 3 passed, 1 failed, 1 unreadable"), result.stderr)
    }

    func testFoldersAreWalkedInNameOrderAndOtherFilesSkipped() throws {
        let folder = FixturePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = FixturePaths.root.appendingPathComponent(Self.credential)
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("b/sub"), withIntermediateDirectories: true)
        try manager.createDirectory(at: folder.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        for path in ["b/sub/z.jsonld", "a.json", "b/c.JSONLD", ".hidden/x.json"] {
            try manager.copyItem(at: source, to: folder.appendingPathComponent(path))
        }
        try "not a credential".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let result = ProcessRunner.mcred(["validate", "--format", "junit", folder.path])
        XCTAssertEqual(result.status, 0, result.stdout)
        let names = result.stdout.components(separatedBy: "classname=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        XCTAssertEqual(names.map(String.init), ["a.json", "b/c.JSONLD", "b/sub/z.jsonld"].map { folder.path + "/" + $0 })
    }

    func testUnreadableFilesExit2AndTheOthersAreStillChecked() {
        let result = ProcessRunner.mcred(["validate", "--no-notes", "Fixtures/sample/ugent-mapping.json", "does-not-exist.json",
                                          "Fixtures/sample/ugent-microcredentials.csv", Self.credential])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("does-not-exist.json:1: error: [unreadable-input] cannot open 'does-not-exist.json'"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Fixtures/sample/ugent-microcredentials.csv:1:1: error: [invalid-json] not JSON: "), result.stdout)
        XCTAssertTrue(result.stdout.contains("Fixtures/sample/ugent-mapping.json:1:1: error: [missing-context]"), result.stdout)
        XCTAssertTrue(result.stderr.contains("4 credentials checked in 4 files: 1 passed, 1 failed, 2 unreadable"), result.stderr)
    }

    func testStrictFailsOnWarnings() throws {
        let text = try String(contentsOfFile: FixturePaths.root.appendingPathComponent(Self.credential).path, encoding: .utf8)
        let floating = Data(text.replacingOccurrences(of: "\"issued\": \"2025-01-31T00:00:00Z\"", with: "\"issued\": \"2025-01-31T00:00:00\"").utf8)
        XCTAssertNotEqual(floating, Data(text.utf8), "the fixture has the issue date being edited")
        let lenient = ProcessRunner.mcred(["validate", "--no-notes", "-"], stdin: floating)
        XCTAssertEqual(lenient.status, 0, lenient.stdout)
        XCTAssertTrue(lenient.stdout.contains("warning: [date-without-offset] issued '2025-01-31T00:00:00' has no time zone"), lenient.stdout)
        let strict = ProcessRunner.mcred(["validate", "--no-notes", "--strict", "-"], stdin: floating)
        XCTAssertEqual(strict.status, 1, strict.stdout)
    }

    func testProfilesApply() throws {
        let text = try String(contentsOfFile: FixturePaths.root.appendingPathComponent(Self.credential).path, encoding: .utf8)
        let point = try XCTUnwrap(text.range(of: "\"point\": \""))
        let value = text[point.upperBound...].prefix { $0 != "\"" }
        let small = Data(text.replacingCharacters(in: point.upperBound..<text.index(point.upperBound, offsetBy: value.count), with: "2").utf8)
        XCTAssertEqual(ProcessRunner.mcred(["validate", "-q", "--profile", "eu", "-"], stdin: small).status, 0)
        let ugent = ProcessRunner.mcred(["validate", "-q", "--no-notes", "--profile", "ugent", "-"], stdin: small)
        XCTAssertEqual(ugent.status, 1)
        XCTAssertTrue(ugent.stdout.contains("error: [out-of-range] workload.ects 2 must be at least 3 under profile ugent"), ugent.stdout)
        XCTAssertEqual(ProcessRunner.mcred(["validate", "-q", "--profile", "nope", "-"], stdin: small).status, 2)
    }
}
