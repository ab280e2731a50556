import Foundation
import XCTest
import XMLStreaming

/// Fatal errors carry libxml2's line, column and message, and are thrown again on later calls.
final class MalformedInputTests: XCTestCase {
    func testMismatchedTag() throws {
        let error = XMLTestSupport.readError(Array("<r>\n  <a>\n    <b>x</c>\n  </a>\n</r>\n".utf8))
        XCTAssertEqual(error?.file, "bad.xml")
        XCTAssertEqual(error?.line, 3)
        XCTAssertNotNil(error?.column)
        XCTAssertTrue(error?.message.contains("Opening and ending tag mismatch: b") ?? false, "\(String(describing: error))")
    }

    func testTruncatedInsideAStartTag() throws {
        let error = XMLTestSupport.readError(Array("<r>\n  <a>1</a>\n  <a attr=\"va".utf8))
        XCTAssertEqual(error?.line, 3)
    }

    func testTruncatedAfterAnOpenElement() throws {
        let error = XMLTestSupport.readError(Array("<r>\n  <a>1</a>\n  <b>".utf8))
        XCTAssertEqual(error?.line, 3)
    }

    func testBinaryGarbage() throws {
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<4_096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let error = XMLTestSupport.readError([0x00, 0xFF, 0xFE, 0x01] + noise)
        XCTAssertEqual(error?.line, 1)
    }

    func testInvalidUTF8InText() throws {
        let error = XMLTestSupport.readError(Array("<r>\n<a>".utf8) + [0xC3, 0x28] + Array("</a></r>".utf8))
        XCTAssertEqual(error?.line, 2)
    }

    func testZeroByteFile() throws {
        let directory = try XMLTestSupport.temporaryDirectory(for: self)
        let file = directory.appendingPathComponent("empty.xml")
        XCTAssertTrue(FileManager.default.createFile(atPath: file.path, contents: Data()))
        let reader = try XMLEventReader(path: file.path)
        XCTAssertThrowsError(try reader.next()) { error in
            let error = error as! XMLReadError
            XCTAssertEqual(error.file, file.path)
            XCTAssertEqual(error.line, 1)
            XCTAssertEqual(error.message, "Document is empty (no root element)")
        }
    }

    func testEmptyAndWhitespaceOnlyInMemory() throws {
        XCTAssertEqual(XMLTestSupport.readError([])?.message, "Document is empty (no root element)")
        XCTAssertEqual(XMLTestSupport.readError(Array("  \n ".utf8))?.line, 2)
        XCTAssertNotNil(XMLTestSupport.readError(Array("<?xml version=\"1.0\"?>\n".utf8)))
    }

    func testTextBeforeTheRootAndContentAfterIt() throws {
        XCTAssertEqual(XMLTestSupport.readError(Array("hello".utf8))?.line, 1)
        XCTAssertEqual(XMLTestSupport.readError(Array("<r/>\n<s/>".utf8))?.line, 2)
    }

    func testUndefinedEntityWithoutDTDIsFatal() throws {
        let error = XMLTestSupport.readError(Array("<r>\n&nbsp;</r>".utf8))
        XCTAssertEqual(error?.line, 2)
        XCTAssertTrue(error?.message.contains("'nbsp' not defined") ?? false)
    }

    func testErrorIsThrownAgainOnEveryLaterCall() throws {
        let reader = try XMLEventReader(bytes: Array("<r><a></b></r>".utf8), name: "again.xml")
        var first: XMLReadError?
        do { while try reader.next() != nil {} } catch { first = error }
        XCTAssertNotNil(first)
        XCTAssertThrowsError(try reader.next()) { XCTAssertEqual($0 as? XMLReadError, first) }
    }

    func testErrorLineIsExactPast65535() throws {
        let directory = try XMLTestSupport.temporaryDirectory(for: self)
        let file = directory.appendingPathComponent("broken.xml")
        var xml = "<root>\n" + String(repeating: "  <e>v</e>\n", count: 70_000)
        xml += "  <e>v</f>\n</root>\n"  // line 70,002
        try xml.write(to: file, atomically: true, encoding: .utf8)
        let reader = try XMLEventReader(path: file.path)
        var starts = 0
        do {
            while let event = try reader.next() { if case .startElement = event { starts += 1 } }
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(error.line, 70_002)
            XCTAssertEqual(error.description.prefix(file.path.count + 7), "\(file.path):70002:")
        }
        // libxml2 parses ahead in chunks, so the last few elements before the error may not be delivered.
        XCTAssertGreaterThan(starts, 69_900)
    }

    func testMissingFileAndDirectory() throws {
        XCTAssertThrowsError(try XMLEventReader(path: "/nonexistent/mcred/input.xml")) { error in
            let error = error as! XMLReadError
            XCTAssertEqual(error.line, 0)
            XCTAssertEqual(error.description, "/nonexistent/mcred/input.xml: cannot open file: No such file or directory")
        }
        let directory = try XMLTestSupport.temporaryDirectory(for: self)
        XCTAssertThrowsError(try XMLEventReader(path: directory.path)) { error in
            XCTAssertEqual((error as! XMLReadError).message, "cannot read file: it is a directory")
        }
    }

    func testDescriptionIsCompilerStyle() {
        XCTAssertEqual(XMLReadError(file: "a.xml", line: 3, column: 7, message: "m").description, "a.xml:3:7: m")
        XCTAssertEqual(XMLReadError(file: "a.xml", line: 3, message: "m").description, "a.xml:3: m")
        XCTAssertEqual(XMLReadError(file: "a.xml", line: 0, column: 2, message: "m").description, "a.xml: m")
    }
}
