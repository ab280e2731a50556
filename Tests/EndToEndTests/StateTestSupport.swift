import Foundation
import MCredTestSupport
import XCTest

/// Exports, runs and readings shared by the `convert --state` tests: single-line rows in the sample's
/// columns, so a test can change, drop or move one row and see exactly that.
class StateTestCase: XCTestCase {
    let mapping = FixturePaths.root.appendingPathComponent("Fixtures/sample/ugent-mapping.json").path
    var folder: URL!
    var state: String { folder.appendingPathComponent("nightly.db").path }

    override func setUp() {
        folder = FixturePaths.temporaryFolder("mcred-state")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    static let header = "student_id,given_name,family_name,email,date_of_birth,title_en,title_nl,ects,eqf_level,issue_date,learning_outcomes,assessment,participation,grade,prerequisites,supervision,stackable_towards,info_url"

    /// One valid row; `outcomes: ""` or `eqf: "9"` make it invalid, `issued: ""` unidentifiable too.
    static func row(_ student: Int, grade: String = "16/20", title: String = "Micro-credential Knowledge Graphs",
                    outcomes: String = "Model a domain as a knowledge graph.", eqf: String = "7", issued: String = "2025-06-30") -> String {
        "\(student),Lotte,Verhaeghe,lotte.\(student)@example.org,1996-04-12,\(title),Microcredential Kennisgrafen,4,\(eqf),\(issued),\(outcomes),project work,blended,\(grade),,supervised with ID verification,,"
    }

    func export(_ name: String, _ rows: [String]) -> String {
        let path = folder.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(([Self.header] + rows).map { $0 + "\n" }.joined().utf8))
        return path
    }

    /// A mapping like the sample's but for another awarding body.
    func otherAwardingBodyMapping() throws -> String {
        let text = try String(contentsOfFile: mapping, encoding: .utf8)
            .replacingOccurrences(of: "BE0248015142", with: "BE0419052173")
            .replacingOccurrences(of: "Ghent University", with: "KU Leuven")
            .replacingOccurrences(of: "Universiteit Gent", with: "KU Leuven")
            .replacingOccurrences(of: "\"$schema\": \"../../Schemas/mapping.schema.json\",", with: "")
        let path = folder.appendingPathComponent("leuven-mapping.json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    struct Run {
        var result: ProcessResult
        /// Credential ids written to the NDJSON output, in order.
        var written: [String]
        /// `"changes"` of the report.
        var changes: [String: Int]
        var withdrawn: [String]
    }

    /// `mcred convert --state` over `inputs`, writing NDJSON, the report and the withdrawn list.
    func convert(_ inputs: [String], today: String, mapping: String? = nil, _ extra: [String] = []) throws -> Run {
        let ndjson = folder.appendingPathComponent("out.ndjson").path
        let report = folder.appendingPathComponent("report.json").path
        let withdrawn = folder.appendingPathComponent("withdrawn.txt").path
        for path in [ndjson, report, withdrawn] { try? FileManager.default.removeItem(atPath: path) }
        let result = ProcessRunner.mcred(
            ["convert", "--mapping", mapping ?? self.mapping, "--today", today, "--state", state, "--ndjson", ndjson,
             "--report", report, "--withdrawn", withdrawn] + extra + inputs)
        let lines = ((try? String(contentsOfFile: ndjson, encoding: .utf8)) ?? "").split(separator: "\n")
        let written = lines.compactMap { line in line.range(of: #""id":"urn:uuid:[0-9a-f-]+""#, options: .regularExpression).map { String(line[$0].dropFirst(6).dropLast()) } }
        var changes: [String: Int] = [:]
        if let data = FileManager.default.contents(atPath: report),
           let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] {
            changes = json["changes"] as? [String: Int] ?? [:]
        }
        let withdrawnIDs = ((try? String(contentsOfFile: withdrawn, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        return Run(result: result, written: written, changes: changes, withdrawn: withdrawnIDs)
    }

    func changes(new: Int = 0, changed: Int = 0, unchanged: Int = 0, withdrawn: Int = 0, rejected: Int = 0) -> [String: Int] {
        ["new": new, "changed": changed, "unchanged": unchanged, "withdrawn": withdrawn, "rejected": rejected]
    }

    func show() -> ProcessResult { ProcessRunner.mcred(["state", "show", state]) }

    func history(_ id: String) -> ProcessResult { ProcessRunner.mcred(["state", "history", state, id]) }

    /// The event column of `state history`, one entry per run: `["new", "changed", "withdrawn"]`.
    func events(_ id: String) -> [String] {
        history(id).stdout.split(separator: "\n").drop { !$0.hasPrefix("run ") }.dropFirst()
            .map { $0.split(separator: " ", omittingEmptySubsequences: true)[2] }.map(String.init)
    }
}
