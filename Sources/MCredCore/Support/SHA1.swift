internal import CSHA1

/// SHA-1 (FIPS 180-4), incremental or one-shot.
///
/// Only for name-based (version 5) UUIDs, which RFC 9562 defines over SHA-1; it is not used for
/// anything that needs collision resistance. Implemented here because Foundation on Linux has no
/// digest API and no packages may be added. Padding and buffering are here; the compression
/// function is C (CSHA1), which uses the x86 SHA extensions when the CPU has them. Hashing
/// allocates nothing but the 20-byte result.
///
/// ```swift
/// SHA1.hash(Array("abc".utf8))      // a9993e36...
/// var sha = SHA1(); sha.update(part1); sha.update(part2); let digest = sha.digest()
/// ```
public struct SHA1: Sendable {
    /// The five chaining words (H0...H4), in the order `csha1_compress` reads and writes them.
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32) =
        (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
    /// Bytes not yet compressed (fewer than 64), as eight words so the struct needs no heap storage.
    private var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var bufferCount = 0
    /// Message length in bytes (FIPS 180-4 allows < 2^64 bits; wrapping is harmless beyond that).
    private var totalLength: UInt64 = 0

    /// A hasher with nothing fed yet.
    public init() {}

    /// The 20-byte digest of `bytes`.
    public static func hash(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var sha = SHA1()
        sha.update(bytes)
        return sha.digest()
    }

    /// Feeds more message bytes; contiguous collections (arrays, native strings' `utf8`) are read
    /// in place, anything else byte by byte.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        if handled != nil { return }
        for byte in bytes {
            totalLength &+= 1
            append(byte)
        }
    }

    /// Feeds more message bytes from memory.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var input = bytes.baseAddress else { return }
        var remaining = bytes.count
        totalLength &+= UInt64(remaining)
        if bufferCount > 0 {
            let take = min(64 - bufferCount, remaining)
            let start = bufferCount
            withUnsafeMutableBytes(of: &buffer) { raw in
                raw.baseAddress.unsafelyUnwrapped.advanced(by: start).copyMemory(from: input, byteCount: take)
            }
            bufferCount += take
            input += take
            remaining -= take
            guard bufferCount == 64 else { return }
            compressBuffer()
        }
        if remaining >= 64 {
            let blocks = remaining / 64
            Self.compress(&state, input, blocks: blocks)
            input += blocks * 64
            remaining -= blocks * 64
        }
        if remaining > 0 {
            let count = remaining
            let source = input
            withUnsafeMutableBytes(of: &buffer) { raw in
                raw.baseAddress.unsafelyUnwrapped.copyMemory(from: source, byteCount: count)
            }
            bufferCount = count
        }
    }

    /// The digest of everything fed so far. Does not change the hasher, so more can be fed after.
    public func digest() -> [UInt8] {
        let words = digestWords()
        var result = [UInt8]()
        result.reserveCapacity(20)
        for word in [words.0, words.1, words.2, words.3, words.4] {
            result.append(UInt8(truncatingIfNeeded: word >> 24))
            result.append(UInt8(truncatingIfNeeded: word >> 16))
            result.append(UInt8(truncatingIfNeeded: word >> 8))
            result.append(UInt8(truncatingIfNeeded: word))
        }
        return result
    }

    /// The digest as its five big-endian words (H0...H4), without allocating.
    public func digestWords() -> (UInt32, UInt32, UInt32, UInt32, UInt32) {
        var final = self
        let bitLength = totalLength &* 8
        // Padding: 0x80, zeros up to 56 mod 64, then the length in bits, big-endian.
        withUnsafeMutableBytes(of: &final.buffer) { raw in
            raw[final.bufferCount] = 0x80
            for index in (final.bufferCount + 1)..<64 { raw[index] = 0 }
        }
        if final.bufferCount >= 56 {
            final.compressBuffer()
            withUnsafeMutableBytes(of: &final.buffer) { raw in
                for index in 0..<64 { raw[index] = 0 }
            }
        }
        final.buffer.7 = bitLength.bigEndian
        final.compressBuffer()
        return final.state
    }

    /// Lowercase hex of a digest (or any bytes), as `sha1sum` prints it.
    public static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"]
        var text = ""
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return text
    }

    /// Buffers one byte without counting it in the length (padding uses this directly).
    private mutating func append(_ byte: UInt8) {
        let index = bufferCount
        withUnsafeMutableBytes(of: &buffer) { raw in raw[index] = byte }
        bufferCount += 1
        if bufferCount == 64 { compressBuffer() }
    }

    private mutating func compressBuffer() {
        withUnsafeBytes(of: buffer) { raw in Self.compress(&state, raw.baseAddress.unsafelyUnwrapped, blocks: 1) }
        bufferCount = 0
    }

    /// Runs the compression function over `blocks` whole 64-byte blocks at `input`.
    private static func compress(
        _ state: inout (UInt32, UInt32, UInt32, UInt32, UInt32), _ input: UnsafeRawPointer, blocks: Int
    ) {
        withUnsafeMutablePointer(to: &state) { tuple in
            tuple.withMemoryRebound(to: UInt32.self, capacity: 5) { words in
                csha1_compress(words, input.assumingMemoryBound(to: UInt8.self), blocks)
            }
        }
    }
}
