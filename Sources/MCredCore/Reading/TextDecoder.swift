#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A character encoding an input file may use.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8, validated strictly: an invalid byte stops the read with a pointer to `--encoding`.
    case utf8
    /// UTF-16 little-endian (Excel's "Unicode text"), transcoded to UTF-8.
    case utf16le
    /// UTF-16 big-endian, transcoded to UTF-8.
    case utf16be
    /// ISO-8859-1: every byte is the code point of the same value.
    case latin1
    /// Windows-1252: Latin-1 with printable characters (€ ‚ … “ ” – —) in 0x80–0x9F.
    case windows1252
}

/// Turns the raw bytes of a ``ByteSource`` into valid UTF-8, one chunk at a time.
///
/// UTF-8 input is validated in place (no copy); the other encodings are transcoded through a
/// small raw buffer. Bytes that cannot be completed yet (a UTF-8 sequence or a UTF-16 code unit
/// cut by a chunk boundary) are held back and prepended to the next chunk, so the output never
/// splits a character and the caller can hand any output range to `String(decoding:as:)`.
///
/// Invalid UTF-8 is not thrown here: ``fill(_:capacity:)`` returns the valid bytes before it and
/// records ``failure``; the caller, which knows the line number, turns that into the error.
final class StreamingTextDecoder {
    /// Where UTF-8 validation failed: the raw file offset of the first byte of the bad sequence.
    struct Failure: Equatable {
        var offset: Int
        var byte: UInt8
    }

    let source: any ByteSource
    /// The encoding in use (given, or detected from the byte-order mark).
    private(set) var encoding: TextEncoding
    /// Length of the byte-order mark that was stripped (0 when there was none).
    private(set) var bomLength = 0
    /// Raw bytes taken from the source so far (including read-ahead and the BOM).
    private(set) var rawBytesRead = 0
    /// Set once invalid UTF-8 is met; every later ``fill(_:capacity:)`` returns 0.
    private(set) var failure: Failure?

    /// Raw bytes to process before asking the source again (BOM look-ahead, a cut sequence).
    private let pending = UnsafeMutablePointer<UInt8>.allocate(capacity: 8)
    private var pendingCount = 0
    private var sourceAtEnd = false
    private var finished = false
    /// Raw offset of the next raw byte to be decoded (UTF-8 error offsets).
    private var nextRawOffset = 0
    /// Raw input for the transcoding paths (UTF-8 reads straight into the caller's buffer).
    private var raw: UnsafeMutablePointer<UInt8>?
    private static let rawCapacity = 64 << 10
    /// A UTF-16 high surrogate waiting for its low half (0 = none).
    private var highSurrogate: UInt32 = 0

    /// Reads the first bytes to look for a byte-order mark.
    ///
    /// With `encoding == nil`: UTF-8 BOM → UTF-8 (stripped); `FF FE` → UTF-16LE; `FE FF` →
    /// UTF-16BE; otherwise UTF-8. A given encoding still drops its own BOM if present.
    init(source: any ByteSource, encoding: TextEncoding?) throws(MCredError) {
        self.source = source
        self.encoding = encoding ?? .utf8
        while pendingCount < 4 && !sourceAtEnd {
            let n = try source.read(into: UnsafeMutableRawBufferPointer(start: pending + pendingCount, count: 4 - pendingCount))
            if n == 0 { sourceAtEnd = true }
            pendingCount += n
            rawBytesRead += n
        }
        // A workbook saved as .xls (OLE2) or .xlsx/.ods (ZIP) is the commonest wrong file: say so,
        // rather than "invalid UTF-8, try --encoding latin1", which leads nowhere.
        let magic = pendingCount >= 4 ? [pending[0], pending[1], pending[2], pending[3]] : []
        if magic == [0xD0, 0xCF, 0x11, 0xE0] || magic == [0x50, 0x4B, 0x03, 0x04] {
            throw MCredError(
                .unreadableInput,
                "\(source.name): this is a spreadsheet workbook (.xls, .xlsx or .ods), not a CSV export: save the sheet as CSV (UTF-8) and convert that")
        }
        let hasUTF8BOM = pendingCount >= 3 && pending[0] == 0xEF && pending[1] == 0xBB && pending[2] == 0xBF
        let hasLE = pendingCount >= 2 && pending[0] == 0xFF && pending[1] == 0xFE
        let hasBE = pendingCount >= 2 && pending[0] == 0xFE && pending[1] == 0xFF
        switch encoding {
        case nil:
            if hasUTF8BOM { bomLength = 3 }
            else if hasLE { self.encoding = .utf16le; bomLength = 2 }
            else if hasBE { self.encoding = .utf16be; bomLength = 2 }
        case .utf8?: if hasUTF8BOM { bomLength = 3 }
        case .utf16le?: if hasLE { bomLength = 2 }
        case .utf16be?: if hasBE { bomLength = 2 }
        case .latin1?, .windows1252?: break
        }
        dropPending(bomLength)
        nextRawOffset = bomLength
    }

    deinit {
        pending.deallocate()
        raw?.deallocate()
    }

    /// The least room ``fill(_:capacity:)`` accepts: a few characters plus held-back bytes.
    static let minimumCapacity = 16

    /// Writes decoded UTF-8 into `destination` (at most `capacity` bytes, at least
    /// ``minimumCapacity``). Returns 0 at end of input, or when ``failure`` is set.
    func fill(_ destination: UnsafeMutablePointer<UInt8>, capacity: Int) throws(MCredError) -> Int {
        precondition(capacity >= Self.minimumCapacity, "decoder needs room for a few characters")
        if failure != nil || finished { return 0 }
        switch encoding {
        case .utf8: return try fillUTF8(destination, capacity: capacity)
        case .latin1, .windows1252: return try fillSingleByte(destination, capacity: capacity)
        case .utf16le, .utf16be: return try fillUTF16(destination, capacity: capacity)
        }
    }

    // MARK: - Raw input

    private func dropPending(_ count: Int) {
        guard count > 0 else { return }
        let rest = pendingCount - count
        if rest > 0 { memmove(pending, pending + count, rest) }
        pendingCount = rest
    }

    /// Copies the held-back bytes, then does at most one source read into the rest of `buffer`.
    private func readRaw(_ buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(MCredError) -> Int {
        var n = min(pendingCount, capacity)
        if n > 0 {
            buffer.update(from: pending, count: n)
            dropPending(n)
        }
        if n < capacity && !sourceAtEnd {
            let got = try source.read(into: UnsafeMutableRawBufferPointer(start: buffer + n, count: capacity - n))
            if got == 0 { sourceAtEnd = true }
            rawBytesRead += got
            n += got
        }
        return n
    }

    private func hold(_ bytes: UnsafePointer<UInt8>, count: Int) {
        (pending + pendingCount).update(from: bytes, count: count)
        pendingCount += count
    }

    private func rawBuffer() -> UnsafeMutablePointer<UInt8> {
        if let raw { return raw }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: Self.rawCapacity)
        raw = buffer
        return buffer
    }

    // MARK: - UTF-8 (validate in place)

    private func fillUTF8(_ out: UnsafeMutablePointer<UInt8>, capacity: Int) throws(MCredError) -> Int {
        while true {
            let n = try readRaw(out, capacity: capacity)
            if n == 0 { finished = true; return 0 }
            let (valid, invalid) = UTF8Validation.validate(out, count: n)
            if invalid || (valid < n && sourceAtEnd) {
                // A bad sequence, or one cut short by the end of the file.
                failure = Failure(offset: nextRawOffset + valid, byte: out[valid])
                nextRawOffset += valid
                return valid
            }
            if valid < n { hold(out + valid, count: n - valid) }
            nextRawOffset += valid
            if valid > 0 { return valid }
            // Only the start of a sequence so far: read on.
        }
    }

    // MARK: - Latin-1 and Windows-1252

    private func fillSingleByte(_ out: UnsafeMutablePointer<UInt8>, capacity: Int) throws(MCredError) -> Int {
        let input = rawBuffer()
        // Each input byte becomes at most 3 output bytes (€ is E2 82 AC).
        let n = try readRaw(input, capacity: min(Self.rawCapacity, capacity / 3))
        if n == 0 { finished = true; return 0 }
        let windows = encoding == .windows1252
        var o = 0
        for i in 0..<n {
            let b = input[i]
            if b < 0x80 {
                out[o] = b
                o += 1
            } else if windows && b < 0xA0 {
                o += Self.encode(UInt32(Self.windows1252High[Int(b - 0x80)]), into: out + o)
            } else {
                out[o] = 0xC0 | (b >> 6)
                out[o + 1] = 0x80 | (b & 0x3F)
                o += 2
            }
        }
        return o
    }

    /// Windows-1252 bytes 0x80–0x9F; the five undefined ones map to U+FFFD.
    private static let windows1252High: [UInt16] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    // MARK: - UTF-16

    private func fillUTF16(_ out: UnsafeMutablePointer<UInt8>, capacity: Int) throws(MCredError) -> Int {
        let input = rawBuffer()
        let bigEndian = encoding == .utf16be
        // Two input bytes give at most 3 output bytes, plus one U+FFFD each for a leftover high
        // surrogate and an odd final byte.
        let want = min(Self.rawCapacity, max(2, ((capacity - 6) * 2 / 3) & ~1))
        while true {
            let n = try readRaw(input, capacity: want)
            var o = 0
            if n == 0 {
                finished = true
                if highSurrogate != 0 {
                    highSurrogate = 0
                    o += Self.encode(0xFFFD, into: out)
                }
                return o
            }
            var i = 0
            while i + 1 < n {
                let unit = bigEndian
                    ? UInt32(input[i]) << 8 | UInt32(input[i + 1])
                    : UInt32(input[i + 1]) << 8 | UInt32(input[i])
                i += 2
                if highSurrogate != 0 {
                    if unit >= 0xDC00 && unit <= 0xDFFF {
                        let scalar = 0x10000 + ((highSurrogate - 0xD800) << 10) + (unit - 0xDC00)
                        highSurrogate = 0
                        o += Self.encode(scalar, into: out + o)
                        continue
                    }
                    highSurrogate = 0
                    o += Self.encode(0xFFFD, into: out + o)
                }
                if unit >= 0xD800 && unit <= 0xDBFF {
                    highSurrogate = unit
                } else if unit >= 0xDC00 && unit <= 0xDFFF {
                    o += Self.encode(0xFFFD, into: out + o)
                } else {
                    o += Self.encode(unit, into: out + o)
                }
            }
            if i < n {
                // An odd byte: the rest of its code unit is in the next chunk, or nowhere.
                if sourceAtEnd {
                    o += Self.encode(0xFFFD, into: out + o)
                } else {
                    hold(input + i, count: 1)
                }
            }
            if o > 0 { return o }
        }
    }

    /// Writes `scalar` as UTF-8 and returns the byte count.
    @inline(__always)
    private static func encode(_ scalar: UInt32, into out: UnsafeMutablePointer<UInt8>) -> Int {
        if scalar < 0x80 {
            out[0] = UInt8(scalar)
            return 1
        } else if scalar < 0x800 {
            out[0] = UInt8(0xC0 | (scalar >> 6))
            out[1] = UInt8(0x80 | (scalar & 0x3F))
            return 2
        } else if scalar < 0x10000 {
            out[0] = UInt8(0xE0 | (scalar >> 12))
            out[1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
            out[2] = UInt8(0x80 | (scalar & 0x3F))
            return 3
        } else {
            out[0] = UInt8(0xF0 | (scalar >> 18))
            out[1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
            out[2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
            out[3] = UInt8(0x80 | (scalar & 0x3F))
            return 4
        }
    }
}
