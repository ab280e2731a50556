import MCredCore
import XCTest

final class HeaderRecognizerTests: XCTestCase {
    let recognizer = HeaderRecognizer(catalog: .builtIn)

    func testHeadersInFourLanguagesIgnoringCaseAccentsSpacingAndPunctuation() {
        let expectations: [(String, PartID)] = [
            ("ECTS", .workloadECTS), ("studiepunten", .workloadECTS), ("crédits ECTS", .workloadECTS),
            ("Leistungspunkte", .workloadECTS), ("CREDITS ECTS", .workloadECTS), ("credits_ects", .workloadECTS),
            ("Instelling", .awardingBodyName), ("établissement", .awardingBodyName), ("Etablissement", .awardingBodyName),
            ("Hochschule", .awardingBodyName), ("EQF-niveau", .levelEQF), ("niveau CEC", .levelEQF),
            ("DQR-Niveau", .levelEQF), ("  Matrikel-Nr. ", .learnerID), ("Prüfungsform", .assessmentType),
        ]
        for (header, part) in expectations {
            XCTAssertEqual(recognizer.part(forHeader: header), part, header)
        }
        XCTAssertNil(recognizer.part(forHeader: "collegejaar"))
    }

    func testALanguageSuffixTagsTheColumnAndEachLanguageFeedsTheSamePart() {
        let result = recognizer.recognise(header: ["Titel (NL)", "title_en", "Intitulé - FR", "Titel (NL)", "Titel"])
        XCTAssertEqual(result.columns.map(\.use), [
            .feeds(.title, language: "nl"), .feeds(.title, language: "en"), .feeds(.title, language: "fr"),
            .duplicate(.title, usedColumn: "Titel (NL)"), .duplicate(.title, usedColumn: "Titel (NL)"),
        ])
        XCTAssertEqual(result.mapping.sources[.title]?.map(\.language), ["nl", "en", "fr"])
    }

    func testALanguageSuffixDoesNotSplitNonTextParts() {
        // `ECTS (NL)` is not a language version of the workload: the number has no language.
        XCTAssertNil(recognizer.part(forHeader: "ECTS (NL)"))
    }

    func testNameBesideAGivenNameColumnIsTheFamilyName() {
        let flemish = recognizer.recognise(header: ["Naam", "Voornaam"])
        XCTAssertEqual(flemish.columns[0].use, .feeds(.learnerFamilyName, language: nil))
        XCTAssertNotNil(flemish.columns[0].note)
        let alone = recognizer.recognise(header: ["Naam", "Studentennummer"])
        XCTAssertEqual(alone.columns[0].use, .feeds(.learnerFullName, language: nil))
    }

    func testAmbiguousHeadersAreLeftForTheUserWithTheirCandidates() {
        let result = recognizer.recognise(header: ["Beschrijving", "workload", "onbekend"])
        XCTAssertEqual(result.columns[0].use, .ambiguous([.furtherInformation, .learningOutcomes]))
        XCTAssertEqual(result.columns[1].use, .ambiguous([.workloadECTS, .workloadHours]))
        XCTAssertEqual(result.columns[2].use, .unrecognised)
        XCTAssertEqual(result.unusedColumns.map(\.number), [1, 2, 3])
        XCTAssertTrue(result.mapping.sources.isEmpty)
    }
}
