import Foundation
import MCredCore
import MCredTestSupport
import XCTest

/// The four formats of one report carry the same figures: read each back and compare.
final class ReportAgreementTests: XCTestCase {
    static let elmoSet = [
        "quality-assurance=institutional review by the national accreditation agency",
        "assessment-type=written examination", "participation-form=on campus",
        "learning-outcomes=As described in the course catalogue.",
    ]

    /// Each input with the options that read it.
    static var inputs: [(name: String, options: ConversionOptions)] {
        func options(_ path: String, mapping: String? = nil, preset: String? = nil, set: [String] = []) -> ConversionOptions {
            var options = ConversionOptions(referenceDate: ISODate(year: 2026, month: 1, day: 1)!)
            options.inputs = [FixturePaths.root.appendingPathComponent(path).path]
            options.mappingPath = mapping.map { FixturePaths.root.appendingPathComponent($0).path }
            options.preset = preset
            for item in set {
                let equals = item.firstIndex(of: "=")!
                options.constants.append((PartID(qualifiedName: String(item[..<equals]))!, String(item[item.index(after: equals)...])))
            }
            return options
        }
        return [
            ("ugent", options("Fixtures/sample/ugent-microcredentials.csv", mapping: "Fixtures/sample/ugent-mapping.json")),
            ("hostile", options("Fixtures/report/hostile.csv", mapping: "Fixtures/tools/report-export-mapping.json")),
            ("elmo-official", options("Fixtures/inputs/elmo-v1-official-example.xml", preset: "elmo", set: elmoSet)),
            ("elmo-norway", options("Fixtures/inputs/elmo-norway-uio-fs.xml", preset: "elmo", set: elmoSet)),
            ("elmo-denmark", options("Fixtures/inputs/elmo-denmark-stads-no-namespace.xml", preset: "elmo",
                                     set: elmoSet + ["issuer-country=DK", "awarding-body=Technical University of Denmark", "level=6"])),
            ("elmo-finland", options("Fixtures/inputs/elmo-finland-legacy-purl-namespace.xml", preset: "elmo", set: elmoSet + ["issuer-country=FI"])),
            ("elmo-denmark-without-set", options("Fixtures/inputs/elmo-denmark-stads-no-namespace.xml", preset: "elmo")),
        ]
    }

    func testTheFourFormatsAgreeOnEveryFixture() throws {
        for (name, options) in Self.inputs {
            let folder = FixturePaths.temporaryFolder("report-\(name)")
            defer { try? FileManager.default.removeItem(at: folder) }
            func path(_ file: String) -> String { folder.appendingPathComponent(file).path }
            let outputs = ComplianceReportOutputs(html: path("r.html"), markdown: path("r.md"), csv: path("r.csv"), json: path("r.json"))
            let summary = try ComplianceReporter.run(options, outputs: outputs, diagnostics: CollectingDiagnosticSink())
            XCTAssertGreaterThan(summary.records, 0, name)

            let json = try ReportFigures.fromJSON(Array(Data(contentsOf: URL(fileURLWithPath: path("r.json")))))
            let markdown = ReportFigures.fromMarkdown(try String(contentsOfFile: path("r.md"), encoding: .utf8))
            let html = ReportFigures.fromHTML(try String(contentsOfFile: path("r.html"), encoding: .utf8))
            let csv = ReportFigures.fromCSV(try String(contentsOfFile: path("r.csv"), encoding: .utf8))

            XCTAssertEqual(json.records, summary.records, name)
            XCTAssertEqual(json.compliant + json.rejected, json.records, name)
            XCTAssertEqual(json.elements.count, ElementID.allCases.count, name)
            XCTAssertEqual(markdown.records, json.records, name)
            XCTAssertEqual(markdown.compliant, json.compliant, name)
            XCTAssertEqual(markdown.rejected, json.rejected, name)
            XCTAssertEqual(markdown.elements, json.elements, name)
            XCTAssertEqual(html.records, json.records, name)
            XCTAssertEqual(html.compliant, json.compliant, name)
            XCTAssertEqual(html.rejected, json.rejected, name)
            XCTAssertEqual(html.elements, json.elements, name)
            // The CSV has a row per record (no fixture has unreadable rows) and its problems add up.
            XCTAssertEqual(csv.records, json.records, name)
            XCTAssertEqual(csv.compliant, json.compliant, name)
            XCTAssertEqual(csv.problems, json.problems, name)
            // Markdown and HTML list the most frequent problems; every listed one has the JSON's count.
            XCTAssertFalse(json.problems.isEmpty && json.rejected > 0, name)
            for (label, count) in markdown.problems { XCTAssertEqual(json.problems[label], count, "\(name): \(label)") }
            for (label, count) in html.problems { XCTAssertEqual(json.problems[label], count, "\(name): \(label)") }
            XCTAssertEqual(markdown.problems.count, min(json.problems.count, ComplianceMarkdownRenderer.problemLimit), name)
            XCTAssertEqual(html.problems.count, min(json.problems.count, ComplianceHTMLRenderer.problemLimit), name)
        }
    }
}
