/// The literal forms ELM types its values with: xsd:dateTime for dates, xsd:duration for workloads
/// and a decimal number for credit points. Byte-level checks, no regular expressions (they run on
/// every date of every credential).
enum LiteralFormats {
    /// How a date-time text falls short.
    enum DateTimeProblem: Equatable {
        /// Not `YYYY-MM-DDThh:mm:ss[.s][Z|±hh:mm]`, or not a real date or time.
        case invalid
        /// A calendar date without a time: ISO 8601, but not an xsd:dateTime.
        case dateOnly
        /// A valid date-time without `Z` or an offset: readers guess the time zone.
        case noOffset
    }

    /// nil when `text` is an xsd:dateTime with a time-zone offset.
    static func dateTimeProblem(_ text: String) -> DateTimeProblem? {
        let b = Array(text.utf8)
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= b.count else { return nil }
            var value = 0
            for i in start..<(start + count) {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                value = value * 10 + Int(b[i] - 0x30)
            }
            return value
        }
        guard let year = digits(0, 4), b.count >= 10, b[4] == 0x2D, let month = digits(5, 2), b[7] == 0x2D,
              let day = digits(8, 2), ISODate(year: year, month: month, day: day) != nil
        else { return .invalid }
        if b.count == 10 { return .dateOnly }
        guard b[10] == 0x54, let hour = digits(11, 2), b.count >= 19, b[13] == 0x3A, let minute = digits(14, 2),
              b[16] == 0x3A, let second = digits(17, 2), minute < 60, second < 60,
              hour < 24 || (hour == 24 && minute == 0 && second == 0)
        else { return .invalid }
        var i = 19
        if i < b.count, b[i] == 0x2E {
            i += 1
            let start = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            if i == start { return .invalid }
        }
        if i == b.count { return .noOffset }
        if b[i] == 0x5A { return i + 1 == b.count ? nil : .invalid }
        guard b[i] == 0x2B || b[i] == 0x2D, i + 6 == b.count, let offsetHours = digits(i + 1, 2), b[i + 3] == 0x3A,
              let offsetMinutes = digits(i + 4, 2), offsetMinutes < 60,
              offsetHours < 14 || (offsetHours == 14 && offsetMinutes == 0)
        else { return .invalid }
        return nil
    }

    /// Whether `text` is an xsd:duration: `-?PnYnMnDTnHnMnS` with at least one component, only the
    /// seconds fractional, and `T` only before a time component (`PT60H`, `P1M`, `P2DT12H`).
    static func isDuration(_ text: String) -> Bool {
        var b = Array(text.utf8)[...]
        if b.first == 0x2D { b = b.dropFirst() }
        guard b.first == 0x50 else { return false }
        b = b.dropFirst()
        var inTime = false
        var components = 0
        var lastOrder = -1
        let dateDesignators: [UInt8] = [0x59, 0x4D, 0x44]  // Y M D
        let timeDesignators: [UInt8] = [0x48, 0x4D, 0x53]  // H M S
        var sawTimeComponent = false
        while let first = b.first {
            if first == 0x54 {  // T
                guard !inTime else { return false }
                inTime = true
                lastOrder = -1
                b = b.dropFirst()
                continue
            }
            var count = 0
            var fraction = false
            while let byte = b.first, (byte >= 0x30 && byte <= 0x39) || byte == 0x2E {
                if byte == 0x2E {
                    guard !fraction, count > 0 else { return false }
                    fraction = true
                }
                count += 1
                b = b.dropFirst()
            }
            guard count > 0, let designator = b.first else { return false }
            b = b.dropFirst()
            let order = (inTime ? timeDesignators : dateDesignators).firstIndex(of: designator) ?? -1
            guard order > lastOrder else { return false }
            if fraction && !(inTime && designator == 0x53) { return false }
            lastOrder = order
            components += 1
            if inTime { sawTimeComponent = true }
        }
        return components > 0 && (!inTime || sawTimeComponent)
    }

    /// The value of a decimal number text (`2`, `4.5`); nil for `4,5`, `two`, `1e3` or an empty text.
    static func decimal(_ text: String) -> Double? {
        var digits = 0
        var dot = false
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case 0x30...0x39: digits += 1
            case 0x2E where !dot && digits > 0: dot = true
            case 0x2D where index == 0, 0x2B where index == 0: continue
            default: return nil
            }
        }
        guard digits > 0, text.utf8.last != 0x2E else { return nil }
        return Double(text)
    }

    /// The whole hours of a `PTnH` duration, for profile limits on `workload.hours`.
    static func hours(ofDuration text: String) -> Double? {
        guard text.hasPrefix("PT"), text.hasSuffix("H") else { return nil }
        return decimal(String(text.dropFirst(2).dropLast()))
    }
}
