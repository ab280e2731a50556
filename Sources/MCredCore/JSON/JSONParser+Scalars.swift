// Strings, numbers and literals for JSONParserState. Every read is bounds-checked against `end`
// before it happens, and no arithmetic here can overflow (offsets never exceed the buffer size).

extension JSONParserState {
    // MARK: Strings

    /// Reads a string; `pos` is at the opening quote and ends after the closing one.
    ///
    /// Fast path: look 8 bytes at a time for the first quote, backslash, control or non-ASCII
    /// byte, validate any multi-byte sequences in place, and decode the slice once. Only a string
    /// with an escape falls back to building its bytes in `scratch`.
    mutating func parseString() throws(JSONParseError) -> String {
        let quote = pos
        let start = pos + 1
        var p = start
        while true {
            if end - p >= 8 {
                let mask = Self.attentionMask(UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)))
                if mask == 0 {
                    p += 8
                    continue
                }
                p += mask.trailingZeroBitCount >> 3
            } else {
                while p < end {
                    let byte = base[p]
                    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
                    p += 1
                }
                guard p < end else { throw failure("unterminated string", at: quote) }
            }
            let byte = base[p]
            if byte == UInt8(ascii: "\"") {
                pos = p + 1
                return String(decoding: UnsafeBufferPointer(start: base + start, count: p - start), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                return try parseEscapedString(contentStart: start, firstEscape: p, quote: quote)
            }
            if byte < 0x20 { throw failure(Self.controlCharacterMessage(byte), at: p) }
            p += try validateUTF8Sequence(at: p)
        }
    }

    /// SWAR over 8 bytes (little-endian order): the high bit of each byte that is `"`, `\`,
    /// below 0x20 or at least 0x80 is set. Bytes after the first such byte may be flagged
    /// spuriously (borrows), but the lowest set bit is always exact, which is all callers use.
    @inline(__always) static func attentionMask(_ word: UInt64) -> UInt64 {
        JSONByteWriter.escapeMask(word) | (word & 0x8080_8080_8080_8080)
    }

    /// The slow path: `firstEscape` is the first backslash; bytes before it are copied as they are.
    mutating func parseEscapedString(contentStart: Int, firstEscape: Int, quote: Int) throws(JSONParseError) -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(start: base + contentStart, count: firstEscape - contentStart))
        var p = firstEscape
        var runStart = p
        while p < end {
            let byte = base[p]
            if byte == UInt8(ascii: "\"") {
                scratch.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: p - runStart))
                pos = p + 1
                return String(decoding: scratch, as: UTF8.self)
            } else if byte == UInt8(ascii: "\\") {
                scratch.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: p - runStart))
                p = try decodeEscape(at: p, quote: quote)
                runStart = p
            } else if byte < 0x20 {
                throw failure(Self.controlCharacterMessage(byte), at: p)
            } else if byte >= 0x80 {
                p += try validateUTF8Sequence(at: p)
            } else {
                p += 1
            }
        }
        throw failure("unterminated string", at: quote)
    }

    /// Appends the meaning of the escape at `p` (a backslash) to `scratch`; returns the offset after it.
    mutating func decodeEscape(at p: Int, quote: Int) throws(JSONParseError) -> Int {
        guard end - p >= 2 else { throw failure("unterminated string", at: quote) }
        let letter = base[p + 1]
        let simple: UInt8
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = letter
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"):
            let unit = try hexQuad(at: p + 2, escapeAt: p)
            if unit >= 0xDC00 && unit <= 0xDFFF {
                throw failure("unpaired low surrogate \\u\(sourceText(p + 2, 4))", at: p)
            }
            guard unit >= 0xD800 && unit <= 0xDBFF else {
                appendUTF8(scalar: unit)
                return p + 6
            }
            // A high surrogate must be followed at once by an escaped low surrogate.
            guard end - p >= 12, base[p + 6] == UInt8(ascii: "\\"), base[p + 7] == UInt8(ascii: "u") else {
                throw failure("unpaired high surrogate \\u\(sourceText(p + 2, 4))", at: p)
            }
            let low = try hexQuad(at: p + 8, escapeAt: p + 6)
            guard low >= 0xDC00 && low <= 0xDFFF else {
                throw failure("unpaired high surrogate \\u\(sourceText(p + 2, 4))", at: p)
            }
            appendUTF8(scalar: 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
            return p + 12
        case 0x21...0x7E:
            throw failure("invalid escape '\\\(Character(Unicode.Scalar(letter)))'", at: p)
        default:
            throw failure("invalid escape: '\\' followed by byte \(Self.hexByte(letter))", at: p)
        }
        scratch.append(simple)
        return p + 2
    }

    /// The four hex digits at `q` as a number; the error points at the escape's backslash.
    func hexQuad(at q: Int, escapeAt: Int) throws(JSONParseError) -> UInt32 {
        guard end - q >= 4 else { throw failure("invalid \\u escape: expected 4 hex digits", at: escapeAt) }
        var value: UInt32 = 0
        for i in q..<(q + 4) {
            let byte = base[i]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("invalid \\u escape: expected 4 hex digits", at: escapeAt)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Source bytes as text, for messages only; callers pass ranges already known to be ASCII.
    func sourceText(_ start: Int, _ count: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: base + start, count: count), as: UTF8.self)
    }

    /// Appends a scalar (never a surrogate, at most 0x10FFFF) as UTF-8.
    mutating func appendUTF8(scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            scratch.append(UInt8(truncatingIfNeeded: scalar))
        case 0x80..<0x800:
            scratch.append(UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6))
            scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12))
            scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18))
            scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
        }
    }

    /// Checks the multi-byte sequence whose lead byte is at `p` (RFC 3629: no overlong forms, no
    /// surrogates, nothing above U+10FFFF), counts its continuation bytes for columns, and returns
    /// its length. The error names the lead byte, as Python's decoder does.
    mutating func validateUTF8Sequence(at p: Int) throws(JSONParseError) -> Int {
        let lead = base[p]
        guard let shape = UTF8LeadByte.shape(lead) else {
            throw failure("invalid UTF-8 byte \(Self.hexByte(lead))", at: p)
        }
        let continuations = shape.length - 1
        let low = shape.secondLow, high = shape.secondHigh
        guard end - p > continuations else { throw failure("invalid UTF-8 byte \(Self.hexByte(lead))", at: p) }
        let second = base[p + 1]
        guard second >= low && second <= high else { throw failure("invalid UTF-8 byte \(Self.hexByte(lead))", at: p) }
        if continuations >= 2 {
            for i in 2...continuations where base[p + i] & 0xC0 != 0x80 {
                throw failure("invalid UTF-8 byte \(Self.hexByte(lead))", at: p)
            }
        }
        continuationBytes += continuations
        return continuations + 1
    }

    static func controlCharacterMessage(_ byte: UInt8) -> String {
        let name = switch byte {
        case 0x0A: " (line feed; write \\n)"
        case 0x0D: " (carriage return; write \\r)"
        case 0x09: " (tab; write \\t)"
        default: ""
        }
        return "unescaped control character \(hexByte(byte))\(name) in string"
    }

    // MARK: Numbers and literals

    /// Reads a number per RFC 8259 (`-? int frac? exp?`) and returns its text as written.
    mutating func parseNumber() throws(JSONParseError) -> String {
        let start = pos
        var p = pos
        if base[p] == UInt8(ascii: "-") { p += 1 }
        guard p < end, Self.isDigit(base[p]) else {
            throw failure("invalid number: expected a digit after '-'", at: p)
        }
        if base[p] == UInt8(ascii: "0") {
            p += 1
            if p < end, Self.isDigit(base[p]) {
                throw failure("invalid number: leading zeros are not allowed", at: start)
            }
        } else {
            while p < end, Self.isDigit(base[p]) { p += 1 }
        }
        if p < end, base[p] == UInt8(ascii: ".") {
            p += 1
            guard p < end, Self.isDigit(base[p]) else {
                throw failure("invalid number: expected a digit after '.'", at: p)
            }
            while p < end, Self.isDigit(base[p]) { p += 1 }
        }
        if p < end, base[p] == UInt8(ascii: "e") || base[p] == UInt8(ascii: "E") {
            p += 1
            if p < end, base[p] == UInt8(ascii: "+") || base[p] == UInt8(ascii: "-") { p += 1 }
            guard p < end, Self.isDigit(base[p]) else {
                throw failure("invalid number: expected a digit in the exponent", at: p)
            }
            while p < end, Self.isDigit(base[p]) { p += 1 }
        }
        pos = p
        return sourceText(start, p - start)
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    /// Reads `true`, `false` or `null`; the first letter is already known to match.
    mutating func parseLiteral(_ word: StaticString) throws(JSONParseError) {
        let length = word.utf8CodeUnitCount
        guard end - pos >= length else { throw invalidLiteral(word) }
        for i in 0..<length where base[pos + i] != word.utf8Start[i] { throw invalidLiteral(word) }
        pos += length
    }

    func invalidLiteral(_ word: StaticString) -> JSONParseError {
        failure("invalid literal, expected '\(word)'", at: pos)
    }
}
