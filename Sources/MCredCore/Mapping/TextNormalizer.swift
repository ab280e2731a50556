/// Normalises free text, e-mail addresses, URLs and lists of learning outcomes.
public enum TextNormalizer {
    /// Trimmed, NFC; nil when nothing is left or the cell holds only a dash (how spreadsheets say "none").
    /// `NA`, `N/A` and `null` are data, not blanks: NA is Namibia.
    public static func text(_ raw: String) -> String? {
        let text = raw.trimmingSpaces
        if text.isEmpty || text == "-" || text == "–" || text == "—" { return nil }
        return text.nfc
    }

    /// `mailto:` IRI for a plausible address (`local@domain.tld`, no spaces), else nil.
    public static func email(_ raw: String) -> String? {
        var text = raw.trimmingSpaces
        if text.lowercased().hasPrefix("mailto:") { text.removeFirst(7) }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."), !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
        else { return nil }
        return "mailto:" + text
    }

    /// An absolute http(s) URL without spaces, else nil.
    public static func url(_ raw: String) -> String? {
        let text = raw.trimmingSpaces
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), text.count > 8,
            !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
        else { return nil }
        return text
    }

    /// Separate outcomes from one text: one per line, bullet marks (`-`, `*`, `•`, `1.`, `a)`) removed.
    /// Inline bullets (`• a • b`) split too. With `separator`, only that separator splits.
    public static func outcomes(_ raw: String, separator: String? = nil) -> [String] {
        var pieces: [Substring]
        if let separator, !separator.isEmpty {
            pieces = raw.split(separator: separator).map { $0[...] }
        } else {
            pieces = raw.split(whereSeparator: \.isNewline)
            pieces = pieces.flatMap { line in line.split(separator: "•").map { $0[...] } }
        }
        return pieces.compactMap { piece in
            let item = stripBullet(String(piece).trimmingSpaces)
            return text(item)
        }
    }

    private static func stripBullet(_ line: String) -> String {
        let text = Substring(line)
        let marks: Set<Character> = ["-", "*", "•", "–", "—", "·", "○", "▪", "◦", "‣", "+"]
        if let first = text.first, marks.contains(first) {
            return String(text.dropFirst()).trimmingSpaces
        }
        // "1." "1)" "a)" "iv." numbering
        if let marker = text.firstIndex(where: { $0 == "." || $0 == ")" }), marker > text.startIndex {
            let label = text[..<marker]
            let after = text.index(after: marker)
            let isNumber = label.count <= 3 && label.allSatisfy(\.isNumber)
            let isLetter = label.count == 1 && label.allSatisfy(\.isLetter) && text[marker] == ")"
            if (isNumber || isLetter), after == text.endIndex || text[after] == " " {
                return String(text[after...]).trimmingSpaces
            }
        }
        return line
    }
}
