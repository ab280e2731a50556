import Foundation
import MCredCore
import MCredTestSupport
import XCTest

/// Runs the whole pipeline over every case in `Fixtures/cases/<name>/` and compares the written
/// credentials, the JSON report and the rendered diagnostics with `expected/`.
///
/// A case is `case.json`: `{"input": "input.csv" | "../../../shared/inputs/…", "mapping": "mapping.json",
/// "preset": "elmo", "profile": "eu", "set": ["element=value", …], "today": "2026-01-01", "strict": false}`.
/// Re-record with `RECORD_SNAPSHOTS=1 swift test --filter GoldenCaseTests`.
final class GoldenCaseTests: XCTestCase {
    static let casesFolder = FixturePaths.fixtures.appendingPathComponent("cases")

    func testEveryCase() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.casesFolder.path).sorted()
        XCTAssertFalse(names.isEmpty)
        for name in names where !name.hasPrefix(".") {
            try runCase(name)
        }
    }

    func runCase(_ name: String) throws {
        let folder = Self.casesFolder.appendingPathComponent(name)
        let spec = try JSONParser.parse(Array(Data(contentsOf: folder.appendingPathComponent("case.json"))))
        let today = spec["today"]?.stringValue ?? "2026-01-01"
        guard case .date(let date) = DateNormalizer.parse(today) else { return XCTFail("\(name): bad today") }
        var options = ConversionOptions(referenceDate: date)
        let input = spec["input"]?.stringValue ?? "input.csv"
        options.inputs = [folder.appendingPathComponent(input).standardizedFileURL.path]
        options.mappingPath = spec["mapping"]?.stringValue.map { folder.appendingPathComponent($0).path }
        options.preset = spec["preset"]?.stringValue
        options.profile = spec["profile"]?.stringValue ?? "eu"
        options.strict = spec["strict"]?.boolValue ?? false
        if let encoding = spec["encoding"]?.stringValue { options.encoding = TextEncoding(option: encoding) }
        for item in spec["set"]?.arrayValue ?? [] {
            let text = item.stringValue ?? ""
            let equals = text.firstIndex(of: "=")!
            options.constants.append((PartID(qualifiedName: String(text[..<equals]))!, String(text[text.index(after: equals)...])))
        }
        let output = FixturePaths.temporaryFolder("golden-\(name)")
        defer { try? FileManager.default.removeItem(at: output) }
        options.outputFolder = output.appendingPathComponent("credentials").path
        options.reportPath = output.appendingPathComponent("report.json").path

        let sink = CollectingDiagnosticSink()
        var fatal = ""
        do {
            _ = try Converter.run(options, diagnostics: sink)
        } catch {
            fatal = "fatal: \(error.description)\n"
        }
        let expected = folder.appendingPathComponent("expected")
        // Paths in messages are made relative (to the repository, and ../shared beside it) so the golden
        // files do not depend on where the repository is checked out.
        let shared = FixturePaths.shared.standardizedFileURL.path + "/"
        let root = FixturePaths.root.standardizedFileURL.path + "/"
        func relative(_ text: String) -> String {
            text.replacingOccurrences(of: shared, with: "../shared/").replacingOccurrences(of: root, with: "")
        }

        let diagnostics = sink.diagnostics.map { DiagnosticRenderer.render($0) }.joined(separator: "\n")
        GoldenFile.assertMatches(relative(fatal + diagnostics + "\n"), expectedAt: expected.appendingPathComponent("diagnostics.txt"))
        let report = (try? String(contentsOf: output.appendingPathComponent("report.json"), encoding: .utf8)) ?? ""
        GoldenFile.assertMatches(relative(report), expectedAt: expected.appendingPathComponent("report.json"))

        let written = output.appendingPathComponent("credentials")
        let actualNames = ((try? FileManager.default.contentsOfDirectory(atPath: written.path)) ?? []).sorted()
        let expectedCredentials = expected.appendingPathComponent("credentials")
        if GoldenFile.isRecording {
            try? FileManager.default.removeItem(at: expectedCredentials)
        } else {
            let expectedNames = ((try? FileManager.default.contentsOfDirectory(atPath: expectedCredentials.path)) ?? []).sorted()
            XCTAssertEqual(actualNames, expectedNames, "\(name): the set of written credentials differs")
        }
        for file in actualNames {
            let text = try String(contentsOf: written.appendingPathComponent(file), encoding: .utf8)
            GoldenFile.assertMatches(text, expectedAt: expectedCredentials.appendingPathComponent(file))
        }
    }
}
