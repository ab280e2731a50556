/// Escaping of values from the data for each report format, so that a hostile export can inject
/// neither markup, script nor spreadsheet formulas. Every value that comes from an input goes
/// through one of these; labels mcred writes itself need not.
public enum ReportEscaping {
    /// Text and attribute values in HTML or SVG: `& < > " '` become character references, and
    /// control characters (which XML forbids in SVG) become spaces.
    public static func html(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
                    out += " "
                } else if isBidiControl(scalar) {
                    // A right-to-left override in a title would show "evil" as "live".
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Embedding, override and isolate controls: they reorder the text that follows them.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Markdown (GitHub's flavour, in a table cell or a line): every ASCII punctuation character that
    /// makes inline markup is backslash-escaped (`|` in particular, which would end a cell; `:` and
    /// `@` so no link or mention is made), a leading `#`, `-`, `+`, `=` or digit-dot cannot start a
    /// block, `&`, `<` and `>` become character references so no HTML or entity survives, and line
    /// breaks become spaces.
    public static func markdown(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "(", ")", "{", "}", "!", "|", "~", ":", "@", "$":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "#", "-", "+", "=", ".":
                // Block markers only matter first (or after a leading number: `1.`).
                if out.isEmpty || (scalar == "." && out.allSatisfy(\.isNumber)) { out += "\\" }
                out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += " "
                } else if isBidiControl(scalar) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// One CSV cell per RFC 4180, neutralised for spreadsheets: a cell starting with `=`, `+`, `-`,
    /// `@`, TAB or CR would be read as a formula (OWASP "CSV injection"), so it gets a leading `'`;
    /// a cell with a comma, quote or line break is quoted, quotes doubled.
    public static func csv(_ text: String) -> String {
        var cell = text
        if let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            cell = "'" + cell
        }
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return cell }
        return "\"" + cell.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// Replaces every `target` character, without Foundation.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
