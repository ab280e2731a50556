import Foundation
import XCTest
@testable import MCredCore

final class ByteSourceTests: XCTestCase {
    private func drain(_ source: any ByteSource, bufferSize: Int = 5) throws -> [UInt8] {
        var all: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: bufferSize)
        while true {
            let n = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
            if n == 0 { return all }
            all += buffer[..<n]
        }
    }

    func testMemorySourceHonoursChunkSize() throws {
        let source = MemoryByteSource(Array(0..<20), name: "m", chunkSize: 3)
        var buffer = [UInt8](repeating: 0, count: 10)
        XCTAssertEqual(try buffer.withUnsafeMutableBytes { try source.read(into: $0) }, 3)
        XCTAssertEqual(source.totalBytes, 20)
        XCTAssertEqual(try drain(source), Array(3..<20))
        XCTAssertEqual(try drain(MemoryByteSource("héllo", name: "s")), Array("héllo".utf8))
    }

    func testFileSourceReadsAFile() throws {
        let path = NSTemporaryDirectory() + "mcred-bytesource-\(UUID().uuidString).csv"
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let source = try FileByteSource(path: path)
        XCTAssertEqual(source.name, path)
        XCTAssertEqual(source.totalBytes, bytes.count)
        XCTAssertEqual(try drain(source, bufferSize: 100_000), bytes)
        // Reads never exceed the chunk size.
        var buffer = [UInt8](repeating: 0, count: 200_000)
        let small = try FileByteSource(path: path, chunkSize: 1000)
        XCTAssertEqual(try buffer.withUnsafeMutableBytes { try small.read(into: $0) }, 1000)
    }

    func testMissingFileNamesPathAndReason() {
        XCTAssertThrowsError(try FileByteSource(path: "/nonexistent/dir/export.csv")) { error in
            let error = error as? MCredError
            XCTAssertEqual(error?.kind, .unreadableInput)
            XCTAssertEqual(error?.message, "cannot open '/nonexistent/dir/export.csv': No such file or directory")
        }
    }

    func testDirectoryIsRejected() {
        XCTAssertThrowsError(try FileByteSource(path: NSTemporaryDirectory())) { error in
            XCTAssertEqual((error as? MCredError)?.message, "cannot read '\(NSTemporaryDirectory())': Is a directory")
        }
    }

    func testDashIsStandardInput() throws {
        let source = try FileByteSource(path: "-")
        XCTAssertEqual(source.name, "<stdin>")
        XCTAssertEqual(source.path, "-")
    }
}
