import Foundation
import MCredTestSupport
import XCTest

/// The XML attacks of the issue through the whole tool (`mcred convert --preset elmo`): the reader's
/// own tests are in XMLStreamingTests/SecurityTests; here the secret must not reach any output.
final class XMLAttackTests: XCTestCase {
    let secret = "MCRED-E2E-SECRET-93b1"
    var folder: URL!

    override func setUp() { folder = FixturePaths.temporaryFolder("mcred-xml-attack") }
    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    let constants = [
        "--set", "quality-assurance=institutional review", "--set", "assessment-type=written examination",
        "--set", "participation-form=on campus", "--set", "learning-outcomes=As described.",
    ]

    /// The Oslo ELMO transcript with `doctype` after the XML declaration and `reference` as the
    /// text of its first course title.
    func transcript(doctype: String, reference: String) throws -> String {
        var text = try String(contentsOf: FixturePaths.sharedInputs.appendingPathComponent("elmo-norway-uio-fs.xml"), encoding: .utf8)
        let declarationEnd = try XCTUnwrap(text.range(of: "?>")).upperBound
        text.insert(contentsOf: "\n" + doctype, at: declarationEnd)
        text = text.replacingOccurrences(of: "Europa og EU: innføring", with: "Europa \(reference) EU")
        let path = folder.appendingPathComponent("attack.xml").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    func everythingWritten(_ result: ProcessResult) throws -> String {
        var all = result.stdout + result.stderr
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            let files = isFolder.boolValue ? try FileManager.default.contentsOfDirectory(atPath: url.path).map { url.appendingPathComponent($0) } : [url]
            for file in files where file.lastPathComponent != "secret.txt" {
                all += String(decoding: (try? Data(contentsOf: file)) ?? Data(), as: UTF8.self)
            }
        }
        return all
    }

    func testExternalEntitiesAndExternalDTDsNeverReachTheOutput() throws {
        let secretFile = folder.appendingPathComponent("secret.txt")
        try secret.write(to: secretFile, atomically: true, encoding: .utf8)
        let attacks = [
            ("<!DOCTYPE elmo [<!ENTITY x SYSTEM \"\(secretFile.absoluteString)\">]>", "&x;"),
            ("<!DOCTYPE elmo [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;"),
            ("<!DOCTYPE elmo [<!ENTITY % p SYSTEM \"\(secretFile.absoluteString)\"> %p;]>", "og"),
            ("<!DOCTYPE elmo SYSTEM \"\(secretFile.absoluteString)\">", "og"),
            ("<!DOCTYPE elmo SYSTEM \"http://127.0.0.1:9/elmo.dtd\">", "og"),
        ]
        for (doctype, reference) in attacks {
            let input = try transcript(doctype: doctype, reference: reference)
            let out = folder.appendingPathComponent("out").path
            let started = Date()
            let result = ProcessRunner.mcred(
                ["convert", "--preset", "elmo", "--today", "2026-01-01", "--out", out, "--report", folder.appendingPathComponent("r.json").path]
                    + constants + [input])
            XCTAssertLessThan(Date().timeIntervalSince(started), 10, doctype)
            XCTAssertLessThanOrEqual(result.status, 2, result.stderr)
            let written = try everythingWritten(result)
            XCTAssertFalse(written.contains(secret), "\(doctype): the secret reached an output")
            XCTAssertFalse(written.contains("root:x:0:0"), "\(doctype): /etc/passwd reached an output")
            try? FileManager.default.removeItem(atPath: out)
        }
    }

    func testAnEntityBombEndsQuicklyWithAClearErrorAndItsPosition() throws {
        var entities = ["<!ENTITY lol \"lol\">"]
        for level in 1...9 {
            entities.append("<!ENTITY lol\(level) \"\(String(repeating: level == 1 ? "&lol;" : "&lol\(level - 1);", count: 10))\">")
        }
        let input = try transcript(doctype: "<!DOCTYPE elmo [\n\(entities.joined(separator: "\n"))\n]>", reference: "&lol9;")
        let started = Date()
        let result = ProcessRunner.mcred(["convert", "--preset", "elmo", "--today", "2026-01-01", "--ndjson", folder.appendingPathComponent("o.ndjson").path] + constants + [input])
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertNotNil(result.stderr.range(of: #"attack\.xml:\d+(:\d+)?: .*entity"#, options: .regularExpression), result.stderr)
        XCTAssertLessThan(result.stderr.utf8.count, 4000)
    }
}
