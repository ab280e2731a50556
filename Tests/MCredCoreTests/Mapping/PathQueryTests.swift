@testable import MCredCore
import XCTest

final class PathQueryTests: XCTestCase {
    private func field(_ path: String, _ value: String = "v", attributes: [String: String] = [:]) -> SourceField {
        SourceField(path: path, value: value, attributes: attributes, line: 1)
    }

    func testParsesTheSyntax() throws {
        let plain = try XCTUnwrap(PathQuery(" /credit/value "))
        XCTAssertEqual(plain.path, "credit/value")
        XCTAssertNil(plain.attribute)
        XCTAssertNil(plain.predicate)
        XCTAssertFalse(plain.fromContext)
        XCTAssertEqual(plain.text, " /credit/value ")

        let attribute = try XCTUnwrap(PathQuery("//learner/identifier/@type"))
        XCTAssertTrue(attribute.fromContext)
        XCTAssertEqual(attribute.path, "learner/identifier")
        XCTAssertEqual(attribute.attribute, "type")

        let predicate = try XCTUnwrap(PathQuery(#"credit[@scheme="ects"]"#))
        XCTAssertEqual(predicate.path, "credit")
        XCTAssertEqual(predicate.predicate?.name, "scheme")
        XCTAssertEqual(predicate.predicate?.value, "ects")

        for malformed in ["@type", "a[b]", "a[@x=1]/b", "", "//"] {
            XCTAssertNil(PathQuery(malformed), malformed)
        }
    }

    func testEqualityIsByTheWrittenText() throws {
        let a = try XCTUnwrap(PathQuery("title"))
        XCTAssertEqual(a, try XCTUnwrap(PathQuery("title")))
        XCTAssertNotEqual(a, try XCTUnwrap(PathQuery("/title")))
        XCTAssertEqual(Set([a, try XCTUnwrap(PathQuery("title"))]).count, 1)
    }

    func testRecordFieldsMatchTheWholePath() throws {
        let query = try XCTUnwrap(PathQuery("credit/value"))
        XCTAssertTrue(query.matches(field("credit/value"), inContext: false))
        XCTAssertFalse(query.matches(field("x/credit/value"), inContext: false))
        XCTAssertFalse(query.matches(field("credit/values"), inContext: false))
        XCTAssertFalse(query.matches(field("credit"), inContext: false))
        // Same length, different last component.
        XCTAssertFalse(query.matches(field("credit/vblue"), inContext: false))
    }

    func testContextFieldsMatchByWholeComponentSuffix() throws {
        let query = try XCTUnwrap(PathQuery("//learner/givenNames"))
        XCTAssertTrue(query.matches(field("learner/givenNames"), inContext: true))
        XCTAssertTrue(query.matches(field("elmo/learner/givenNames"), inContext: true))
        XCTAssertTrue(query.matches(field("elmo/report/learner/givenNames"), inContext: true))
        XCTAssertFalse(query.matches(field("elmo/xlearner/givenNames"), inContext: true))
        XCTAssertFalse(query.matches(field("elmo/learner/givenNames/x"), inContext: true))
        // Outside the context only the whole path counts.
        XCTAssertFalse(query.matches(field("elmo/learner/givenNames"), inContext: false))
    }

    func testPathsCompareAsSwiftStrings() throws {
        // Element names are compared with String equality, as before: canonically equivalent spellings match.
        let query = try XCTUnwrap(PathQuery("caf\u{E9}/titel"))
        XCTAssertTrue(query.matches(field("cafe\u{301}/titel"), inContext: false))
        XCTAssertTrue(query.matches(field("root/cafe\u{301}/titel"), inContext: true))
    }

    func testPredicatesAndAttributes() throws {
        let predicate = try XCTUnwrap(PathQuery("credit[@scheme='ects']"))
        XCTAssertTrue(predicate.matches(field("credit", attributes: ["scheme": "ects"]), inContext: false))
        XCTAssertFalse(predicate.matches(field("credit", attributes: ["scheme": "local"]), inContext: false))
        XCTAssertFalse(predicate.matches(field("credit", attributes: ["other": "ects"]), inContext: false))
        XCTAssertFalse(predicate.matches(field("credit"), inContext: false))
        XCTAssertEqual(predicate.value(of: field("credit", "5", attributes: ["scheme": "ects"])), "5")

        let attribute = try XCTUnwrap(PathQuery("identifier/@type"))
        XCTAssertFalse(attribute.matches(field("identifier"), inContext: false))
        XCTAssertFalse(attribute.matches(field("identifier", attributes: ["lang": "en"]), inContext: false))
        let typed = field("identifier", "123", attributes: ["type": "national"])
        XCTAssertTrue(attribute.matches(typed, inContext: false))
        XCTAssertEqual(attribute.value(of: typed), "national")
        // An empty attribute value still counts as present.
        XCTAssertTrue(attribute.matches(field("identifier", attributes: ["type": ""]), inContext: false))

        let both = try XCTUnwrap(PathQuery("identifier[@type=national]/@scheme"))
        XCTAssertTrue(both.matches(field("identifier", attributes: ["type": "national", "scheme": "x"]), inContext: false))
        XCTAssertFalse(both.matches(field("identifier", attributes: ["type": "national"]), inContext: false))
        XCTAssertFalse(both.matches(field("identifier", attributes: ["type": "other", "scheme": "x"]), inContext: false))
    }
}
