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
}
