import Foundation
import XCTest
@testable import MCredCore

/// Everything a read produced: rows, diagnostics (in report order) and the fatal error, if any.
struct CSVReadOutcome: Equatable {
    var rows: [CSVRow] = []
    var diagnostics: [Diagnostic] = []
    var error: String?
    var errorLine: Int?
    var dialect: CSVDialect?
    var encoding: TextEncoding?

    /// Just the field values, for compact assertions.
    var fields: [[String]] { rows.map(\.fields) }
    var lines: [Int] { rows.map(\.line) }
}

/// Helpers shared by the Reading tests.
enum ReadingFixtures {
    /// The chunk sizes every chunking test compares against a whole-buffer read.
    static let chunkSizes = [1, 2, 3, 7, 64]

    /// The smallest row buffer, with no read-ahead: every row straddles buffer refills.
    static let tightBuffer = 32

    /// Reads `bytes` completely. `chunkSize` limits each source read; `tight` shrinks the row
    /// buffer to ``tightBuffer`` bytes and turns off the sniffing read-ahead (pass a dialect).
    static func read(
        _ bytes: [UInt8], chunkSize: Int = .max, encoding: TextEncoding? = nil, dialect: CSVDialect? = nil,
        maxFieldBytes: Int = 16 << 20, name: String = "t.csv", tight: Bool = false
    ) -> CSVReadOutcome {
        read(MemoryByteSource(bytes, name: name, chunkSize: chunkSize), encoding: encoding, dialect: dialect,
             maxFieldBytes: maxFieldBytes, tight: tight)
    }

    /// Reads `source` completely (see the overload above).
    static func read(
        _ source: any ByteSource, encoding: TextEncoding? = nil, dialect: CSVDialect? = nil,
        maxFieldBytes: Int = 16 << 20, tight: Bool = false
    ) -> CSVReadOutcome {
        let sink = CollectingDiagnosticSink()
        var outcome = CSVReadOutcome()
        do {
            let reader = try CSVRowReader(
                source: source, encoding: encoding, dialect: dialect, diagnostics: sink, maxFieldBytes: maxFieldBytes,
                bufferCapacity: tight ? tightBuffer : CSVRowReader.initialCapacity,
                sampleSize: tight ? 0 : CSVDialectSniffer.sampleSize)
            outcome.dialect = reader.dialect
            outcome.encoding = reader.encoding
            while let row = try reader.next() { outcome.rows.append(row) }
        } catch {
            outcome.error = error.message
            outcome.errorLine = error.location?.line
        }
        outcome.diagnostics = sink.diagnostics
        return outcome
    }

    static func read(
        _ text: String, chunkSize: Int = .max, encoding: TextEncoding? = nil, dialect: CSVDialect? = nil,
        maxFieldBytes: Int = 16 << 20, name: String = "t.csv"
    ) -> CSVReadOutcome {
        read(Array(text.utf8), chunkSize: chunkSize, encoding: encoding, dialect: dialect,
             maxFieldBytes: maxFieldBytes, name: name)
    }

    /// Reads `bytes` whole, then in every size of ``chunkSizes`` both with the normal buffer
    /// (decoder and sniffer see the chunks) and with a tight one (the tokenizer refills inside
    /// every row); asserts all outcomes equal the whole-buffer one and returns it.
    @discardableResult
    static func readChunked(
        _ bytes: [UInt8], encoding: TextEncoding? = nil, dialect: CSVDialect? = nil, maxFieldBytes: Int = 16 << 20,
        file: StaticString = #filePath, line: UInt = #line
    ) -> CSVReadOutcome {
        let whole = read(bytes, encoding: encoding, dialect: dialect, maxFieldBytes: maxFieldBytes)
        for size in chunkSizes + [.max] {
            if size != .max {
                let chunked = read(bytes, chunkSize: size, encoding: encoding, dialect: dialect, maxFieldBytes: maxFieldBytes)
                XCTAssertEqual(chunked, whole, "chunk size \(size) differs from a whole-buffer read", file: file, line: line)
            }
            let tight = read(
                bytes, chunkSize: size, encoding: encoding, dialect: dialect ?? whole.dialect ?? .comma,
                maxFieldBytes: maxFieldBytes, tight: true)
            XCTAssertEqual(tight, whole, "chunk size \(size) with a tight buffer differs from a whole-buffer read", file: file, line: line)
        }
        return whole
    }

    @discardableResult
    static func readChunked(
        _ text: String, encoding: TextEncoding? = nil, dialect: CSVDialect? = nil, maxFieldBytes: Int = 16 << 20,
        file: StaticString = #filePath, line: UInt = #line
    ) -> CSVReadOutcome {
        readChunked(Array(text.utf8), encoding: encoding, dialect: dialect, maxFieldBytes: maxFieldBytes, file: file, line: line)
    }

    /// `Fixtures/inputs/<name>` (real exports copied from ../shared/inputs), from the repository root.
    static func sharedInput(_ name: String, file: StaticString = #filePath) -> String {
        var url = URL(fileURLWithPath: "\(file)")
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fixtures/inputs/\(name)").path
    }

    /// The bytes of a shared input, or a skipped test when the shared folder is missing.
    static func sharedBytes(_ name: String) throws -> [UInt8] {
        let path = sharedInput(name)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw XCTSkip("shared input not found at \(path)")
        }
        return [UInt8](data)
    }

    /// `text` as UTF-16 code units in the given byte order, with an optional BOM.
    static func utf16(_ text: String, bigEndian: Bool, bom: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }
}
