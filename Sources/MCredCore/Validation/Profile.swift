import Foundation

/// A set of extra rules a credential must meet beyond Annex I (`--profile eu|ugent|FILE`),
/// read from `Schemas/profiles/*.json` or a user's file of the same shape.
public struct Profile: Sendable {
    public enum Check: String, Sendable, CaseIterable {
        case lessThan = "less-than"
        case atMost = "at-most"
        case greaterThan = "greater-than"
        case atLeast = "at-least"
        /// The part must have a value (a profile may make an optional element mandatory).
        case required
    }

    public struct Rule: Sendable {
        public var id: String
        public var part: PartID
        public var check: Check
        public var value: Double?
        public var severity: Diagnostic.Severity
        public var code: String
        public var message: String

        /// nil when `number` meets a numeric rule; else the relation it breaks ("must be below").
        public func failure(for number: Double) -> String? {
            guard let limit = value else { return nil }
            switch check {
            case .lessThan: return number < limit ? nil : "must be below"
            case .atMost: return number <= limit ? nil : "must be at most"
            case .greaterThan: return number > limit ? nil : "must be above"
            case .atLeast: return number >= limit ? nil : "must be at least"
            case .required: return nil
            }
        }

        /// The limit as written in messages: `60`, `2.5`.
        public var formattedLimit: String {
            guard let value else { return "" }
            return value == value.rounded() ? String(Int(value)) : String(value)
        }
    }

    public var id: String
    public var name: String
    public var rules: [Rule]

    /// Loads a built-in profile by name, or a profile file by path.
    public static func load(_ nameOrPath: String) throws(MCredError) -> Profile {
        if let text = SchemaCatalog.embeddedFile("profiles/\(nameOrPath).json") {
            return try parse(Array(text.utf8), file: "Schemas/profiles/\(nameOrPath).json")
        }
        guard let data = FileManager.default.contents(atPath: nameOrPath) else {
            let known = SchemaCatalog.embeddedNames(in: "profiles").joined(separator: ", ")
            throw MCredError(.badConfiguration, "unknown profile '\(nameOrPath)': not a built-in profile (\(known)) nor a readable file")
        }
        return try parse(Array(data), file: nameOrPath)
    }

    public static func parse(_ bytes: [UInt8], file: String, depth: Int = 0) throws(MCredError) -> Profile {
        func fail(_ message: String, _ node: JSONNode) -> MCredError {
            MCredError(.badConfiguration, message, at: SourceLocation(file: file, line: node.line, column: node.column))
        }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw MCredError(.badConfiguration, "profile is not valid JSON: \(error.message)",
                             at: SourceLocation(file: file, line: error.line, column: error.column))
        }
        guard let id = root["id"]?.stringValue else { throw fail("a profile needs an \"id\" string", root) }
        var profile = Profile(id: id, name: root["name"]?.stringValue ?? id, rules: [])
        if let parent = root["extends"] {
            guard let parentName = parent.stringValue, depth < 8 else {
                throw fail("\"extends\" must name a profile (and profiles may not extend each other in a loop)", parent)
            }
            profile.rules = try load(parentName).rules
        }
        for node in root["rules"]?.arrayValue ?? [] {
            guard let ruleID = node["id"]?.stringValue else { throw fail("a rule needs an \"id\"", node) }
            guard let partName = node["part"]?.stringValue, let part = PartID(qualifiedName: partName) else {
                throw fail("rule '\(ruleID)': \"part\" must name an element part such as \"workload.ects\"", node)
            }
            guard let checkName = node["check"]?.stringValue, let check = Check(rawValue: checkName) else {
                let known = Check.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail("rule '\(ruleID)': \"check\" must be one of \(known)", node)
            }
            let value = node["value"]?.numberText.flatMap(Double.init)
            if check != .required, value == nil {
                throw fail("rule '\(ruleID)': \"\(checkName)\" needs a numeric \"value\"", node)
            }
            let severityName = node["severity"]?.stringValue ?? "error"
            guard let severity = Diagnostic.Severity(rawValue: severityName) else {
                throw fail("rule '\(ruleID)': severity must be error, warning or note", node)
            }
            profile.rules.append(Rule(
                id: ruleID, part: part, check: check, value: value, severity: severity,
                code: node["code"]?.stringValue ?? (check == .required ? "missing-profile-element" : "out-of-range"),
                message: node["message"]?.stringValue ?? ruleID))
        }
        return profile
    }
}
