import Foundation
import MCredTestSupport
import MCredCore
import XCTest

final class VocabularyTests: XCTestCase {
    let catalog = SchemaCatalog.builtIn

    private func label(_ vocabulary: VocabularyID, _ raw: String) -> String? {
        catalog.vocabulary(vocabulary).concept(for: raw)?.label
    }

    func testAssessmentTypesInFourLanguages() {
        for raw in ["written exam", "schriftelijk examen", "examen écrit", "schriftliche Prüfung", "Written Examination"] {
            XCTAssertEqual(label(.assessmentType, raw), "written examination", raw)
        }
        XCTAssertEqual(label(.assessmentType, "project work"), "project work")
    }

    func testParticipationForms() {
        XCTAssertEqual(label(.participationForm, "online"), "Online")
        XCTAssertEqual(label(.participationForm, "op de campus"), "Presential")
        XCTAssertEqual(label(.participationForm, "présentiel"), "Presential")
        XCTAssertEqual(label(.participationForm, "Präsenz"), "Presential")
        XCTAssertEqual(label(.participationForm, "hybride"), "Blended")
    }

    func testCountriesByNameAndCode() {
        for raw in ["België", "Belgique", "Belgien", "BE", "BEL", "belgium"] {
            XCTAssertEqual(catalog.vocabulary(.country).concept(for: raw)?.id,
                           "http://publications.europa.eu/resource/authority/country/BEL", raw)
        }
        XCTAssertEqual(catalog.vocabulary(.country).concept(for: "NA")?.label, "Namibia")
    }

    func testQualityAssuranceMentionedInText() {
        let vocabulary = catalog.vocabulary(.qualityAssurance)
        XCTAssertEqual(vocabulary.conceptMentioned(in: "Institutional review of Universiteit Gent by NVAO")?.label,
                       "Institutional Quality Assurance")
        XCTAssertEqual(vocabulary.conceptMentioned(in: "programme accreditation by NVAO")?.label,
                       "Program Quality Assurance")
    }

    func testNearestLabelsHelpWithTypos() {
        let nearest = catalog.vocabulary(.assessmentType).nearestLabels(to: "writen exam")
        XCTAssertEqual(nearest.first, "written examination")
        XCTAssertEqual(nearest.count, 3)
    }

    func testMatchKeysIgnoreCaseAccentsAndPunctuation() {
        XCTAssertEqual(MatchKey.make("Examen écrit"), "examenecrit")
        XCTAssertEqual(MatchKey.make("EXAMEN-ECRIT"), "examenecrit")
        XCTAssertEqual(MatchKey.make("crédits ECTS"), "creditsects")
    }

    func testLanguageConceptsFromTags() {
        XCTAssertEqual(catalog.languageConcept(forTag: "en")?.id, "http://publications.europa.eu/resource/authority/language/ENG")
        XCTAssertEqual(catalog.languageConcept(forTag: "nl")?.id, "http://publications.europa.eu/resource/authority/language/NLD")
    }
}

/// MatchKey must reproduce the test vectors generated with Python's unicodedata (Schemas/normalisation-examples.json).
final class MatchKeyVectorTests: XCTestCase {
    func testVectorsFromSchemas() throws {
        let url = FixturePaths.schemas.appendingPathComponent("normalisation-examples.json")
        let root = try JSONParser.parse(Array(Data(contentsOf: url)))
        let examples = root["examples"]?.arrayValue ?? []
        XCTAssertGreaterThan(examples.count, 10)
        for example in examples {
            let input = example["input"]?.stringValue ?? ""
            XCTAssertEqual(MatchKey.make(input), example["key"]?.stringValue, input)
        }
    }
}
