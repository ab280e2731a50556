/// Parses credit points, hours and EQF levels as registrars write them.
public enum NumberNormalizer {
    /// Units that may follow a number of credits (`6 ECTS`, `6 SP`, `6 LP`) and are dropped.
    private static let creditUnits: Set<String> = [
        "ects", "ectscredits", "credits", "credit", "cr", "sp", "studiepunten", "studiepunt", "lp",
        "leistungspunkte", "ectspunkte", "creditsects", "credits ects", "op", "hp", "stp",
    ]
    /// Units that may follow a number of hours.
    private static let hourUnits: Set<String> = ["h", "hr", "hrs", "hour", "hours", "uur", "uren", "heures", "stunden", "std"]

    /// A non-negative decimal in canonical form: `4,5` → `4.5`, `10.000` → `10`, `07` → `7`.
    /// A decimal comma is always accepted: credits are never written with thousands separators.
    public static func decimal(_ raw: String, allowedUnits: Set<String>) -> String? {
        var text = raw.trimmingSpaces
        if let space = text.lastIndex(of: " ") {
            let unit = MatchKey.make(String(text[text.index(after: space)...]))
            if allowedUnits.contains(unit) { text = String(text[..<space]).trimmingSpaces }
        }
        var integer: [UInt8] = []
        var fraction: [UInt8] = []
        var seenSeparator = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if seenSeparator { fraction.append(byte) } else { integer.append(byte) }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                guard !seenSeparator else { return nil }
                seenSeparator = true
            case UInt8(ascii: "+"):
                guard integer.isEmpty, !seenSeparator else { return nil }
            case UInt8(ascii: "-"):
                // Negative numbers parse so the validator can say "out of range" rather than "not a number".
                guard integer.isEmpty, !seenSeparator, text.utf8.first == byte else { return nil }
                integer.append(byte)
            default:
                return nil
            }
        }
        let negative = integer.first == UInt8(ascii: "-")
        if negative { integer.removeFirst() }
        guard !integer.isEmpty || !fraction.isEmpty else { return nil }
        while integer.count > 1, integer.first == UInt8(ascii: "0") { integer.removeFirst() }
        if integer.isEmpty { integer = [UInt8(ascii: "0")] }
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        var result = String(decoding: integer, as: UTF8.self)
        if !fraction.isEmpty { result += "." + String(decoding: fraction, as: UTF8.self) }
        if negative && result != "0" { result = "-" + result }
        return result
    }

    public static func credits(_ raw: String) -> String? { decimal(raw, allowedUnits: creditUnits) }

    /// Hours as an xsd:duration (`100` → `PT100H`, `1,5` → `PT1H30M`); an xsd:duration is kept as is.
    public static func hours(_ raw: String) -> String? {
        let text = raw.trimmingSpaces
        if text.hasPrefix("P"), text.count > 2, text.dropFirst().allSatisfy({ "0123456789.TYMDHS".contains($0) }) {
            return text
        }
        guard let value = decimal(text, allowedUnits: hourUnits), !value.hasPrefix("-") else { return nil }
        let parts = value.split(separator: ".", maxSplits: 1)
        let hours = String(parts[0])
        guard parts.count == 2 else { return "PT\(hours)H" }
        // xsd:duration allows a fraction only on seconds, so 1.5 hours is PT1H30M.
        let fraction = Double("0." + parts[1]) ?? 0
        let totalSeconds = Int((fraction * 3600).rounded())
        var result = "PT"
        if hours != "0" { result += "\(hours)H" }
        if totalSeconds / 60 > 0 { result += "\(totalSeconds / 60)M" }
        if totalSeconds % 60 > 0 { result += "\(totalSeconds % 60)S" }
        return result == "PT" ? "PT0H" : result
    }

    /// The level number in `6`, `VI`, `EQF 6`, `Level 6`, `niveau 6`, `EQF-niveau VI`, `DQR-Niveau 6`.
    /// The number may be outside 1–8: range is the validator's business. The level must stand alone
    /// at the end, after nothing but level words: `-1`, `6.0` or `level 1-2` are no level, rather
    /// than level 1, 60 or 12.
    public static func eqfLevel(_ raw: String) -> Int? {
        let text = raw.trimmingSpaces.lowercased()
        // The level: a trailing run of digits, or a trailing roman numeral after a separator.
        var level = Substring(text)
        var prefix = Substring("")
        if let start = text.lastIndex(where: { !($0.isASCII && $0.isNumber) }) {
            let digits = text[text.index(after: start)...]
            if !digits.isEmpty {
                level = digits
                prefix = text[...start]
            } else if let space = text.lastIndex(where: { separators.contains($0) }) {
                level = text[text.index(after: space)...]
                prefix = text[...space]
            }
        }
        let value: Int?
        if !level.isEmpty, level.allSatisfy({ $0.isASCII && $0.isNumber }), level.count <= 3 {
            value = Int(level)
        } else {
            value = romans[String(level)]
        }
        guard let value else { return nil }
        // What comes before must be level words only, with at least one word if there is anything.
        let words = prefix.split(whereSeparator: { separators.contains($0) })
        if !prefix.isEmpty && words.isEmpty { return nil }
        guard words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return nil }
        var key = MatchKey.make(words.joined(separator: " "))
        var changed = true
        while changed {
            changed = false
            for word in levelWords where key.hasPrefix(word) {
                key.removeFirst(word.count)
                changed = true
            }
        }
        return key.isEmpty ? value : nil
    }

    private static let separators: Set<Character> = [" ", "-", "_", ":", "\u{A0}"]
    private static let romans: [String: Int] = ["i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8]
    private static let levelWords = ["eqfniveau", "niveaucec", "niveaueqf", "eqflevel", "eqrniveau", "dqrniveau", "level", "niveau",
                                     "stufe", "eqf", "eqr", "dqr", "cec", "kwalificatieniveau", "nlqf", "vks"]
}
