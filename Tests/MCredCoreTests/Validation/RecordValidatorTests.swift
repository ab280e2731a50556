import MCredCore
import XCTest

final class RecordValidatorTests: XCTestCase {
    let today = ISODate(year: 2026, month: 1, day: 1)!

    func validate(_ record: MappedRecord, profile: String = "eu", strict: Bool = false) throws -> (ValidatedRecord?, [Diagnostic]) {
        let validator = RecordValidator(profile: try Profile.load(profile), referenceDate: today, strict: strict)
        var diagnostics: [Diagnostic] = []
        let result = validator.validate(record, diagnostics: &diagnostics)
        return (result, diagnostics)
    }

    func testCompleteRecordPasses() throws {
        let (result, diagnostics) = try validate(TestRecords.complete())
        XCTAssertNotNil(result)
        XCTAssertEqual(diagnostics, [])
    }

    func testEachMissingMandatoryElementIsOneError() throws {
        for element in ElementID.allCases where element.isMandatory {
            var record = TestRecords.complete()
            for part in element.parts { record[part] = nil }
            let (result, diagnostics) = try validate(record)
            XCTAssertNil(result, element.rawValue)
            XCTAssertEqual(diagnostics.map(\.ruleID), ["missing-mandatory-element"], element.rawValue)
            XCTAssertEqual(diagnostics.first?.element, element.rawValue)
        }
    }

    func testLevelNotApplicable() throws {
        var record = TestRecords.complete()
        record[.levelEQF] = nil
        record.levelApplicable = false
        XCTAssertNotNil(try validate(record).0)
    }

    func testRanges() throws {
        var record = TestRecords.complete()
        record[.workloadECTS] = .decimal("0")
        record[.levelEQF] = .level(9)
        record[.issueDate] = .date(ISODate(year: 2026, month: 1, day: 2)!)
        let (result, diagnostics) = try validate(record)
        XCTAssertNil(result)
        XCTAssertEqual(diagnostics.map(\.ruleID), ["out-of-range", "out-of-range", "out-of-range"])
        XCTAssertEqual(diagnostics.map(\.element), ["workload", "level", "issue-date"])
    }

    func testProfiles() throws {
        var large = TestRecords.complete()
        large[.workloadECTS] = .decimal("60")
        let (euLarge, euDiagnostics) = try validate(large)
        XCTAssertNil(euLarge)
        XCTAssertTrue(euDiagnostics[0].message.contains("workload.ects 60 must be below 60 under profile eu"), euDiagnostics[0].message)

        var small = TestRecords.complete()
        small[.workloadECTS] = .decimal("2.5")
        XCTAssertNotNil(try validate(small).0)
        let (ugentSmall, ugentDiagnostics) = try validate(small, profile: "ugent")
        XCTAssertNil(ugentSmall)
        XCTAssertEqual(ugentDiagnostics.map(\.ruleID), ["out-of-range"])
        XCTAssertTrue(ugentDiagnostics[0].message.contains("must be at least 3 under profile ugent"))
        // ugent extends eu: the 60 ECTS rule still applies.
        XCTAssertNil(try validate(large, profile: "ugent").0)
    }

    func testUserProfileFile() throws {
        let json = #"{"id": "strict-grade", "rules": [{"id": "grade-required", "part": "grade", "check": "required", "severity": "warning", "message": "we always state the grade"}]}"#
        let profile = try Profile.parse(Array(json.utf8), file: "p.json")
        let validator = RecordValidator(profile: profile, referenceDate: today)
        var diagnostics: [Diagnostic] = []
        XCTAssertNotNil(validator.validate(TestRecords.complete(), diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics.map(\.ruleID), ["missing-profile-element"])
        let strictValidator = RecordValidator(profile: profile, referenceDate: today, strict: true)
        var strictDiagnostics: [Diagnostic] = []
        XCTAssertNil(strictValidator.validate(TestRecords.complete(), diagnostics: &strictDiagnostics))
    }

    func testBadProfileNamesTheProblem() {
        XCTAssertThrowsError(try Profile.parse(Array(#"{"id": "x", "rules": [{"id": "r", "part": "workload.credits", "check": "at-least", "value": 3}]}"#.utf8), file: "p.json")) { error in
            XCTAssertTrue((error as? MCredError)?.description.contains("p.json:1:23: rule 'r': \"part\" must name an element part") ?? false, "\(error)")
        }
    }
}
