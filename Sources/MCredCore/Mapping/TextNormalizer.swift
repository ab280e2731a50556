/// Normalises free text, e-mail addresses, URLs and lists of learning outcomes.
public enum TextNormalizer {
    /// Trimmed, NFC; nil when nothing is left or the cell holds only a dash (how spreadsheets say "none").
    /// `NA`, `N/A` and `null` are data, not blanks: NA is Namibia.
    public static func text(_ raw: String) -> String? {
        let text = raw.trimmingSpaces
        if text.isEmpty || text == "-" || text == "–" || text == "—" { return nil }
        return text.nfc
    }

    /// Whether ``text(_:)`` gives a value, without building it: plain ASCII is checked byte by
    /// byte (anything but spaces and a lone `-`); other text asks ``text(_:)``.
    public static func hasText(_ raw: String) -> Bool {
        var first: UInt8 = 0, count = 0
        for byte in raw.utf8 {
            if byte >= 0x80 { return text(raw) != nil }
            // The ASCII bytes `trimmingSpaces` strips: space, tab, line feed, vertical tab, form feed, return.
            if byte == 0x20 || (0x09...0x0D).contains(byte) { continue }
            if count == 0 { first = byte }
            count += 1
            if count > 1 { return true }
        }
        return count == 1 && first != UInt8(ascii: "-")
    }

    /// `mailto:` IRI for a plausible address (`local@domain.tld`, no spaces), else nil.
    public static func email(_ raw: String) -> String? {
        if let fast = asciiEmail(raw) { return fast }
        var text = raw.trimmingSpaces
        if text.lowercased().hasPrefix("mailto:") { text.removeFirst(7) }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."), !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
        else { return nil }
        return "mailto:" + text
    }

    /// The common case without walking Characters: a plain ASCII `local@domain.tld`, nothing to
    /// trim, no `mailto:`. Anything else (or anything this rejects) takes the general path, which
    /// decides the same way for these inputs.
    private static func asciiEmail(_ raw: String) -> String? {
        var at = -1, lastDot = -1, index = 0
        var previous: UInt8 = 0
        for byte in raw.utf8 {
            switch byte {
            case UInt8(ascii: "@"):
                guard at < 0, index > 0 else { return nil }
                at = index
            case UInt8(ascii: "."):
                guard at < 0 || index > at + 1 else { return nil }  // the domain starts with a dot
                if at >= 0 { lastDot = index }
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "+"):
                break
            default:
                return nil
            }
            previous = byte
            index += 1
        }
        // A dot in the domain, which neither starts nor ends with it.
        guard at > 0, lastDot > at + 1, previous != UInt8(ascii: ".") else { return nil }
        return "mailto:" + raw
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
