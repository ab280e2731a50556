#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The tokenizer behind ``CSVRowReader``: splits decoded UTF-8 in one growable buffer into rows.
///
/// A row is parsed only when all of it is in the buffer, so every field is one contiguous slice
/// and becomes a `String` with a single `String(decoding:as:)` (doubled quotes go through a small
/// scratch array). When the buffer ends mid-row the parse answers `.needMore`; the reader moves
/// the partial row to the front, reads more and parses the row again from its start. That
/// re-scan happens once per buffer refill, so it costs about one row per 64 KiB.
///
/// It is a struct so that the hot loop touches plain stored properties (no class exclusivity
/// checks); the owning class calls its mutating methods.
struct CSVScanner {
    enum Step {
        case row(CSVRow)
        case needMore
        case end
        /// A field passed `maxFieldBytes`; the row must be skipped (see ``beginSkipping``).
        /// `start` is the field's first byte in the buffer.
        case oversized(column: Int, line: Int, start: Int)
    }

    /// State of the slow byte-by-byte pass that skips the rest of a row with an oversized field.
    struct SkipState {
        var inQuotes = false
        var quotePending = false
        var atFieldStart = true
        var previousCR = false
        var column = 1
        var quoteLine = 0
    }

    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")

    // Buffer: bytes [pos, end) are decoded but not yet consumed; storage[0] is at baseOffset.
    private(set) var storage: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    var pos = 0
    var end = 0
    var baseOffset = 0
    /// The decoder has nothing more to give.
    var atEnd = false
    /// Physical line (1-based) of the byte at `pos`.
    var line = 1
    /// The last row ended with CR at the end of the buffer; an LF first in the next chunk is its pair.
    var skipLF = false
    var skipping: SkipState?

    var delimiter = UInt8(ascii: ",")
    var quote = UInt8(ascii: "\"")
    /// The delimiter and quote repeated in all eight bytes, for the word-at-a-time scan.
    private var delimiterWord: UInt64 = 0
    private var quoteWord: UInt64 = 0
    private static let lfWord = 0x0101_0101_0101_0101 &* UInt64(lf)
    private static let crWord = 0x0101_0101_0101_0101 &* UInt64(cr)

    /// High bit set in each zero byte of `x` (exact for the lowest one; higher ones may be false).
    @inline(__always)
    private static func zeroBytes(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }
    /// 256 flags: non-zero for the bytes that end an unquoted run (delimiter, CR, LF, quote).
    private let specials: UnsafeMutablePointer<UInt8>
    let maxFieldBytes: Int
    /// A row (all its fields, delimiters and line breaks) longer than this is skipped.
    let maxRecordBytes: Int
    let sourceName: String
    let diagnostics: any DiagnosticSink

    var fields: [String] = []
    /// Unescaped bytes of a quoted field with doubled quotes.
    var scratch: [UInt8] = []
    /// Diagnostics of the row being parsed; emitted only once the row is complete, because a
    /// `.needMore` restart parses the same row again.
    var pendingDiagnostics: [Diagnostic] = []

    init(capacity: Int, maxFieldBytes: Int, maxRecordBytes: Int = .max, sourceName: String, diagnostics: any DiagnosticSink) {
        let capacity = max(capacity, Self.minimumRoom)
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
        specials = .allocate(capacity: 256)
        specials.initialize(repeating: 0, count: 256)
        self.maxFieldBytes = maxFieldBytes
        self.maxRecordBytes = maxRecordBytes
        self.sourceName = sourceName
        self.diagnostics = diagnostics
    }

    /// Frees the buffers; the owner calls this from its `deinit`.
    func deallocate() {
        storage.deallocate()
        specials.deallocate()
    }

    mutating func configure(_ dialect: CSVDialect) {
        delimiter = dialect.delimiter
        quote = dialect.quote
        delimiterWord = 0x0101_0101_0101_0101 &* UInt64(dialect.delimiter)
        quoteWord = 0x0101_0101_0101_0101 &* UInt64(dialect.quote)
        specials.update(repeating: 0, count: 256)
        for byte in [dialect.delimiter, dialect.quote, Self.lf, Self.cr] { specials[Int(byte)] = 1 }
    }

    /// The least free room ``makeRoom()`` leaves (the decoder needs a few characters' worth).
    static let minimumRoom = 32

    /// Moves the unconsumed bytes to the front, and doubles the buffer when they fill more than
    /// half of it (so a long row is re-scanned O(1) times per byte overall). Returns the free room.
    mutating func makeRoom() -> (UnsafeMutablePointer<UInt8>, Int) {
        let keep = end - pos
        if pos > 0 {
            if keep > 0 { memmove(storage, storage + pos, keep) }
            baseOffset += pos
            pos = 0
            end = keep
        }
        while capacity - end < max(capacity / 2, Self.minimumRoom) {
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            bigger.initialize(from: storage, count: end)
            storage.deallocate()
            storage = bigger
            capacity *= 2
        }
        return (storage + end, capacity - end)
    }

    /// The physical line at `end`: the line at `pos` plus the line breaks inside the partial row
    /// (all of them are inside quotes, since an unquoted one would have ended the row).
    func lineAtEnd() -> Int {
        line + Self.lineBreaks(storage + pos, count: end - pos)
    }

    // MARK: - Rows

    /// Parses the next row from the buffer.
    mutating func nextRow() -> Step {
        let base = storage
        let e = end
        var p = pos
        if skipLF {
            if p == e { return atEnd ? .end : .needMore }
            if base[p] == Self.lf { p += 1 }
            skipLF = false
        }
        // Blank lines are never rows, but they are lines.
        while p < e {
            let c = base[p]
            if c == Self.lf {
                line += 1
                p += 1
            } else if c == Self.cr {
                line += 1
                p += 1
                if p == e {
                    skipLF = true
                } else if base[p] == Self.lf {
                    p += 1
                }
            } else {
                break
            }
        }
        pos = p
        if p == e { return atEnd ? .end : .needMore }

        let rowStart = p
        let rowLine = line
        var currentLine = line
        fields.removeAll(keepingCapacity: true)
        pendingDiagnostics.removeAll(keepingCapacity: true)
        while true {
            let column = fields.count + 1
            let fieldLine = currentLine
            if p < e && base[p] == quote {
                switch quotedField(from: p, column: column, line: fieldLine) {
                case .field(let next, let lineBreaks):
                    p = next
                    currentLine += lineBreaks
                case .needMore:
                    return .needMore
                case .oversized:
                    return .oversized(column: column, line: fieldLine, start: p)
                }
            } else {
                // Unquoted: run to the next delimiter or line break. A quote here is data.
                let fieldStart = p
                var sawQuote = false
                while true {
                    // Eight bytes at a time: the lowest byte equal to any special one (exact for
                    // the lowest match, which is all we need).
                    while p + 8 <= e {
                        let word = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
                        let hits = Self.zeroBytes(word ^ delimiterWord) | Self.zeroBytes(word ^ quoteWord)
                            | Self.zeroBytes(word ^ Self.lfWord) | Self.zeroBytes(word ^ Self.crWord)
                        if hits != 0 {
                            p += hits.trailingZeroBitCount >> 3
                            break
                        }
                        p += 8
                    }
                    while p < e && specials[Int(base[p])] == 0 { p += 1 }
                    if p < e && base[p] == quote {
                        sawQuote = true
                        p += 1
                        continue
                    }
                    break
                }
                if p - fieldStart > maxFieldBytes { return .oversized(column: column, line: fieldLine, start: fieldStart) }
                if p == e && !atEnd { return .needMore }
                let field = String(decoding: UnsafeBufferPointer(start: base + fieldStart, count: p - fieldStart), as: UTF8.self)
                if sawQuote {
                    pendingDiagnostics.append(.warning(
                        "csv-stray-quote", "quote character inside an unquoted field; kept as data",
                        at: location(fieldLine, column), value: field))
                }
                fields.append(field)
            }
            // p is at a delimiter, a line break, or the end of the input.
            if p == e { break }
            let c = base[p]
            p += 1
            if c == delimiter { continue }
            currentLine += 1
            if c == Self.cr {
                if p == e {
                    skipLF = true
                } else if base[p] == Self.lf {
                    p += 1
                }
            }
            break
        }
        pos = p
        line = currentLine
        for diagnostic in pendingDiagnostics { diagnostics.emit(diagnostic) }
        return .row(CSVRow(fields: fields, line: rowLine, byteOffset: baseOffset + rowStart))
    }
}
