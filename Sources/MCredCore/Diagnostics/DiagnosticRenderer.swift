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
        text += "[\(diagnostic.ruleID)] \(visible(diagnostic.message))"
        // The column header or XML path, unless the message already quotes it: a line number alone
        // does not say which of forty columns to fix.
        if let field = diagnostic.location?.field, !field.isEmpty, !diagnostic.message.contains("'\(field)'") {
            text += " (field '\(visible(field))')"
        }
        return text
    }

    /// One diagnostic, one line, and nothing a terminal obeys: line breaks in a raw value become
    /// `\n` and `\r`, other control characters (an escape sequence in hostile data, a NUL) `\u{1B}`.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if isControl(scalar) {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
