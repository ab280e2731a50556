import Foundation
import MCredCore
import MCredTestSupport
import XCTest

/// Runs the whole pipeline over every case in `Fixtures/cases/<name>/` and compares the written
/// credentials, the JSON report and the rendered diagnostics with `expected/`.
///
/// A case is `case.json`: `{"input": "input.csv" | "../../inputs/…", "mapping": "mapping.json",
/// "preset": "elmo", "profile": "eu", "encoding": "latin1", "language": "nl", "set": ["element=value", …], "today": "2026-01-01", "strict": false}`.
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

    /// The conversion options a case's `case.json` describes.
    func options(for name: String) throws -> ConversionOptions {
        let folder = Self.casesFolder.appendingPathComponent(name)
        let spec = try JSONParser.parse(Array(Data(contentsOf: folder.appendingPathComponent("case.json"))))
        let today = spec["today"]?.stringValue ?? "2026-01-01"
        guard case .date(let date) = DateNormalizer.parse(today) else {
            XCTFail("\(name): bad today")
            return ConversionOptions(referenceDate: ISODate(year: 2026, month: 1, day: 1)!)
        }
        var options = ConversionOptions(referenceDate: date)
        let input = spec["input"]?.stringValue ?? "input.csv"
        options.inputs = [folder.appendingPathComponent(input).standardizedFileURL.path]
        options.mappingPath = spec["mapping"]?.stringValue.map { folder.appendingPathComponent($0).path }
        options.preset = spec["preset"]?.stringValue
        options.profile = spec["profile"]?.stringValue ?? "eu"
        options.strict = spec["strict"]?.boolValue ?? false
        if let encoding = spec["encoding"]?.stringValue { options.encoding = TextEncoding(option: encoding) }
        options.language = spec["language"]?.stringValue
        for item in spec["set"]?.arrayValue ?? [] {
            let text = item.stringValue ?? ""
            let equals = text.firstIndex(of: "=")!
            options.constants.append((PartID(qualifiedName: String(text[..<equals]))!, String(text[text.index(after: equals)...])))
        }
        return options
    }

    /// Paths in messages are made relative to the repository so the golden files do not depend on
    /// where it is checked out.
    func relative(_ text: String) -> String {
        let root = FixturePaths.root.standardizedFileURL.path + "/"
        return text.replacingOccurrences(of: root, with: "")
    }

    func runCase(_ name: String) throws {
        let folder = Self.casesFolder.appendingPathComponent(name)
        var options = try options(for: name)
        try checkExplanation(name, options: options)
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

    /// `convert --explain` for every case; for a CSV case read without a mapping, also the mapping
    /// `mapping init` writes, and proof that converting with that mapping gives the same credentials.
    func checkExplanation(_ name: String, options: ConversionOptions) throws {
        let expected = Self.casesFolder.appendingPathComponent(name).appendingPathComponent("expected")
        let sink = CollectingDiagnosticSink()
        let explanation: String
        do {
            explanation = try MappingInspector.explain(options, diagnostics: sink).map(\.text).joined(separator: "\n")
        } catch {
            explanation = "fatal: \(error.description)\n"
        }
        GoldenFile.assertMatches(relative(explanation), expectedAt: expected.appendingPathComponent("explain.txt"))

        guard options.mappingPath == nil, options.preset == nil, let input = options.inputs.first,
            input.hasSuffix(".csv")
        else { return }
        let guess = try MappingInspector.initialMapping(for: input, options: options, diagnostics: sink)
        let text = String(decoding: guess.file, as: UTF8.self)
        GoldenFile.assertMatches(relative(text), expectedAt: expected.appendingPathComponent("mapping.json"))

        // The guessed mapping, read back as a file, must convert exactly as header recognition did.
        let mapping = FixturePaths.temporaryFolder("mapping-\(name)")
        defer { try? FileManager.default.removeItem(at: mapping) }
        try FileManager.default.createDirectory(at: mapping, withIntermediateDirectories: true)
        let mappingFile = mapping.appendingPathComponent("mapping.json")
        try Data(guess.file).write(to: mappingFile)
        var withMapping = options
        withMapping.mappingPath = mappingFile.path
        withMapping.constants = []
        withMapping.outputFolder = mapping.appendingPathComponent("credentials").path
        _ = try Converter.run(withMapping, diagnostics: CollectingDiagnosticSink())
        let written = try FileManager.default.contentsOfDirectory(atPath: withMapping.outputFolder!).sorted()
        let golden = ((try? FileManager.default.contentsOfDirectory(
            atPath: expected.appendingPathComponent("credentials").path)) ?? []).sorted()
        XCTAssertEqual(written, golden, "\(name): converting with the guessed mapping gives other credentials")
        for file in written where golden.contains(file) {
            XCTAssertEqual(
                try Data(contentsOf: URL(fileURLWithPath: withMapping.outputFolder!).appendingPathComponent(file)),
                try Data(contentsOf: expected.appendingPathComponent("credentials").appendingPathComponent(file)),
                "\(name): \(file) differs when converted with the guessed mapping")
        }
    }
}
