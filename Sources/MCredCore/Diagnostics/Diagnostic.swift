/// A problem found while reading, mapping, validating or writing, as data.
///
/// Recoverable problems are emitted as diagnostics and the run goes on; only fatal ones are thrown
/// (see ``MCredError``). A diagnostic renders compiler-style:
/// `export.csv:17:4: error: [missing-mandatory-element] record 16 (learner 0123): awarding-body is empty`.
public struct Diagnostic: Sendable, Hashable {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// Stable kebab-case rule id, e.g. `missing-mandatory-element`.
    public var ruleID: String
    public var message: String
    public var location: SourceLocation?
    /// 1-based record number within its file, when the problem belongs to one record.
    public var record: Int?
    /// The EU element id (`awarding-body`) or field the problem is about.
    public var element: String?
    /// The raw value that caused the problem, exactly as read.
    public var value: String?

    public init(
        _ severity: Severity, _ ruleID: String, _ message: String,
        at location: SourceLocation? = nil, record: Int? = nil, element: String? = nil, value: String? = nil
    ) {
        self.severity = severity
        self.ruleID = ruleID
        self.message = message
        self.location = location
        self.record = record
        self.element = element
        self.value = value
    }

    public static func error(
        _ ruleID: String, _ message: String, at location: SourceLocation? = nil,
        record: Int? = nil, element: String? = nil, value: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, ruleID, message, at: location, record: record, element: element, value: value)
    }

    public static func warning(
        _ ruleID: String, _ message: String, at location: SourceLocation? = nil,
        record: Int? = nil, element: String? = nil, value: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, ruleID, message, at: location, record: record, element: element, value: value)
    }

    public static func note(
        _ ruleID: String, _ message: String, at location: SourceLocation? = nil,
        record: Int? = nil, element: String? = nil, value: String? = nil
    ) -> Diagnostic {
        Diagnostic(.note, ruleID, message, at: location, record: record, element: element, value: value)
    }
}

/// A 1-based position in an input file. `column` is a 1-based field number for CSV and a
/// character column for JSON and XML; `field` names the CSV header or XML path when known.
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int?
    public var field: String?

    public init(file: String, line: Int, column: Int? = nil, field: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return (lhs.column ?? 0) < (rhs.column ?? 0)
    }
}

extension Diagnostic {
    /// Orders diagnostics by file, line, column, then rule id and message, so reports are deterministic.
    public static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (l?, r?) where l != r: return l < r
        case (nil, _?): return true
        case (_?, nil): return false
        default: break
        }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        if (lhs.element ?? "") != (rhs.element ?? "") { return (lhs.element ?? "") < (rhs.element ?? "") }
        return lhs.message < rhs.message
    }
}
