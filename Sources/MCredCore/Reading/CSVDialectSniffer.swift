/// Guesses the delimiter of a CSV file from a sample of its start.
///
/// Counting raw characters is not enough: Dutch and German exports are `;`-separated and carry
/// unquoted commas in text (`M Beleid, Communicatie en Organisatie`), and quoted cells can hold
/// any delimiter and even line breaks. So, for each candidate, the sample is split into records
/// the way the tokenizer would split it (quotes open only at the start of a field), and the
/// candidate's count per record is taken. The winner is the candidate whose most common count
/// is non-zero and shared by the largest fraction of records; ties go to the larger count, then
/// to the order `,` `;` TAB `|`.
public enum CSVDialectSniffer {
    /// How much of the decoded input the reader samples.
    public static let sampleSize = 64 << 10
    /// The delimiters considered, in order of preference on a tie.
    public static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]

    /// How well one candidate delimiter fits the sample.
    public struct Score: Sendable, Equatable {
        public var delimiter: UInt8
        /// Non-blank records in the sample.
        public var records: Int
        /// The most common number of delimiters per record.
        public var modalCount: Int
        /// Records whose count equals ``modalCount``.
        public var consistentRecords: Int
        /// Records with at least one delimiter.
        public var recordsWithDelimiter: Int

        /// Fraction of records that have the modal count.
        public var consistency: Double { records == 0 ? 0 : Double(consistentRecords) / Double(records) }
    }

    /// The dialect for `sample` (UTF-8). `isComplete` says the sample is the whole input, so its
    /// last line is a full record rather than a cut-off one.
    public static func sniff(_ sample: UnsafeBufferPointer<UInt8>, isComplete: Bool, quote: UInt8 = UInt8(ascii: "\"")) -> CSVDialect {
        let all = scores(sample, isComplete: isComplete, quote: quote)
        let ranked = all.enumerated().filter { $0.element.modalCount > 0 }.max { a, b in
            // Compare consistentRecords / records exactly, without floating point.
            let left = a.element.consistentRecords * b.element.records
            let right = b.element.consistentRecords * a.element.records
            if left != right { return left < right }
            if a.element.modalCount != b.element.modalCount { return a.element.modalCount < b.element.modalCount }
            return a.offset > b.offset // earlier candidate wins
        }
        if let best = ranked { return CSVDialect(delimiter: best.element.delimiter, quote: quote) }
        // No candidate is typical of the records: take the one that occurs on most of them.
        let fallback = all.enumerated().max { a, b in
            if a.element.recordsWithDelimiter != b.element.recordsWithDelimiter {
                return a.element.recordsWithDelimiter < b.element.recordsWithDelimiter
            }
            return a.offset > b.offset
        }
        if let fallback, fallback.element.recordsWithDelimiter > 0 {
            return CSVDialect(delimiter: fallback.element.delimiter, quote: quote)
        }
        return CSVDialect(delimiter: UInt8(ascii: ","), quote: quote)
    }

    /// Convenience for tests and callers holding an array.
    public static func sniff(_ sample: [UInt8], isComplete: Bool = true, quote: UInt8 = UInt8(ascii: "\"")) -> CSVDialect {
        sample.withUnsafeBufferPointer { sniff($0, isComplete: isComplete, quote: quote) }
    }

    /// Every candidate's score, in ``candidates`` order.
    public static func scores(_ sample: UnsafeBufferPointer<UInt8>, isComplete: Bool, quote: UInt8 = UInt8(ascii: "\"")) -> [Score] {
        candidates.map { delimiter in
            let counts = recordCounts(sample, delimiter: delimiter, quote: quote, isComplete: isComplete)
            var frequency: [Int: Int] = [:]
            for count in counts { frequency[count, default: 0] += 1 }
            let mode = frequency.max { a, b in a.value != b.value ? a.value < b.value : a.key < b.key }
            return Score(
                delimiter: delimiter, records: counts.count, modalCount: mode?.key ?? 0,
                consistentRecords: mode?.value ?? 0, recordsWithDelimiter: counts.count { $0 > 0 })
        }
    }

    /// Delimiters per non-blank record, splitting records as the tokenizer does for `delimiter`.
    static func recordCounts(_ sample: UnsafeBufferPointer<UInt8>, delimiter: UInt8, quote: UInt8, isComplete: Bool) -> [Int] {
        var counts: [Int] = []
        var inQuotes = false
        var atFieldStart = true
        var hasContent = false
        var count = 0
        var i = 0
        let n = sample.count
        while i < n {
            let c = sample[i]
            i += 1
            if inQuotes {
                if c == quote {
                    if i < n && sample[i] == quote { i += 1 } else { inQuotes = false }
                }
                continue
            }
            if c == 0x0A || c == 0x0D {
                if hasContent { counts.append(count) }
                count = 0
                hasContent = false
                atFieldStart = true
                continue
            }
            hasContent = true
            if c == delimiter {
                count += 1
                atFieldStart = true
            } else {
                if c == quote && atFieldStart { inQuotes = true }
                atFieldStart = false
            }
        }
        // The last record counts only if the sample is the whole input and it is not cut off
        // inside quotes; a single over-long record is still better than nothing.
        if hasContent && ((isComplete && !inQuotes) || counts.isEmpty) { counts.append(count) }
        return counts
    }
}
