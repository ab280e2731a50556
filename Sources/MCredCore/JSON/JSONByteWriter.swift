/// Writes JSON straight into a byte buffer: the hot path of document generation.
///
/// Pretty output is byte-identical in layout to Python's
/// `json.dumps(obj, indent=2, ensure_ascii=False)` (two-space indent, `"key": value`, `,` at line
/// ends, `[]`/`{}` for empty containers, no trailing newline), so golden files can be produced or
/// checked with Python. Compact output has no whitespace at all: `{"a":1,"b":[1,2]}`.
///
/// The caller drives the structure (`beginObject`, `key`, values, `endObject`) and is trusted to
/// keep it well formed: a key before every object value, balanced begins and ends. Strings are
/// escaped like Python does (`"`, `\`, `\n` `\r` `\t` `\b` `\f`, other control characters as
/// lowercase `\u00xx`; `/`, DEL and non-ASCII are written raw as UTF-8). Nothing allocates per
/// call except buffer growth; call ``reset()`` to reuse the buffer for the next record.
public struct JSONByteWriter: Sendable {
    /// Everything written so far.
    public private(set) var bytes: [UInt8]
    /// Whether output is indented (Python `indent=2` layout) or compact.
    public let pretty: Bool
    /// How many containers are open.
    public private(set) var depth = 0
    /// No value has been written yet in the innermost open container.
    private var atContainerStart = true
    /// A key was just written, so the next value follows it on the same line without a separator.
    private var afterKey = false
    /// `"\n"` followed by enough spaces for the deepest indent so far; sliced, never rebuilt per call.
    private var newlineAndIndent: [UInt8]
    /// The renderer's fragments (values rendered once and spliced in again), kept with the buffer
    /// so each writer, one per thread, has its own and no lock is needed.
    var fragmentCache = CredentialFragmentCache()

    /// A writer whose buffer starts with room for `initialCapacity` bytes.
    public init(pretty: Bool, initialCapacity: Int = 4096) {
        self.pretty = pretty
        bytes = []
        bytes.reserveCapacity(max(0, initialCapacity))
        newlineAndIndent = [0x0A] + [UInt8](repeating: 0x20, count: pretty ? 64 : 0)
    }

    /// Empties the buffer, keeping its capacity, and forgets any open containers.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        startDocument()
    }

    /// Starts a new top-level value after what the buffer holds (several documents in one buffer).
    public mutating func startDocument() {
        depth = 0
        atContainerStart = true
        afterKey = false
    }

    /// Appends one byte outside the JSON structure (a document's line end).
    public mutating func appendRaw(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Returns the buffer and goes on writing into `replacement`, emptied but keeping its capacity.
    public mutating func exchangeBuffer(_ replacement: [UInt8]) -> [UInt8] {
        var next = replacement
        next.removeAll(keepingCapacity: true)
        swap(&bytes, &next)
        startDocument()
        return next
    }

    // MARK: Structure

    public mutating func beginObject() {
        prepareForValue()
        bytes.append(UInt8(ascii: "{"))
        depth += 1
        atContainerStart = true
    }

    public mutating func endObject() {
        endContainer(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        prepareForValue()
        bytes.append(UInt8(ascii: "["))
        depth += 1
        atContainerStart = true
    }

    public mutating func endArray() {
        endContainer(UInt8(ascii: "]"))
    }

    /// Writes an object key with its separator and indent before it and `: ` (or `:`) after it.
    public mutating func key(_ k: String) {
        afterKey = false
        prepareForEntry()
        appendQuoted(k)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    /// Writes a key written in the source as a literal, copying its bytes without the escape scan:
    /// such keys are plain names (a debug build checks that nothing in them needs escaping).
    public mutating func literalKey(_ k: StaticString) {
        afterKey = false
        prepareForEntry()
        let name = UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount)
        assert(Self.firstEscapeIndex(name.baseAddress!, from: 0, count: name.count) == name.count, "JSONByteWriter: key needs escaping")
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: name)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    // MARK: Values

    public mutating func string(_ s: String) {
        prepareForValue()
        appendQuoted(s)
    }

    /// `prefix` and `s` as one string; `prefix` is a literal that needs no escaping (a debug build checks).
    public mutating func string(_ s: String, after prefix: StaticString) {
        guard prefix.utf8CodeUnitCount > 0 else { return string(s) }
        prepareForValue()
        let start = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        assert(Self.firstEscapeIndex(start.baseAddress!, from: 0, count: start.count) == start.count, "JSONByteWriter: prefix needs escaping")
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: start)
        appendQuoted(s, opened: true)
    }

    /// A string whose bytes `write` appends between the quotes, unescaped: for text made here that
    /// never needs escaping (a UUID), written without building a `String` first.
    mutating func verbatimString(_ write: (inout [UInt8]) -> Void) {
        prepareForValue()
        bytes.append(UInt8(ascii: "\""))
        write(&bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes `raw` verbatim as a number; the caller guarantees it is a valid JSON number
    /// (e.g. the text kept by ``JSONParser``).
    public mutating func number(_ raw: String) {
        prepareForValue()
        bytes.append(contentsOf: raw.utf8)
    }

    /// Writes an integer in decimal without going through `String`.
    public mutating func integer(_ i: Int) {
        prepareForValue()
        if i < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = i.magnitude
        let firstDigit = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10))
            magnitude /= 10
        } while magnitude != 0
        bytes[firstDigit...].reverse()
    }

    public mutating func bool(_ b: Bool) {
        prepareForValue()
        if b {
            appendLiteral("true")
        } else {
            appendLiteral("false")
        }
    }

    public mutating func null() {
        prepareForValue()
        appendLiteral("null")
    }

    /// Splices pre-rendered JSON in as one value, verbatim. The bytes must be one valid JSON value;
    /// they are not re-indented, so in pretty mode multi-line fragments must already carry the
    /// indentation of where they land (scalars and compact fragments are always fine).
    public mutating func rawValue(_ bytes: some Sequence<UInt8>) {
        prepareForValue()
        self.bytes.append(contentsOf: bytes)
    }

    /// A writer for one value that will be spliced in here with ``splice(_:)``: it writes exactly
    /// the bytes this writer would (pretty layout too), since it starts at this depth, after the
    /// separator and indent that ``splice(_:)`` writes.
    func fragmentWriter() -> JSONByteWriter {
        var part = JSONByteWriter(pretty: pretty, initialCapacity: 512)
        part.depth = depth
        part.afterKey = true
        return part
    }

    /// Writes a value after a key with `write`, returning where its bytes are, so that
    /// ``repeatValue(_:)`` can write them again (a node that appears twice in one document).
    mutating func writtenValue(_ write: (inout JSONByteWriter) -> Void) -> WrittenValue {
        precondition(afterKey, "JSONByteWriter.writtenValue: only a key's value has no separator before it")
        let start = bytes.count, valueDepth = depth
        write(&self)
        return WrittenValue(range: start..<bytes.count, depth: valueDepth)
    }

    /// Whether ``repeatValue(_:)`` here gives the bytes a fresh write would: always in compact
    /// layout, at the same depth in pretty layout (the indent differs otherwise).
    func canRepeat(_ value: WrittenValue) -> Bool {
        !pretty || value.depth == depth
    }

    /// Writes the bytes of an earlier value again.
    mutating func repeatValue(_ value: WrittenValue) {
        splice(Array(bytes[value.range]))
    }

    /// Writes one value from bytes made by a ``fragmentWriter()`` at the same depth.
    mutating func splice(_ fragment: [UInt8]) {
        prepareForValue()
        bytes.append(contentsOf: fragment)
        atContainerStart = false
        afterKey = false
    }

    /// Writes a parsed or built tree (numbers keep their text; object members keep their order).
    public mutating func value(_ node: JSONNode) {
        switch node.value {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let raw): number(raw)
        case .string(let s): string(s)
        case .array(let elements):
            beginArray()
            for element in elements { value(element) }
            endArray()
        case .object(let members):
            beginObject()
            for member in members {
                key(member.key)
                value(member.value)
            }
            endObject()
        }
    }

    /// The bytes of `node` rendered on its own.
    public static func render(_ node: JSONNode, pretty: Bool) -> [UInt8] {
        var writer = JSONByteWriter(pretty: pretty)
        writer.value(node)
        return writer.bytes
    }

    // MARK: Layout

    /// Before a value: nothing after a key, otherwise a separator and (pretty) a fresh indented line.
    @inline(__always) private mutating func prepareForValue() {
        if afterKey {
            afterKey = false
        } else {
            prepareForEntry()
        }
    }

    /// Before an array element or object key: `,` unless first, then newline and indent when pretty.
    @inline(__always) private mutating func prepareForEntry() {
        guard depth > 0 else { return }
        if atContainerStart {
            atContainerStart = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        if pretty { appendNewline(indent: depth) }
    }

    private mutating func endContainer(_ close: UInt8) {
        assert(depth > 0, "JSONByteWriter: end without a matching begin")
        depth = max(0, depth - 1)
        // Python writes empty containers as `[]`/`{}` and puts a non-empty one's close on its own line.
        if !atContainerStart && pretty { appendNewline(indent: depth) }
        bytes.append(close)
        atContainerStart = false
        afterKey = false
    }

    private mutating func appendNewline(indent level: Int) {
        let length = 1 + 2 * level
        if length > newlineAndIndent.count {
            newlineAndIndent.append(contentsOf: repeatElement(0x20, count: length - newlineAndIndent.count + 64))
        }
        bytes.append(contentsOf: newlineAndIndent[0..<length])
    }

    @inline(__always) private mutating func appendLiteral(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    // MARK: String escaping

    /// Writes `s` quoted and escaped. Copies runs that need no escaping in one go; an 8-byte
    /// word scan finds the next byte to escape, so typical strings are a scan plus one copy.
    /// `s` escaped and quoted; with `opened`, the opening quote is already written.
    private mutating func appendQuoted(_ s: String, opened: Bool = false) {
        // Native Swift strings are contiguous UTF-8, so this borrows them without copying;
        // only bridged or otherwise foreign strings take the copying path.
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { utf8 in appendQuoted(utf8, opened: opened) }
        if done == nil {
            var copy = s
            copy.withUTF8 { utf8 in appendQuoted(utf8, opened: opened) }
        }
    }

    private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>, opened: Bool = false) {
        if !opened { bytes.append(UInt8(ascii: "\"")) }
        guard let base = utf8.baseAddress else {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        let count = utf8.count
        var runStart = 0
        var i = 0
        while true {
            i = Self.firstEscapeIndex(base, from: i, count: count)
            if i > runStart { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart)) }
            guard i < count else { break }
            appendEscape(for: base[i])
            i += 1
            runStart = i
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Index of the first byte at or after `start` that needs escaping, or `count` if none.
    @inline(__always)
    private static func firstEscapeIndex(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        var i = start
        while count - i >= 8 {
            let mask = escapeMask(UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)))
            if mask != 0 { return i + mask.trailingZeroBitCount >> 3 }
            i += 8
        }
        // Fewer than 8 bytes left: one overlapping word covers them when the string is long enough.
        if i < count && count >= 8 {
            let tail = count - 8
            let mask = escapeMask(UInt64(littleEndian: UnsafeRawPointer(base + tail).loadUnaligned(as: UInt64.self)))
            // Ignore flags for bytes before `i` (already known clean).
            let fresh = mask >> UInt64((i - tail) * 8)
            if fresh == 0 { return count }
            return i + fresh.trailingZeroBitCount >> 3
        }
        while i < count {
            let byte = base[i]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return i }
            i += 1
        }
        return count
    }

    /// SWAR over 8 bytes (little-endian order): the high bit of each byte that is `"`, `\` or
    /// below 0x20 is set; the lowest set bit is exact (later ones may be spurious borrows).
    @inline(__always) static func escapeMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let hasQuote = (quotes &- ones) & ~quotes
        let hasBackslash = (backslashes &- ones) & ~backslashes
        let hasControl = (word &- ones &* 0x20) & ~word
        return (hasQuote | hasBackslash | hasControl) & highs
    }

    /// The escape Python's `json` writes for a byte below 0x20, `"` or `\`.
    private mutating func appendEscape(for byte: UInt8) {
        let short: UInt8
        switch byte {
        case UInt8(ascii: "\""): short = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): short = UInt8(ascii: "\\")
        case 0x0A: short = UInt8(ascii: "n")
        case 0x0D: short = UInt8(ascii: "r")
        case 0x09: short = UInt8(ascii: "t")
        case 0x08: short = UInt8(ascii: "b")
        case 0x0C: short = UInt8(ascii: "f")
        default:
            let hex: StaticString = "0123456789abcdef"
            appendLiteral("\\u00")
            bytes.append(hex.utf8Start[Int(byte >> 4)])
            bytes.append(hex.utf8Start[Int(byte & 0x0F)])
            return
        }
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(short)
    }
}

/// Where a value is in a writer's buffer (``JSONByteWriter/writtenValue(_:)``).
struct WrittenValue {
    var range: Range<Int>
    var depth: Int
}
