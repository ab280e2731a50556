/// Parses dates as registrars write them and keeps them as calendar dates.
///
/// Accepted without a pattern: ISO `yyyy-MM-dd` (a time or zone that follows is ignored, never
/// applied: `2006-09-01Z` is 1 September), day-first `dd/MM/yyyy`, `dd-MM-yyyy`, `dd.MM.yyyy`,
/// `yyyy/MM/dd`, `yyyyMMdd`, and spreadsheet serial numbers (10000–99999). With a pattern
/// (`datePattern` in the mapping, ELMO's `dtf` attribute) only that pattern is accepted.
public enum DateNormalizer {
    public enum Outcome: Equatable {
        case date(ISODate)
        /// A year, or a year with a term name (`2012 Høst`): a period, not a date.
        case period
        case invalid(reason: String)
    }

    public static func parse(_ raw: String, pattern: String? = nil) -> Outcome {
        let text = raw.trimmingSpaces
        let bytes = Array(text.utf8)
        if let pattern, !pattern.isEmpty {
            if let date = parse(bytes, pattern: Array(pattern.utf8)) { return .date(date) }
            return .invalid(reason: "does not match the date pattern '\(pattern)'")
        }
        if let date = parseISO(bytes) { return .date(date) }
        if let date = parseDayFirst(bytes) { return .date(date) }
        if let date = parseYearFirstSlash(bytes) { return .date(date) }
        if bytes.count == 8, bytes.allSatisfy(isDigit), let date = parse(bytes, pattern: Array("yyyyMMdd".utf8)) {
            return .date(date)
        }
        if let serial = spreadsheetSerial(bytes) {
            if let date = ISODate.fromSpreadsheetSerial(serial) { return .date(date) }
        }
        if isPeriod(text) { return .period }
        return .invalid(reason: "is not a date (expected yyyy-MM-dd or dd/MM/yyyy)")
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 4 else { return nil }
        var value = 0
        for byte in bytes {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// `yyyy-MM-dd` followed by nothing, a zone (`Z`, `+02:00`) or a time (`T…`, ` …`, `'T'…`).
    private static func parseISO(_ b: [UInt8]) -> ISODate? {
        guard b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
            let year = number(b[0..<4]), let month = number(b[5..<7]), let day = number(b[8..<10])
        else { return nil }
        if b.count > 10 {
            let next = b[10]
            let allowed: [UInt8] = Array("TtZz+- '".utf8)
            guard allowed.contains(next) else { return nil }
        }
        return ISODate(year: year, month: month, day: day)
    }

    /// `d/M/yyyy`, `dd-MM-yyyy`, `dd.MM.yyyy`, with one separator used twice, optionally a time after.
    private static func parseDayFirst(_ b: [UInt8]) -> ISODate? {
        let separators: [UInt8] = [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ".")]
        guard let first = b.firstIndex(where: { separators.contains($0) }), first >= 1, first <= 2 else { return nil }
        let separator = b[first]
        guard let second = b[(first + 1)...].firstIndex(of: separator), second - first - 1 >= 1,
            second - first - 1 <= 2
        else { return nil }
        var end = second + 1
        while end < b.count, isDigit(b[end]) { end += 1 }
        guard end - second - 1 == 4 else { return nil }
        if end < b.count, b[end] != UInt8(ascii: " "), b[end] != UInt8(ascii: "T") { return nil }
        guard let day = number(b[0..<first]), let month = number(b[(first + 1)..<second]),
            let year = number(b[(second + 1)..<end])
        else { return nil }
        return ISODate(year: year, month: month, day: day)
    }

    /// `yyyy/MM/dd` or `yyyy.MM.dd`.
    private static func parseYearFirstSlash(_ b: [UInt8]) -> ISODate? {
        guard b.count == 10, b[4] == b[7], b[4] == UInt8(ascii: "/") || b[4] == UInt8(ascii: "."),
            let year = number(b[0..<4]), let month = number(b[5..<7]), let day = number(b[8..<10])
        else { return nil }
        return ISODate(year: year, month: month, day: day)
    }

    /// A spreadsheet serial date such as `41782` or `43456.58` (the time of day is dropped).
    /// Only five-digit serials (1927–2173) count, so a year or a grade is never read as a date.
    private static func spreadsheetSerial(_ b: [UInt8]) -> Int? {
        var integerEnd = b.count
        if let dot = b.firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }) {
            guard dot + 1 < b.count, b[(dot + 1)...].allSatisfy(isDigit) else { return nil }
            integerEnd = dot
        }
        guard integerEnd == 5, b[0] != UInt8(ascii: "0"), b[0..<5].allSatisfy(isDigit) else { return nil }
        return b[0..<5].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// A year alone or a year with a term word: `2012`, `2012 Høst`, `2012 Syksy`, `F99`-like codes are not.
    private static func isPeriod(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "-" })
        guard let first = words.first, first.count == 4, first.allSatisfy(\.isNumber) else { return false }
        return words.dropFirst().allSatisfy { word in word.allSatisfy { $0.isLetter } }
    }

    /// Whether a pattern names a year, a month and a day, with no letters besides `y`, `M`, `d`.
    public static func isValidPattern(_ pattern: String) -> Bool {
        let letters = pattern.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.allSatisfy { "yMd".unicodeScalars.contains($0) }
            && ["y", "M", "d"].allSatisfy { pattern.contains($0) }
    }

    /// Java-style patterns: `yyyy`, `yy`, `MM`, `M`, `dd`, `d`; other characters are literal.
    /// Anything after the pattern is allowed only when it starts with a space or `T` (a time).
    static func parse(_ b: [UInt8], pattern p: [UInt8]) -> ISODate? {
        var year: Int?, month: Int?, day: Int?
        var i = 0, j = 0
        while j < p.count {
            let token = p[j]
            var run = 1
            while j + run < p.count, p[j + run] == token { run += 1 }
            switch token {
            case UInt8(ascii: "y"), UInt8(ascii: "M"), UInt8(ascii: "d"):
                let maxDigits = token == UInt8(ascii: "y") ? (run == 2 ? 2 : 4) : 2
                let minDigits = run == 1 ? 1 : (token == UInt8(ascii: "y") && run != 2 ? 4 : 2)
                var digits = 0, value = 0
                while i < b.count, digits < maxDigits, isDigit(b[i]) {
                    value = value * 10 + Int(b[i] - 0x30)
                    i += 1
                    digits += 1
                }
                guard digits >= minDigits else { return nil }
                if token == UInt8(ascii: "y") {
                    year = run == 2 ? 2000 + value : value
                } else if token == UInt8(ascii: "M") {
                    month = value
                } else {
                    day = value
                }
            case UInt8(ascii: "'"):
                // Quoted literal, as in `yyyy-MM-dd'T'HH:mm`: the date part has ended.
                j = p.count
                run = 0
                continue
            default:
                for _ in 0..<run {
                    guard i < b.count, b[i] == token else { return nil }
                    i += 1
                }
            }
            j += run
        }
        if i < b.count, b[i] != UInt8(ascii: " "), b[i] != UInt8(ascii: "T"), b[i] != UInt8(ascii: "'") {
            return nil
        }
        guard let year, let month, let day else { return nil }
        return ISODate(year: year, month: month, day: day)
    }
}
