/// The output formats of `mcred validate`.
public enum ValidationFormat: String, Sendable, CaseIterable {
    /// Compiler-style lines: `file:line:col: error: [rule-id] message (field '$.path')`.
    case text
    /// The `convert --report` shape (``ReportCollector``).
    case json
    /// JUnit XML: one testcase per credential, for CI test tabs.
    case junit
    /// SARIF 2.1.0, for code-scanning views.
    case sarif
    /// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
    case github
}

/// Writes validation results as they come, in one of the ``ValidationFormat``s, to a file (atomically)
/// or standard output (`-`). Call ``write(_:)`` per credential, then ``finish(_:)`` once.
public protocol ValidationReportWriter: AnyObject {
    func write(_ result: CredentialCheckResult) throws(MCredError)
    func finish(_ summary: CredentialValidationSummary) throws(MCredError)
    /// Drops a partly written file (the run stopped).
    func abandon()
}

public enum ValidationReports {
    /// A writer for `format` to `path` (`-` = standard output). `includeNotes: false` leaves out notes
    /// (the absent optional elements); `color` applies to `text` only. `profileRules` are the rule ids
    /// the active profile can emit, for formats that list their rules up front (SARIF).
    public static func writer(
        _ format: ValidationFormat, to path: String, includeNotes: Bool = true, color: Bool = false,
        strict: Bool = false, profileRules: [String] = []
    ) throws(MCredError) -> any ValidationReportWriter {
        if format == .json { return JSONValidationReportWriter(path: path, includeNotes: includeNotes, strict: strict) }
        let output: any ReportOutput = path == "-" ? StandardOutputReport() : try AtomicFile(path: path)
        switch format {
        case .text: return LineReportWriter(output: output, includeNotes: includeNotes) { DiagnosticRenderer.render($0, color: color) }
        case .github: return LineReportWriter(output: output, includeNotes: includeNotes, line: GitHubAnnotations.render)
        case .json: return JSONValidationReportWriter(path: path, includeNotes: includeNotes, strict: strict)
        case .junit: return try JUnitReportWriter(output: output, includeNotes: includeNotes)
        case .sarif: return SARIFReportWriter(output: output, includeNotes: includeNotes, extraRules: profileRules)
        }
    }

    /// The rule ids `mcred validate` emits by itself, with a one-line description each (SARIF lists them).
    public static let rules: [(id: String, description: String)] = [
        ("missing-mandatory-element", "A mandatory element of Annex I of the EU Council Recommendation on micro-credentials is missing"),
        ("missing-optional-element", "An optional Annex I element is absent"),
        ("unknown-term", "A key is not a term of the declared JSON-LD contexts: expansion drops it"),
        ("unknown-context", "A declared JSON-LD context has no pinned copy: keys are not checked against it"),
        ("missing-context", "The credential declares no JSON-LD @context"),
        ("context-conflict", "A context redefines a term another protects: strict JSON-LD 1.1 expansion fails"),
        ("concept-without-scheme", "A concept has no inScheme"),
        ("concept-scheme-mismatch", "A concept is not in the EU controlled list for its property"),
        ("misplaced-eqf-level", "eqfLevel is on a node that is not a Qualification"),
        ("invalid-date", "A date is not an ISO 8601 xsd:dateTime"),
        ("date-without-offset", "A date-time has no time zone"),
        ("invalid-duration", "A duration is not an ISO 8601 xsd:duration"),
        ("invalid-number", "A credit point is not a number"),
        ("number-not-string", "A credit point is a JSON number where ELM types it as a string"),
        ("not-a-credential", "The JSON value is not a credential object"),
        ("invalid-payload", "A sealed credential's payload is not a JSON credential"),
        ("invalid-json", "The file or line is not JSON"),
        ("unreadable-input", "The file cannot be read"),
    ]
}

/// One line per diagnostic (text and GitHub annotations), written as the results come.
final class LineReportWriter: ValidationReportWriter {
    private let output: any ReportOutput
    private let includeNotes: Bool
    private let line: (Diagnostic) -> String
    private var buffer: [UInt8] = []

    init(output: any ReportOutput, includeNotes: Bool, line: @escaping (Diagnostic) -> String) {
        self.output = output
        self.includeNotes = includeNotes
        self.line = line
    }

    func write(_ result: CredentialCheckResult) throws(MCredError) {
        for diagnostic in result.diagnostics where includeNotes || diagnostic.severity != .note {
            buffer += Array(line(diagnostic).utf8)
            buffer.append(0x0A)
        }
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws(MCredError) {
        guard !buffer.isEmpty else { return }
        try output.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func finish(_ summary: CredentialValidationSummary) throws(MCredError) {
        try flush()
        try output.commit()
    }

    func abandon() { (output as? AtomicFile)?.discard() }
}

/// The `convert --report` shape: credentials are the records, passed ones are "written", failed and
/// unreadable ones "rejected".
final class JSONValidationReportWriter: ValidationReportWriter {
    private let collector = ReportCollector()
    private let path: String
    private let includeNotes: Bool

    init(path: String, includeNotes: Bool, strict: Bool) {
        self.path = path
        self.includeNotes = includeNotes
    }

    func write(_ result: CredentialCheckResult) throws(MCredError) {
        for diagnostic in result.diagnostics where includeNotes || diagnostic.severity != .note { collector.emit(diagnostic) }
    }

    func finish(_ summary: CredentialValidationSummary) throws(MCredError) {
        var report = ConversionSummary()
        report.records = summary.credentials
        report.written = summary.passed
        report.rejected = summary.failed + summary.unreadable
        report.errorCount = summary.errorCount
        report.warningCount = summary.warningCount
        report.noteCount = summary.noteCount
        try collector.write(summary: report, to: path)
    }

    func abandon() {}
}

/// GitHub Actions workflow commands. Escaping as the runner expects: in the message `%`, CR and LF;
/// in property values also `:` and `,`.
public enum GitHubAnnotations {
    public static func render(_ diagnostic: Diagnostic) -> String {
        let command = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
        var properties: [String] = []
        if let location = diagnostic.location {
            properties.append("file=" + escapeProperty(location.file))
            properties.append("line=\(location.line)")
            if let column = location.column { properties.append("col=\(column)") }
        }
        properties.append("title=" + escapeProperty("mcred " + diagnostic.ruleID))
        var message = diagnostic.message
        if let field = diagnostic.location?.field, !field.isEmpty { message += " (at \(field))" }
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    public static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default:
                // Other control characters (escape sequences in hostile data) are shown, not sent.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += DiagnosticRenderer.visible(String(scalar))
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    public static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
