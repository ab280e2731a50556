import XCTest
@testable import MCredCore

/// Whatever the chunking of the input, the rows, line numbers, offsets, diagnostics and errors
/// must be those of a whole-buffer read.
final class CSVChunkingTests: XCTestCase {
    /// A source returning chunks of pseudo-random sizes (1...maxChunk), reproducibly.
    private final class VaryingChunkSource: ByteSource {
        let name = "t.csv"
        var totalBytes: Int? { bytes.count }
        private let bytes: [UInt8]
        private var offset = 0
        private var state: UInt64
        private let maxChunk: Int

        init(_ bytes: [UInt8], seed: UInt64, maxChunk: Int) {
            self.bytes = bytes
            state = seed
            self.maxChunk = maxChunk
        }

        func read(into buffer: UnsafeMutableRawBufferPointer) throws(MCredError) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let size = Int((state >> 33) % UInt64(maxChunk)) + 1
            let count = min(size, buffer.count, bytes.count - offset)
            for i in 0..<count { buffer[i] = bytes[offset + i] }
            offset += count
            return count
        }
    }

    /// Every feature at once: BOM, CRLF, lone CR, blank lines, quotes, doubled quotes,
    /// multi-line cells, stray quotes, 2- to 4-byte characters, an oversized field and an
    /// unterminated quote at the end.
    private let corpus: [UInt8] = [0xEF, 0xBB, 0xBF] + Array((
        "id;naam;opmerking\r\n"
            + "1;Zoë;\"regel 1\r\nregel 2\"\r\n"
            + "\r\n"
            + "2;\"Ł\"\"ó\"\"dź\";😀 \"quoted\" 𝄞\r"
            + "3;\"a;b\nc\";x\"y\n"
            + "4;" + String(repeating: "lang;", count: 0) + String(repeating: "L", count: 40) + ";\"\n\"\n"
            + "\n\n"
            + "5;\"\"\"\";\"\"\n"
            + "6;\"open\nnever closed;\r\n"
    ).utf8)

    /// Reads with the normal buffer (sniffing), or with a tight one and the given dialect.
    private func outcome(_ source: any ByteSource, tight: Bool = false, dialect: CSVDialect = .semicolon) -> CSVReadOutcome {
        ReadingFixtures.read(source, dialect: tight ? dialect : nil, maxFieldBytes: 30, tight: tight)
    }

    func testCorpusWholeVersusFixedChunks() {
        let whole = outcome(MemoryByteSource(corpus, name: "t.csv"))
        XCTAssertEqual(whole.dialect, .semicolon)
        XCTAssertEqual(whole.fields, [
            ["id", "naam", "opmerking"],
            ["1", "Zoë", "regel 1\r\nregel 2"],
            ["2", "Ł\"ó\"dź", "😀 \"quoted\" 𝄞"],
            ["3", "a;b\nc", "x\"y"],
            ["5", "\"", ""],
            ["6", "open\nnever closed;\r\n"],
        ])
        XCTAssertEqual(whole.lines, [1, 2, 5, 6, 12, 13])
        XCTAssertEqual(whole.diagnostics.map(\.ruleID), [
            "csv-stray-quote", "csv-stray-quote", "csv-field-too-large", "csv-unterminated-quote",
        ])
        XCTAssertEqual(whole.diagnostics.map { $0.location?.line }, [5, 7, 8, 13])
        for size in [1, 2, 3, 4, 5, 7, 11, 64] {
            XCTAssertEqual(outcome(MemoryByteSource(corpus, name: "t.csv", chunkSize: size)), whole, "chunk size \(size)")
            XCTAssertEqual(outcome(MemoryByteSource(corpus, name: "t.csv", chunkSize: size), tight: true), whole, "tight, chunk \(size)")
        }
    }

    func testCorpusWholeVersusRandomChunks() {
        let whole = outcome(MemoryByteSource(corpus, name: "t.csv"))
        for seed in 1...50 as ClosedRange<UInt64> {
            XCTAssertEqual(outcome(VaryingChunkSource(corpus, seed: seed, maxChunk: 13)), whole, "seed \(seed)")
            XCTAssertEqual(outcome(VaryingChunkSource(corpus, seed: seed, maxChunk: 13), tight: true), whole, "tight, seed \(seed)")
        }
    }

    func testTranscodedCorporaAcrossChunks() {
        let text = "a,b\r\n\"x\ny\",😀\r\nZoë,€\n"
        for bytes in [ReadingFixtures.utf16(text, bigEndian: false), ReadingFixtures.utf16(text, bigEndian: true)] {
            let whole = outcome(MemoryByteSource(bytes, name: "t.csv"))
            XCTAssertEqual(whole.fields, [["a", "b"], ["x\ny", "😀"], ["Zoë", "€"]])
            for seed in 1...20 as ClosedRange<UInt64> {
                XCTAssertEqual(outcome(VaryingChunkSource(bytes, seed: seed, maxChunk: 9)), whole)
                XCTAssertEqual(outcome(VaryingChunkSource(bytes, seed: seed, maxChunk: 9), tight: true, dialect: .comma), whole)
            }
        }
    }

    func testInvalidUTF8AcrossRandomChunks() {
        let bytes = Array("a,b\n\"q\r\nr\",😀".utf8) + [0xF0, 0x9F, 0x41] + Array("\n".utf8)
        let whole = outcome(MemoryByteSource(bytes, name: "t.csv"))
        XCTAssertEqual(whole.error?.hasPrefix("invalid UTF-8 byte 0xF0 at byte offset 15 (line 3);"), true, whole.error ?? "no error")
        for seed in 1...30 as ClosedRange<UInt64> {
            XCTAssertEqual(outcome(VaryingChunkSource(bytes, seed: seed, maxChunk: 5)), whole)
            XCTAssertEqual(outcome(VaryingChunkSource(bytes, seed: seed, maxChunk: 5), tight: true, dialect: .comma), whole)
        }
    }
}
