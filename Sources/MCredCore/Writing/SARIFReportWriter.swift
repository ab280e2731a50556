/// SARIF 2.1.0 for code-scanning views: one run, `tool.driver.rules` listing every rule id mcred can
/// emit (known before the first result, so results stream out as they come), one result per
/// diagnostic with its file and line (`physicalLocation.region.startLine`, `startColumn` when known),
/// its JSON path as a logical location and the raw value in `properties.value`.
final class SARIFReportWriter: ValidationReportWriter {
    static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    private let output: any ReportOutput
    private let includeNotes: Bool
    private let ruleIndex: [String: Int]
    private let rules: [(id: String, description: String)]
    private var buffer: [UInt8] = []
    private var first = true
    private var started = false

    init(output: any ReportOutput, includeNotes: Bool, extraRules: [String]) {
        self.output = output
        self.includeNotes = includeNotes
        var rules = ValidationReports.rules
        for id in extraRules.sorted() where !rules.contains(where: { $0.id == id }) {
            rules.append((id, "A rule of the active profile (--profile)"))
        }
        self.rules = rules
        var index: [String: Int] = [:]
        for (position, rule) in rules.enumerated() { index[rule.id] = position }
        ruleIndex = index
    }

    private func header() -> [UInt8] {
        var w = JSONByteWriter(pretty: false, initialCapacity: 4096)
        w.beginArray()
        for rule in rules {
            w.beginObject()
            w.field("id", rule.id)
            w.key("shortDescription")
            w.beginObject()
            w.field("text", rule.description)
            w.endObject()
            w.endObject()
        }
        w.endArray()
        let text = """
            {
              "$schema": "\(Self.schema)",
              "version": "2.1.0",
              "runs": [
                {
                  "tool": {"driver": {"name": "mcred", "informationUri": "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=celex:32022H0627(02)", "rules": \(String(decoding: w.bytes, as: UTF8.self))}},
                  "results": [

            """
        return Array(text.utf8)
    }

    func write(_ result: CredentialCheckResult) throws(MCredError) {
        if !started {
            buffer += header()
            started = true
        }
        for diagnostic in result.diagnostics where includeNotes || diagnostic.severity != .note {
            if !first { buffer += [0x2C, 0x0A] }
            first = false
            buffer += [0x20, 0x20, 0x20, 0x20, 0x20, 0x20]
            buffer += render(diagnostic)
        }
        if buffer.count >= 1 << 16 {
            try output.write(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    func render(_ diagnostic: Diagnostic) -> [UInt8] {
        var w = JSONByteWriter(pretty: false, initialCapacity: 512)
        w.beginObject()
        w.field("ruleId", diagnostic.ruleID)
        if let index = ruleIndex[diagnostic.ruleID] {
            w.key("ruleIndex")
            w.integer(index)
        }
        w.field("level", diagnostic.severity.rawValue)
        w.key("message")
        w.beginObject()
        w.field("text", diagnostic.message)
        w.endObject()
        if let location = diagnostic.location {
            w.key("locations")
            w.beginArray()
            w.beginObject()
            w.key("physicalLocation")
            w.beginObject()
            w.key("artifactLocation")
            w.beginObject()
            w.field("uri", Self.uri(location.file))
            w.endObject()
            w.key("region")
            w.beginObject()
            w.key("startLine")
            w.integer(max(1, location.line))
            if let column = location.column {
                w.key("startColumn")
                w.integer(max(1, column))
            }
            w.endObject()
            w.endObject()
            if let field = location.field, !field.isEmpty {
                w.key("logicalLocations")
                w.beginArray()
                w.beginObject()
                w.field("fullyQualifiedName", field)
                w.field("kind", "member")
                w.endObject()
                w.endArray()
            }
            w.endObject()
            w.endArray()
        }
        w.key("properties")
        w.beginObject()
        if let value = diagnostic.value { w.field("value", value) }
        if let element = diagnostic.element { w.field("element", element) }
        if let record = diagnostic.record {
            w.key("record")
            w.integer(record)
        }
        w.endObject()
        w.endObject()
        return w.bytes
    }

    func finish(_ summary: CredentialValidationSummary) throws(MCredError) {
        if !started { buffer += header() }
        buffer += Array("\n      ]\n    }\n  ]\n}\n".utf8)
        try output.write(buffer)
        try output.commit()
    }

    func abandon() { (output as? AtomicFile)?.discard() }

    /// A relative URI reference for a path: unreserved characters and `/` kept, the rest percent-encoded
    /// (`DigiComp Generic.json` → `DigiComp%20Generic.json`); `<stdin>` becomes `stdin`.
    static func uri(_ path: String) -> String {
        if path == "<stdin>" { return "stdin" }
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x2E, 0x5F, 0x7E, 0x2F: out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = Array("0123456789ABCDEF")
                out += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
            }
        }
        return out
    }
}
