import Foundation
import XCTest
import XMLStreaming

/// Helpers shared by the XMLStreaming tests.
enum XMLTestSupport {
    /// `Fixtures/inputs` (real files copied from the workplace's shared inputs): three levels up from this file is the repository root.
    static let sharedInputs: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/inputs").standardized

    /// Reads every event of an in-memory document.
    static func events(_ xml: String, name: String = "test.xml") throws -> [XMLEvent] {
        let reader = try XMLEventReader(bytes: Array(xml.utf8), name: name)
        return try drain(reader)
    }

    /// Reads a reader to its end.
    static func drain(_ reader: XMLEventReader) throws -> [XMLEvent] {
        var events: [XMLEvent] = []
        while let event = try reader.next() { events.append(event) }
        return events
    }

    /// The error thrown while reading an in-memory document to its end, failing the test if none is thrown.
    static func readError(
        _ bytes: [UInt8], name: String = "bad.xml", file: StaticString = #filePath, line: UInt = #line
    ) -> XMLReadError? {
        do {
            let reader = try XMLEventReader(bytes: bytes, name: name)
            while try reader.next() != nil {}
            XCTFail("expected an XMLReadError", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    /// A fresh directory under the system temporary directory, removed when the test ends.
    static func temporaryDirectory(for testCase: XCTestCase) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("XMLStreamingTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        testCase.addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory
    }

    /// Local names of start elements, in order.
    static func startNames(_ events: [XMLEvent]) -> [String] {
        events.compactMap {
            if case .startElement(let start) = $0 { return start.localName }
            return nil
        }
    }

    /// All text events joined.
    static func text(_ events: [XMLEvent]) -> String {
        events.map {
            if case .text(let text) = $0 { return text }
            return ""
        }.joined()
    }
}
