/// Streams credential files through a ``CredentialChecker``: each credential is read, checked and
/// handed to the caller before the next is read, so memory is bounded by the largest single
/// credential (plus, for a `.json` file, that file), never by the number of credentials.
///
/// ```swift
/// let validator = CredentialValidator(checker: CredentialChecker(profile: try Profile.load("eu")))
/// let summary = try validator.run(["credentials/"]) { result in
///     // one CredentialCheckResult per credential, in input order
/// }
/// ```
///
/// A file that cannot be opened or parsed yields one result with outcome `.unreadable` (its parse
/// error, with line and column, is the diagnostic) and the run goes on with the next file or line.
/// `handle` may throw to stop the run (an output that cannot be written); nothing else throws.
public struct CredentialValidator: Sendable {
    public var checker: CredentialChecker

    public init(checker: CredentialChecker) {
        self.checker = checker
    }

    public func run(
        _ arguments: [String], handle: (CredentialCheckResult) throws(MCredError) -> Void
    ) throws(MCredError) -> CredentialValidationSummary {
        var summary = CredentialValidationSummary()
        for input in CredentialInputs.expand(arguments) {
            summary.files += 1
            do {
                try read(input, summary: &summary, handle: handle)
            } catch where error.kind == .unreadableInput {
                let result = Self.unreadable(
                    input.displayName, record: 1,
                    .error("unreadable-input", error.message, at: SourceLocation(file: input.displayName, line: 1)))
                summary.count(result)
                try handle(result)
            }
        }
        return summary
    }

    private func read(
        _ input: CredentialInputs.Input, summary: inout CredentialValidationSummary,
        handle: (CredentialCheckResult) throws(MCredError) -> Void
    ) throws(MCredError) {
        func deliver(_ result: CredentialCheckResult) throws(MCredError) {
            summary.count(result)
            try handle(result)
        }
        let source = try FileByteSource(path: input.path)
        let lines = LineReader(source)
        var layout = input.layout
        var consumed: [(number: Int, line: ArraySlice<UInt8>)] = []
        if layout == .sniffed {
            layout = .document
            while let line = try lines.next() {
                consumed.append((lines.lineNumber, line))
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                if (try? parse(line, lineOffset: lines.lineNumber - 1)) != nil { layout = .lines }
                break
            }
        }
        switch layout {
        case .lines, .sniffed:
            var record = 0
            var pending = consumed[...]
            while true {
                let number: Int, line: ArraySlice<UInt8>
                if let first = pending.popFirst() {
                    (number, line) = first
                } else if let next = try lines.next() {
                    (number, line) = (lines.lineNumber, next)
                } else {
                    break
                }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                record += 1
                let parsed = Result { () throws(JSONParseError) -> JSONNode in try parse(line, lineOffset: number - 1) }
                switch parsed {
                case .success(let node): try deliver(checker.check(node, file: input.displayName, record: record))
                case .failure(let error):
                    try deliver(Self.unreadable(input.displayName, record: record, Self.invalidJSON(error, file: input.displayName, record: record)))
                }
            }
        case .document:
            let bytes = try lines.rest(after: consumed.map(\.line))
            let root: JSONNode
            do {
                root = try JSONParser.parse(bytes)
            } catch {
                try deliver(Self.unreadable(input.displayName, record: 1, Self.invalidJSON(error, file: input.displayName, record: 1)))
                return
            }
            if let elements = root.arrayValue {
                for (index, element) in elements.enumerated() {
                    try deliver(checker.check(element, file: input.displayName, record: index + 1))
                }
            } else {
                try deliver(checker.check(root, file: input.displayName, record: 1))
            }
        }
    }

    private func parse(_ line: ArraySlice<UInt8>, lineOffset: Int) throws(JSONParseError) -> JSONNode {
        let result = line.withUnsafeBytes { raw in
            Result { () throws(JSONParseError) -> JSONNode in try JSONParser.parse(raw, lineOffset: lineOffset) }
        }
        return try result.get()
    }

    static func invalidJSON(_ error: JSONParseError, file: String, record: Int) -> Diagnostic {
        .error("invalid-json", "not JSON: \(error.message)", at: SourceLocation(file: file, line: error.line, column: error.column), record: record)
    }

    static func unreadable(_ file: String, record: Int, _ diagnostic: Diagnostic) -> CredentialCheckResult {
        CredentialCheckResult(file: file, line: diagnostic.location?.line ?? 1, record: record, diagnostics: [diagnostic], outcome: .unreadable)
    }
}

/// Counts of a validation run.
public struct CredentialValidationSummary: Sendable, Equatable {
    /// Files (or standard input) read.
    public var files = 0
    /// Credentials checked, plus unreadable files and lines.
    public var credentials = 0
    public var passed = 0
    public var failed = 0
    /// Files, lines or payloads that could not be read as JSON.
    public var unreadable = 0
    public var errorCount = 0
    public var warningCount = 0
    public var noteCount = 0

    public init() {}

    public mutating func count(_ result: CredentialCheckResult) {
        credentials += 1
        switch result.outcome {
        case .passed: passed += 1
        case .failed: failed += 1
        case .unreadable: unreadable += 1
        }
        for diagnostic in result.diagnostics {
            switch diagnostic.severity {
            case .error: errorCount += 1
            case .warning: warningCount += 1
            case .note: noteCount += 1
            }
        }
    }
}
