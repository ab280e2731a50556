import Foundation
import MCredCore
import MCredTestSupport
import XCTest

/// `mcred validate` on the official samples (copied to Fixtures/credentials/samples/), pinned as
/// golden files, and on everything `convert` writes from the golden cases.
///
/// The verdicts were checked by hand against the Annex I list (what each file holds, from reading it):
/// - Sample-MC-Annex1-signed.jsonld (sealed; the payload is checked): all mandatory elements but
///   quality-assurance, which the official micro-credential sample does not state (no accreditation
///   anywhere). Its assessment type is in a local scheme (`urn:epass:conceptScheme:…`), not the EU
///   assessment list: a warning. Optional: no stackability note, no further-information note.
/// - Sample-MC-Annex1-unsigned.jsonld and -uploadable.json: the same credential before sealing, so
///   also no `issued`/`issuanceDate`/`awardingDate`: issue-date missing too (EDC adds `issued` at sealing).
/// - credential-sample.jsonld (ELM 3.2 synthetic): the claim has no specification and no assessment,
///   so learning-outcomes, workload, level, assessment-type, participation-form and quality-assurance
///   are missing; its dates have no time zone (warnings).
/// - The four EBSI examples declare VC v2 + edc-ap, whose `description` clash makes JSON-LD 1.1
///   expansion fail (context-conflict), and under VC v2 `issued`/`issuanceDate` are no terms. None
///   states quality assurance, an assessment type or a form of participation; DigiComp has an EQF
///   level but no workload; the diploma has no specification details at all; the micro-credential
///   has ECTS and learning outcomes but its specification is no Qualification (no EQF level); the
///   transcript has a workload but no learning outcomes and no level.
final class ValidateSampleTests: XCTestCase {
    static let samples = "Fixtures/credentials/samples"

    func testEverySampleHasItsPinnedVerdict() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: FixturePaths.root.appendingPathComponent(Self.samples).path)
            .filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonld") }.sorted()
        XCTAssertEqual(names.count, 8)
        for name in names {
            let result = ProcessRunner.mcred(["validate", "-q", "\(Self.samples)/\(name)"])
            XCTAssertEqual(result.status, 1, "\(name) fails Annex I: \(result.stderr)")
            GoldenFile.assertMatches(
                result.stdout, expectedAt: FixturePaths.fixtures.appendingPathComponent("validate/samples/\(name).txt"))
        }
    }

    func testTheOfficialMicroCredentialLacksOnlyQualityAssurance() {
        let result = ProcessRunner.mcred(["validate", "--no-notes", "\(Self.samples)/Sample-MC-Annex1-signed.jsonld"])
        let errors = result.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        XCTAssertEqual(errors.count, 1, result.stdout)
        XCTAssertTrue(errors[0].hasPrefix("\(Self.samples)/Sample-MC-Annex1-signed.jsonld:1: error: [missing-mandatory-element] quality-assurance is missing"), String(errors[0]))
        XCTAssertEqual(result.stderr, "mcred: 1 credential checked in 1 file: 0 passed, 1 failed; 1 errors, 1 warnings, 2 notes (notes not shown)\n")
    }

    func testConvertedGoldenCredentialsPass() {
        let result = ProcessRunner.mcred(["validate", "--no-notes", "Fixtures/cases/ugent-sample/expected/credentials",
                                          "Fixtures/cases/elmo-official-with-set/expected/credentials"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    /// Runs `convert` on every golden case (as its case.json says) and validates what it writes.
    func testEverythingConvertWritesFromTheFixturesPasses() throws {
        let cases = FixturePaths.fixtures.appendingPathComponent("cases")
        let folder = FixturePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var written = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: cases.path).sorted() {
            let caseFolder = cases.appendingPathComponent(name)
            let spec = try JSONParser.parse(Array(Data(contentsOf: caseFolder.appendingPathComponent("case.json"))))
            let output = folder.appendingPathComponent("\(name).ndjson").path
            var arguments = ["convert", "-q", "--ndjson", output]
            if let mapping = spec["mapping"]?.stringValue { arguments += ["--mapping", caseFolder.appendingPathComponent(mapping).path] }
            if let preset = spec["preset"]?.stringValue { arguments += ["--preset", preset] }
            if let today = spec["today"]?.stringValue { arguments += ["--today", today] }
            if spec["strict"]?.boolValue == true { arguments.append("--strict") }
            for set in spec["set"]?.arrayValue ?? [] { arguments += ["--set", set.stringValue ?? ""] }
            for (key, option) in [("encoding", "--encoding"), ("profile", "--profile"), ("language", "--language")] {
                if let value = spec[key]?.stringValue { arguments += [option, value] }
            }
            arguments.append(caseFolder.appendingPathComponent(spec["input"]?.stringValue ?? "input.csv").path)
            let convert = ProcessRunner.mcred(arguments)
            XCTAssertTrue([0, 1].contains(convert.status), "\(name): \(convert.stderr)")
            let lines = ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "").split(separator: "\n").count
            written += lines
            guard lines > 0 else { continue }
            let validate = ProcessRunner.mcred(["validate", "--no-notes", output])
            XCTAssertEqual(validate.status, 0, "\(name): \(validate.stdout)")
            XCTAssertEqual(validate.stdout, "", name)
            XCTAssertTrue(validate.stderr.contains("\(lines) credential\(lines == 1 ? "" : "s") checked"), validate.stderr)
        }
        XCTAssertGreaterThan(written, 20, "the golden cases convert to credentials")
    }
}
