import Foundation
import MCredCore
import MCredTestSupport
import XCTest

final class AtomicFileTests: XCTestCase {
    func testADeviceIsWrittenDirectlyAndStaysADevice() throws {
        try AtomicFile.write(Array("x\n".utf8), to: "/dev/null")
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        XCTAssertEqual(type, .typeCharacterSpecial)
    }

    func testASymbolicLinkIsWrittenThroughAndStaysALink() throws {
        let folder = FixturePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.ndjson").path
        let link = folder.appendingPathComponent("link.ndjson").path
        try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.ndjson")
        try AtomicFile.write(Array("new\n".utf8), to: link)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "target.ndjson")
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "new\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["link.ndjson", "target.ndjson"])
    }

    func testADiscardedFileLeavesTheOldContentAndNoTemporary() throws {
        let folder = FixturePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.ndjson").path
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        let file = try AtomicFile(path: path)
        try file.write(Array("half".utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).count, 2)
        file.discard()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out.ndjson"])
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old\n")
    }
}
