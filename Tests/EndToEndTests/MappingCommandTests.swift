import Foundation
import MCredTestSupport
import XCTest

/// `mcred mapping init`, `mcred convert --explain`, and exports whose headers mean nothing to mcred.
final class MappingCommandTests: XCTestCase {
    let flemish = "Fixtures/cases/flemish-zero-config/input.csv"
    let french = "Fixtures/cases/french-latin1-zero-config/input.csv"

    func testMappingInitWritesTheGuessToStdoutAndASummaryToStderr() throws {
        let result = ProcessRunner.mcred(["mapping", "init", "--encoding", "latin1", "--language", "fr", french])
        XCTAssertEqual(result.status, 0, result.stderr)
        GoldenFile.assertMatches(
            result.stdout,
            expectedAt: FixturePaths.fixtures.appendingPathComponent("cases/french-latin1-zero-config/expected/mapping.json"))
        XCTAssertEqual(result.stderr, "mcred: 14 of 16 elements recognised in the header of \(french)\n")
    }

    func testMappingInitToAFileThenConvertWithIt() throws {
        let folder = FixturePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let mapping = folder.appendingPathComponent("mapping.json").path
        let initResult = ProcessRunner.mcred(["mapping", "init", "-q", "--out", mapping, flemish])
        XCTAssertEqual(initResult.status, 0, initResult.stderr)
        XCTAssertEqual(initResult.stdout + initResult.stderr, "")
        let convert = ProcessRunner.mcred(["convert", "--mapping", mapping, "--today", "2026-01-01", "-q", flemish])
        XCTAssertEqual(convert.status, 1, convert.stderr)
        XCTAssertEqual(convert.stdout.split(separator: "\n").count, 2)
    }

    func testMappingInitRefusesXMLAndNeedsOneInput() {
        let xml = ProcessRunner.mcred(["mapping", "init", "Fixtures/inputs/elmo-norway-uio-fs.xml"])
        XCTAssertEqual(xml.status, 2)
        XCTAssertTrue(xml.stderr.contains("--preset elmo"), xml.stderr)
        XCTAssertEqual(ProcessRunner.mcred(["mapping", "init"]).status, 64)
        XCTAssertEqual(ProcessRunner.mcred(["mapping", "frob", flemish]).status, 64)
        XCTAssertEqual(ProcessRunner.mcred(["mapping", "--help"]).status, 0)
    }

    func testExplainPrintsTheMappingAndConvertsNothing() {
        let result = ProcessRunner.mcred(["convert", "--explain", "--language", "nl", flemish])
        XCTAssertEqual(result.status, 0, result.stderr)
        GoldenFile.assertMatches(
            result.stdout,
            expectedAt: FixturePaths.fixtures.appendingPathComponent("cases/flemish-zero-config/expected/explain.txt"))
        XCTAssertEqual(result.stderr, "")
    }

    func testExplainExits1WhenAMandatoryElementHasNoSource() {
        let result = ProcessRunner.mcred(["convert", "--explain", "--preset", "elmo", "Fixtures/inputs/elmo-norway-uio-fs.xml"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("mandatory elements nothing feeds: assessment-type, participation-form, quality-assurance"), result.stdout)
    }

    func testAnExportWithNoRecognisedHeaderIsFatalAndListsWhatIsMissingAndTheColumns() {
        let result = ProcessRunner.mcred(["convert", "--dry-run", "Fixtures/inputs/duo-nl-eerstejaars-per-croho-semicolon.csv"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("nothing feeds the mandatory elements learner, title, issuer-country"), result.stderr)
        XCTAssertTrue(result.stderr.contains("'collegejaar' (column 1)"), result.stderr)
        XCTAssertTrue(result.stderr.contains("mcred mapping init"), result.stderr)
    }

    func testPartlyRecognisedHeadersWarnWithTheUnusedColumns() {
        let csv = "Studentennummer;Titel;Beschrijving;Studiepunten\n1;Kennisgrafen;Leert RDF;3\n"
        let result = ProcessRunner.mcred(["convert", "--dry-run", "-"], stdin: Data(csv.utf8))
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(
            result.stderr.contains("<stdin>:1: warning: [unmapped-element] header recognition gives no source for the mandatory elements issuer-country, awarding-body"),
            result.stderr)
        XCTAssertTrue(result.stderr.contains("'Beschrijving' (column 3, could be further-information or learning-outcomes)"), result.stderr)
    }
}
