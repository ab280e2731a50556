@testable import MCredCore
import XCTest

final class XMLRecordReaderTests: XCTestCase {
    func records(_ xml: String, record: String = "los", scope: String? = nil) throws -> [SourceRecord] {
        let reader = try XMLRecordReader(bytes: Array(xml.utf8), name: "t.xml", recordElement: record, scopeElement: scope)
        var all: [SourceRecord] = []
        var diagnostics: [Diagnostic] = []
        while let next = try reader.next(diagnostics: &diagnostics) { all.append(next) }
        return all
    }

    func testNamespacesDoNotMatter() throws {
        for root in [#"<r xmlns="https://github.com/emrex-eu/elmo-schemas/tree/v1">"#, #"<r xmlns="http://purl.org/net/elmo">"#, "<r>"] {
            let found = try records(root + "<los><title xml:lang=\"en\">A</title></los></r>")
            XCTAssertEqual(found.count, 1)
            XCTAssertEqual(found[0].fields.first?.path, "title")
            XCTAssertEqual(found[0].fields.first?.language, "en")
        }
    }

    func testContextIsInheritedFromEarlierElementsOnly() throws {
        let xml = """
            <elmo>
              <learner><givenNames>Ana</givenNames></learner>
              <report>
                <los><title>One</title><credit><value>5</value></credit></los>
                <issueDate>2020-01-01</issueDate>
              </report>
            </elmo>
            """
        let found = try records(xml)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found[0].line, 4)
        XCTAssertTrue(found[0].context.contains { $0.path == "elmo/learner/givenNames" && $0.value == "Ana" })
        XCTAssertFalse(found[0].context.contains { $0.path.hasSuffix("issueDate") })
        XCTAssertEqual(found[0].fields.map(\.path), ["title", "credit/value"])
        // With the report as scope, the later issueDate applies too.
        let scoped = try records(xml, scope: "report")
        XCTAssertTrue(scoped[0].context.contains { $0.path == "elmo/report/issueDate" })
    }

    func testSecondReportDoesNotSeeTheFirstReportsLearner() throws {
        let xml = "<elmo><report><learner><n>A</n></learner><los><t>1</t></los></report><report><learner><n>B</n></learner><los><t>2</t></los></report></elmo>"
        let found = try records(xml)
        XCTAssertEqual(found.map { $0.context.filter { $0.path.hasSuffix("learner/n") }.map(\.value) }, [["A"], ["B"]])
    }

    func testNestedRecordsAreSeparate() throws {
        let xml = "<r><los><title>Degree</title><hasPart><los><title>Course</title></los></hasPart><level>6</level></los></r>"
        let found = try records(xml)
        XCTAssertEqual(found.map { $0.fields.first { $0.path == "title" }?.value }, ["Course", "Degree"])
        XCTAssertEqual(found[1].fields.map(\.path), ["title", "level"])
        XCTAssertTrue(found[0].context.contains { $0.path == "los/title" && $0.value == "Degree" })
    }

    func testMalformedXMLThrowsWithLineAfterGoodRecords() throws {
        // Enough good records that libxml2 hands them over before it reaches the broken end.
        let good = String(repeating: "<los><t>1</t></los>\n", count: 5000)
        let reader = try XMLRecordReader(bytes: Array(("<r>\n" + good + "<los><t>2</t>\n</r>").utf8), name: "bad.xml", recordElement: "los")
        var diagnostics: [Diagnostic] = []
        var count = 0
        do {
            while try reader.next(diagnostics: &diagnostics) != nil { count += 1 }
            XCTFail("a truncated document must throw")
        } catch {
            XCTAssertEqual(error.kind, .unreadableInput)
            XCTAssertEqual(error.location?.file, "bad.xml")
            XCTAssertEqual(error.location?.line, 5003)
        }
        XCTAssertGreaterThan(count, 4000)
    }

    func testRecordsHeldInAScopeAreReturnedBeforeAMalformation() throws {
        // Large enough that libxml2 reports the break only after it has delivered earlier chunks.
        let good = (1...3000).map { "<los><title>R\($0)</title></los>" }.joined()
        let xml = "<elmo><report>" + good + "<los><title x=\"<\"/></los></report></elmo>"
        let reader = try XMLRecordReader(bytes: Array(xml.utf8), name: "t.xml", recordElement: "los", scopeElement: "report")
        var diagnostics: [Diagnostic] = []
        var titles: [String] = []
        do {
            while let record = try reader.next(diagnostics: &diagnostics) { titles.append(record.fields.first?.value ?? "") }
            XCTFail("the malformation must be reported")
        } catch {
            XCTAssertTrue(error.message.hasPrefix("malformed XML"), "\(error)")
        }
        XCTAssertGreaterThan(titles.count, 1000)
        XCTAssertEqual(titles.first, "R1")
        XCTAssertNil(try reader.next(diagnostics: &diagnostics))
    }

    func testFieldPathsAfterANestedRecordAreFromTheOuterRecord() throws {
        let xml = """
            <r><los><a><b>1</b></a><hasPart><los><a><b>2</b></a><c><d><e>3</e></d></c></los></hasPart>\
            <a><b>4</b><f>5</f></a><c><d><e>6</e></d></c></los></r>
            """
        let found = try records(xml)
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found[0].fields.map(\.path), ["a/b", "c/d/e"])
        XCTAssertEqual(found[0].fields.map(\.value), ["2", "3"])
        XCTAssertEqual(found[1].fields.map(\.path), ["a/b", "a/b", "a/f", "c/d/e"])
        XCTAssertEqual(found[1].fields.map(\.value), ["1", "4", "5", "6"])
        // The inner record sees the outer record's fields so far, with paths from the outer record element.
        XCTAssertEqual(found[0].context.map(\.path), ["los/a/b"])
    }

    func testContextPathsAreFromTheRootEvenAfterRecords() throws {
        let xml = """
            <elmo><report><los><t>1</t></los><issuer><title>U</title></issuer><los><t>2</t></los></report>\
            <learner><n>A</n></learner><report><los><t>3</t></los></report></elmo>
            """
        let found = try records(xml)
        XCTAssertEqual(found.map { $0.context.map(\.path) }, [[], ["elmo/report/issuer/title"], ["elmo/learner/n"]])
        XCTAssertEqual(found.map { $0.fields.map(\.path) }, [["t"], ["t"], ["t"]])
    }

    func testAttributesAndLanguagePerField() throws {
        let xml = """
            <r xml:lang="nl"><los><title xml:lang="en">A</title><title>B</title>\
            <credit scheme="ects" x:scheme="other" xmlns:x="urn:x"><value>5</value></credit><empty type="t"/></los></r>
            """
        let found = try records(xml)
        XCTAssertEqual(found[0].fields.map(\.path), ["title", "title", "credit/value", "credit", "empty"])
        XCTAssertEqual(found[0].fields.map(\.language), ["en", "nl", "nl", "nl", "nl"])
        XCTAssertEqual(found[0].fields[0].attributes, ["lang": "en"])
        XCTAssertEqual(found[0].fields[1].attributes, [:])
        // The first attribute with a local name wins.
        XCTAssertEqual(found[0].fields[3].attributes, ["scheme": "ects"])
        XCTAssertEqual(found[0].fields[3].value, "")
        XCTAssertEqual(found[0].fields[4].attributes, ["type": "t"])
    }

    func testManyHeldRecordsComeOutInOrder() throws {
        let body = (1...50).map { "<los><t>\($0)</t></los>" }.joined()
        let found = try records("<elmo><report>" + body + "<issueDate>d</issueDate></report><report>" + body + "</report></elmo>",
                                scope: "report")
        XCTAssertEqual(found.map(\.number), Array(1...100))
        XCTAssertEqual(found.map { $0.fields.first?.value }, (1...50).map { "\($0)" } + (1...50).map { "\($0)" })
        XCTAssertTrue(found[..<50].allSatisfy { $0.context.contains { $0.path == "elmo/report/issueDate" } })
        XCTAssertFalse(found[50...].contains { $0.context.contains { $0.path.hasSuffix("issueDate") } })
    }

    func testARecordElementThatIsAlsoTheScope() throws {
        let found = try records("<r><los><t>1</t><los><t>2</t></los><u>3</u></los></r>", scope: "los")
        // The inner record is held until the outer `los` (its scope) closes; the outer one isn't inside a scope.
        XCTAssertEqual(found.map(\.number), [1, 2])
        XCTAssertEqual(found.map { $0.fields.map(\.path) }, [["t", "u"], ["t"]])
    }

    func testMoreDistinctPathsThanTheTableHolds() throws {
        let count = ElementPaths.limit + 100
        let body = (0..<count).map { "<g\($0)><v>\($0)</v></g\($0)>" }.joined()
        let found = try records("<r><los>" + body + "</los><los>" + body + "</los></r>")
        XCTAssertEqual(found.count, 2)
        for record in found {
            XCTAssertEqual(record.fields.count, count)
            XCTAssertEqual(record.fields.last?.path, "g\(count - 1)/v")
            XCTAssertEqual(record.fields.last?.value, "\(count - 1)")
            XCTAssertEqual(record.fields.first?.path, "g0/v")
        }
    }
}
