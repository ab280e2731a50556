import CSHA1
import MCredCore
import XCTest

final class SHA1Tests: XCTestCase {
    private func hex(_ bytes: [UInt8]) -> String { SHA1.hex(bytes) }

    func testFIPSVectors() {
        XCTAssertEqual(hex(SHA1.hash(Array("abc".utf8))), "a9993e364706816aba3e25717850c26c9cd0d89d")
        XCTAssertEqual(hex(SHA1.hash([UInt8]())), "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        XCTAssertEqual(
            hex(SHA1.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
    }

    func testMillionA() {
        XCTAssertEqual(
            hex(SHA1.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))),
            "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    func testMillionAIncrementalInOddChunks() {
        var sha = SHA1()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 997)
        var fed = 0
        while fed < 1_000_000 {
            let take = min(chunk.count, 1_000_000 - fed)
            sha.update(chunk[0..<take])
            fed += take
        }
        XCTAssertEqual(hex(sha.digest()), "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    /// Lengths around the 55/56/64-byte padding boundaries; expected values from Python's hashlib.
    func testPaddingBoundaries() {
        let expected: [Int: String] = [
            55: "ddf57317ef34bfee3b6df83d359098930eb278bc",
            56: "a0d492bb0fc889d0eca3bc137066ab6f4f74f369",
            63: "c55856749bef509bdfe6bfebfc7bf4e793e82132",
            64: "bede92be29c3874e1b54ddc77988d606fc857a8e",
            65: "b05a80522b053d6dc7e0a517d0e70212c7dad11f",
            119: "504e27376a6e0f0dba8295b85cb25dc4dfa17d23",
            120: "82134b02fb3f702491be9bed581eeab59334acb2",
            127: "34d5e582029e9b9b85b2febe31da3db7cdabaaea",
            128: "a09133e6730ffe899efb70204cb5646cd5dc24ee",
            129: "808aea332ce367541d37adae7f94e59c5c1a934e",
        ]
        for (length, digest) in expected {
            let data = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 7 + 3) }
            XCTAssertEqual(hex(SHA1.hash(data)), digest, "length \(length)")
        }
    }

    func testIncrementalMatchesOneShotForEverySplit() {
        let data = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 11) }
        for length in [0, 1, 55, 56, 63, 64, 65, 128, 200] {
            let message = Array(data[0..<length])
            let oneShot = SHA1.hash(message)
            for split in 0...length {
                var sha = SHA1()
                sha.update(message[0..<split])
                sha.update(message[split...])
                XCTAssertEqual(sha.digest(), oneShot, "length \(length) split \(split)")
            }
        }
    }

    func testNonContiguousSequenceAndUTF8() {
        // A lazy map is not contiguous, so the byte-by-byte path is used.
        let lazyBytes = "abc".utf8.lazy.map { $0 }
        var sha = SHA1()
        sha.update(lazyBytes)
        XCTAssertEqual(hex(sha.digest()), "a9993e364706816aba3e25717850c26c9cd0d89d")
        XCTAssertEqual(hex(SHA1.hash("Ελληνικά".utf8)), "08a6101b132a0a1ea204ca121d6c82b04aa0ee4f")
    }

    func testDigestDoesNotConsumeState() {
        var sha = SHA1()
        sha.update(Array("ab".utf8))
        _ = sha.digest()
        sha.update(Array("c".utf8))
        XCTAssertEqual(hex(sha.digest()), "a9993e364706816aba3e25717850c26c9cd0d89d")
    }

    // MARK: The two C compression paths (SHA extensions and plain C)

    private typealias Compress = (UnsafeMutablePointer<UInt32>, UnsafePointer<UInt8>, Int) -> Void

    /// SHA-1 of `message` with the given compression function, padded here rather than by `SHA1`,
    /// so each C path can be checked on its own.
    private func digest(_ message: [UInt8], with compress: Compress) -> String {
        var padded = message + [0x80]
        while padded.count % 64 != 56 { padded.append(0) }
        let bits = UInt64(message.count) * 8
        for shift in stride(from: 56, through: 0, by: -8) { padded.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
        var state: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        padded.withUnsafeBufferPointer { blocks in
            compress(&state, blocks.baseAddress!, padded.count / 64)
        }
        return state.map { word in String(repeating: "0", count: 8 - String(word, radix: 16).count) + String(word, radix: 16) }
            .joined()
    }

    func testFIPSVectorsOnBothCompressionPaths() {
        let vectors: [([UInt8], String)] = [
            (Array("abc".utf8), "a9993e364706816aba3e25717850c26c9cd0d89d"),
            (Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
             "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
            ([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000), "34aa973cd4c4daa4f61eeb2bdbad27316534016f"),
        ]
        for (message, expected) in vectors {
            XCTAssertEqual(digest(message, with: csha1_compress), expected, "dispatching path, \(message.count) bytes")
            XCTAssertEqual(digest(message, with: csha1_compress_portable), expected, "plain C, \(message.count) bytes")
        }
    }

    /// Where /proc/cpuinfo says the CPU has SHA-NI, the dispatching path must use it; otherwise the
    /// comparisons below would compare the plain C path with itself.
    func testSHAExtensionsUsedWhenTheCPUHasThem() throws {
        #if os(Linux) && (arch(x86_64) || arch(i386))
        let cpuinfo = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
        let flags = cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") }.map { $0.split(separator: " ") } ?? []
        let hasAll = ["sha_ni", "ssse3", "sse4_1"].allSatisfy { flags.contains(Substring($0)) }
        XCTAssertEqual(csha1_uses_sha_extensions() == 1, hasAll)
        #else
        throw XCTSkip("checked only on x86 Linux, where /proc/cpuinfo lists the CPU's flags")
        #endif
    }

    /// Random chaining values and 1...6 blocks at every alignment: both paths must agree word for word.
    func testDispatchingPathMatchesPlainCOnRandomBlocks() {
        var rng = JSONTestRandom(seed: 0x5AA1)
        for round in 0..<2_000 {
            let blockCount = 1 + round % 6
            let offset = round % 16
            let bytes = (0..<(offset + blockCount * 64)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let start = (0..<5).map { _ in UInt32(truncatingIfNeeded: rng.next()) }
            var fast = start, plain = start
            bytes.withUnsafeBufferPointer { buffer in
                let blocks = buffer.baseAddress! + offset
                csha1_compress(&fast, blocks, blockCount)
                csha1_compress_portable(&plain, blocks, blockCount)
            }
            XCTAssertEqual(fast, plain, "round \(round): \(blockCount) blocks at offset \(offset)")
        }
    }

    /// Every length 0...300 with random content, fed to `SHA1` whole and split at random points,
    /// against the plain C path with the test's own padding.
    func testSHA1MatchesPlainCForManyLengthsAndSplits() {
        var rng = JSONTestRandom(seed: 0x0DD5_1DE5)
        for length in 0...300 {
            let message = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let expected = digest(message, with: csha1_compress_portable)
            XCTAssertEqual(hex(SHA1.hash(message)), expected, "length \(length)")
            for _ in 0..<8 {
                var cuts = [Int(rng.next() % UInt64(length + 1)), Int(rng.next() % UInt64(length + 1))]
                cuts.sort()
                var sha = SHA1()
                sha.update(message[..<cuts[0]])
                sha.update(message[cuts[0]..<cuts[1]])
                sha.update(message[cuts[1]...])
                XCTAssertEqual(hex(sha.digest()), expected, "length \(length) cut at \(cuts)")
            }
        }
    }
}
