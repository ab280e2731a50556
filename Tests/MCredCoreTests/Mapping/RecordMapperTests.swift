import MCredCore
import XCTest

final class RecordMapperTests: XCTestCase {
    let header = ["id", "name", "course", "ects", "date", "assessment", "country"]

    func record(_ cells: [String], line: Int = 2) -> SourceRecord {
        SourceRecord(number: line - 1, file: "export.csv", line: line,
                     fields: cells.enumerated().map { SourceField(path: header[$0.offset], value: $0.element, line: line, column: $0.offset + 1) })
    }

    func mapper(_ json: String, sets: [(PartID, String)] = []) throws -> RecordMapper {
        var mapping = try MappingLoader.parse(Array(json.utf8), name: "mapping.json")
        for (part, value) in sets { mapping.addFallback(part, value: value) }
        return try RecordMapper(mapping: mapping, format: .csv, header: header, file: "export.csv", catalog: .builtIn)
    }

    func testValuesAreNormalised() throws {
        let mapper = try mapper(#"{"elements": {"learner": "id", "title": {"column": "course", "language": "nl"}, "workload": "ects", "issue-date": "date", "assessment-type": "assessment", "issuer-country": "country"}}"#)
        var diagnostics: [Diagnostic] = []
        let mapped = mapper.map(record(["0123", "An", "Kennisgrafen", "4,5", "30/06/2025", "schriftelijk examen", "België"]), diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(mapped.text(.learnerID), "0123")
        XCTAssertEqual(mapped.texts(.title), [LanguageText(language: "nl", text: "Kennisgrafen")])
        XCTAssertEqual(mapped.decimal(.workloadECTS), "4.5")
        XCTAssertEqual(mapped.date(.issueDate)?.description, "2025-06-30")
        XCTAssertEqual(mapped.concept(.assessmentType)?.label, "written examination")
        XCTAssertEqual(mapped.concept(.issuerCountry)?.id, "http://publications.europa.eu/resource/authority/country/BEL")
    }

    func testInvalidValuesAreReportedWithRawValueAndCell() throws {
        let mapper = try mapper(#"{"elements": {"learner": "id", "workload": "ects", "assessment-type": "assessment"}}"#)
        var diagnostics: [Diagnostic] = []
        let mapped = mapper.map(record(["0123", "", "", "four", "", "writen exam", ""], line: 7), diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.map { DiagnosticRenderer.render($0) }, [
            "export.csv:7:4: error: [invalid-value] record 6 (learner 0123): workload.ects 'four' is not a number of credits (field 'ects')",
            "export.csv:7:6: error: [invalid-value] record 6 (learner 0123): assessment-type 'writen exam' is not a known assessment-type value; nearest: 'written examination', 'oral examination', 'practical assessment' (a mapping can add synonyms) (field 'assessment')",
        ])
        XCTAssertEqual(diagnostics.first?.value, "four")
        XCTAssertEqual(diagnostics.first?.location?.field, "ects")
        XCTAssertTrue(mapped.invalidParts.contains(.workloadECTS))
        XCTAssertNil(mapped[.workloadECTS])
    }

    func testSetFillsOnlyWhereTheDataIsEmpty() throws {
        let mapper = try mapper(#"{"elements": {"issuer-country": "country"}}"#, sets: [(.issuerCountry, "NL")])
        var diagnostics: [Diagnostic] = []
        let fromData = mapper.map(record(["1", "", "", "", "", "", "Belgique"]), diagnostics: &diagnostics)
        let fromSet = mapper.map(record(["1", "", "", "", "", "", " "]), diagnostics: &diagnostics)
        XCTAssertEqual(fromData.concept(.issuerCountry)?.label, "Belgium")
        XCTAssertEqual(fromSet.concept(.issuerCountry)?.label, "Netherlands")
        XCTAssertEqual(fromSet.origins[PartID.issuerCountry.rawValue], .constant)
    }

    func testQualityAssuranceTypeAndAgencyFromOneText() throws {
        let mapper = try mapper(#"{"elements": {}}"#, sets: [(.qualityAssuranceTitle, "Instellingsreview door NVAO")])
        var diagnostics: [Diagnostic] = []
        let mapped = mapper.map(record(Array(repeating: "", count: 7)), diagnostics: &diagnostics)
        XCTAssertEqual(mapped.concept(.qualityAssuranceType)?.label, "Institutional Quality Assurance")
        XCTAssertEqual(mapped.texts(.qualityAssuranceAgent).first?.text, "NVAO")
    }

    func testQualityAssuranceWithoutRecognisableTypeIsInvalid() throws {
        let mapper = try mapper(#"{"elements": {}}"#, sets: [(.qualityAssuranceTitle, "we are very good")])
        var diagnostics: [Diagnostic] = []
        _ = mapper.map(record(Array(repeating: "", count: 7)), diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.map(\.ruleID), ["invalid-value"])
        XCTAssertEqual(diagnostics.first?.value, "we are very good")
    }

    func testMappingSynonymsExtendVocabularies() throws {
        let mapper = try mapper(#"{"elements": {"assessment-type": "assessment"}, "synonyms": {"assessment-type": {"werkstuk": "project work"}}}"#)
        var diagnostics: [Diagnostic] = []
        let mapped = mapper.map(record(["", "", "", "", "", "Werkstuk", ""]), diagnostics: &diagnostics)
        XCTAssertEqual(mapped.concept(.assessmentType)?.label, "project work")
    }

    func testMissingColumnIsFatalWithSuggestion() {
        XCTAssertThrowsError(try mapper(#"{"elements": {"title": "cours"}}"#)) { error in
            let text = (error as? MCredError)?.description ?? ""
            XCTAssertTrue(text.contains("column 'cours' for title is not in the header of export.csv (did you mean 'course'?)"), text)
        }
    }

    func testMappingErrorsNameLineAndColumn() {
        let json = "{\n  \"elements\": {\n    \"workload\": {\"ectss\": \"ects\"}\n  }\n}"
        XCTAssertThrowsError(try MappingLoader.parse(Array(json.utf8), name: "m.json")) { error in
            XCTAssertEqual((error as? MCredError)?.description,
                           "m.json:3:18: unknown key 'ectss' in element 'workload' (did you mean 'ects'?); expected one of: ects, hours")
        }
    }
}

extension RecordMapperTests {
    func testConstantsFillOnlyLanguagesTheDataLacks() throws {
        let json = #"{"elements": {"title": [{"column": "course", "language": "en"}, {"constant": "Kennisgrafen", "language": "nl"}, {"constant": "Graphs", "language": "en"}]}}"#
        let mapper = try mapper(json)
        var diagnostics: [Diagnostic] = []
        let withData = mapper.map(record(["", "", "Knowledge Graphs", "", "", "", ""]), diagnostics: &diagnostics)
        XCTAssertEqual(withData.texts(.title), [LanguageText(language: "en", text: "Knowledge Graphs"), LanguageText(language: "nl", text: "Kennisgrafen")])
        let withoutData = mapper.map(record(["", "", " ", "", "", "", ""]), diagnostics: &diagnostics)
        XCTAssertEqual(withoutData.texts(.title), [LanguageText(language: "nl", text: "Kennisgrafen"), LanguageText(language: "en", text: "Graphs")])
        XCTAssertEqual(diagnostics, [])
    }

    func testStackableTowardsTextNamesTheLargerCredentialInFourLanguages() throws {
        let mapper = try mapper(#"{"elements": {"stackability": {"column": "course", "language": "nl"}}}"#)
        for (text, target) in [
            ("Stapelbaar naar: Postgraduaat Data Science.", "Postgraduaat Data Science"),
            ("Stackable towards the Postgraduate Certificate in Data Science", "the Postgraduate Certificate in Data Science"),
            ("capitalisable vers le certificat d'université", "le certificat d'université"),
            ("Anrechenbar auf den Master Informatik", "den Master Informatik"),
        ] {
            var diagnostics: [Diagnostic] = []
            let mapped = mapper.map(record(["", "", text]), diagnostics: &diagnostics)
            XCTAssertEqual(mapped.texts(.stackabilityPartOf), [LanguageText(language: "nl", text: target)], text)
            XCTAssertEqual(mapped.texts(.stackability).first?.text, text)
        }
        var diagnostics: [Diagnostic] = []
        XCTAssertEqual(mapper.map(record(["", "", "stand-alone"]), diagnostics: &diagnostics).texts(.stackabilityPartOf), [])
    }
}
