/// Renders diagnostics compiler-style, one line each.
public enum DiagnosticRenderer {
    /// `file:line:column` (column omitted when unknown).
    public static func render(_ location: SourceLocation) -> String {
        var text = "\(location.file):\(location.line)"
        if let column = location.column { text += ":\(column)" }
        return text
    }

    /// `file:line:col: error: [rule-id] message`, with ANSI colour when asked.
    public static func render(_ diagnostic: Diagnostic, color: Bool = false) -> String {
        var text = ""
        if let location = diagnostic.location { text += render(location) + ": " }
        let severity = diagnostic.severity.rawValue
        if color {
            let code = switch diagnostic.severity {
            case .error: "\u{1B}[1;31m"
            case .warning: "\u{1B}[1;35m"
            case .note: "\u{1B}[1;36m"
            }
            text += "\(code)\(severity):\u{1B}[0m "
        } else {
            text += "\(severity): "
        }
        // One diagnostic, one line: a raw value with a line break must not split it.
        var message = diagnostic.message
        if message.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            message = message.replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")
                .replacingOccurrences(of: "\r", with: "\\r")
        }
        text += "[\(diagnostic.ruleID)] \(message)"
        // The column header or XML path, unless the message already quotes it: a line number alone
        // does not say which of forty columns to fix.
        if let field = diagnostic.location?.field, !field.isEmpty, !diagnostic.message.contains("'\(field)'") {
            text += " (field '\(field)')"
        }
        return text
    }
}
