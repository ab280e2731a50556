import MCredCore
import XCTest

final class CredentialRendererTests: XCTestCase {
    func sampleRecord() -> ValidatedRecord {
        var r = TestRecords.complete()
        r[.learnerGivenName] = .text("Lotte")
        r[.learnerFamilyName] = .text("Verhaeghe")
        r[.grade] = .texts([LanguageText(language: "en", text: "16/20")])
        r[.supervision] = .concept(SchemaCatalog.builtIn.vocabulary(.supervision).concept(for: "supervised with ID verification")!)
        r[.stackabilityPartOf] = .texts([LanguageText(language: "en", text: "Postgraduate Certificate in Data Science")])
        return ValidatedRecord(r)
    }

    func render(_ record: ValidatedRecord, pretty: Bool = false) -> [UInt8] {
        var writer = JSONByteWriter(pretty: pretty)
        CredentialRenderer(catalog: .builtIn).render(record, into: &writer)
        return writer.bytes
    }

    func testShapeFollowsTheTargetExample() throws {
        let document = try JSONParser.parse(render(sampleRecord()))
        XCTAssertEqual(document.members?.map(\.key), [
            "@context", "id", "type", "credentialProfiles", "credentialSchema", "issuer", "issued", "issuanceDate",
            "validFrom", "credentialSubject", "displayParameter",
        ])
        XCTAssertEqual(document["issued"]?.stringValue, "2025-06-30T00:00:00Z")
        let subject = try XCTUnwrap(document["credentialSubject"])
        XCTAssertEqual(subject["fullName"]?["en"]?.stringValue, "Lotte Verhaeghe")
        let achievement = try XCTUnwrap(subject["hasClaim"]?[0])
        XCTAssertEqual(achievement["type"]?.stringValue, "LearningAchievement")
        let specification = try XCTUnwrap(achievement["specifiedBy"])
        XCTAssertEqual(specification["type"]?.stringValue, "Qualification")
        XCTAssertEqual(specification["eqfLevel"]?["id"]?.stringValue, "http://data.europa.eu/snb/eqf/7")
        XCTAssertEqual(specification["creditPoint"]?[0]?["point"]?.stringValue, "4")
        XCTAssertEqual(specification["isPartialQualification"]?.boolValue, true)
        let assessment = try XCTUnwrap(achievement["provenBy"]?[0])
        XCTAssertEqual(assessment["grade"]?["noteLiteral"]?["en"]?.stringValue, "16/20")
        XCTAssertEqual(assessment["specifiedBy"]?["dcType"]?["inScheme"]?["id"]?.stringValue,
                       "http://data.europa.eu/snb/assessment/25831c2")
        XCTAssertEqual(assessment["idVerification"]?["id"]?.stringValue,
                       "http://data.europa.eu/snb/supervision-verification/70be69aaf9")
        let organisation = try XCTUnwrap(document["issuer"])
        XCTAssertEqual(organisation["accreditation"]?[0]?["dcType"]?["prefLabel"]?["en"]?.stringValue,
                       "Institutional Quality Assurance")
        XCTAssertEqual(organisation["id"]?.stringValue, achievement["awardedBy"]?["awardingBody"]?[0]?["id"]?.stringValue)
    }

    func testSameInputSameBytesAndStableID() {
        XCTAssertEqual(render(sampleRecord()), render(sampleRecord()))
        let renderer = CredentialRenderer(catalog: .builtIn)
        XCTAssertEqual(renderer.credentialID(sampleRecord()), renderer.credentialID(sampleRecord()))
        var mapped = sampleRecord().record
        mapped[.learnerID] = .text("0124")
        let other = ValidatedRecord(mapped)
        XCTAssertNotEqual(renderer.credentialID(sampleRecord()), renderer.credentialID(other))
        XCTAssertTrue(renderer.credentialID(sampleRecord()).hasPrefix("urn:uuid:"))
    }

    func testNoGradeMeansNoLearningAssessmentButTheTypeStays() throws {
        var record = sampleRecord()
        record.record[.grade] = nil
        let document = try JSONParser.parse(render(record))
        let achievement = document["credentialSubject"]?["hasClaim"]?[0]
        XCTAssertNil(achievement?["provenBy"])
        XCTAssertEqual(achievement?["specifiedBy"]?["provenBy"]?[0]?["dcType"]?["prefLabel"]?["en"]?.stringValue, "project work")
    }

    func testProgrammeQualityAssuranceGoesOnTheQualification() throws {
        var record = sampleRecord()
        record.record[.qualityAssuranceType] = .concept(SchemaCatalog.builtIn.vocabulary(.qualityAssurance).concept(for: "programme accreditation")!)
        let document = try JSONParser.parse(render(record))
        XCTAssertNil(document["issuer"]?["accreditation"])
        XCTAssertNotNil(document["credentialSubject"]?["hasClaim"]?[0]?["specifiedBy"]?["accreditation"])
    }
}
