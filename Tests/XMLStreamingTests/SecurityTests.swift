import Foundation
import XCTest
import XMLStreaming

#if canImport(Glibc)
import Glibc
#endif

/// Hostile input: external entities, entity bombs, DTD fetches, XInclude, and libxml2 writing to stderr.
final class SecurityTests: XCTestCase {
    private let secret = "MCRED-SECRET-4f1c2a"

    /// A file outside the document whose content must never appear in any event.
    private func secretFile(_ content: String? = nil) throws -> URL {
        let file = try XMLTestSupport.temporaryDirectory(for: self).appendingPathComponent("secret.txt")
        try (content ?? secret).write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    private func everything(_ events: [XMLEvent]) -> String {
        events.map { "\($0)" }.joined(separator: "\n")
    }

    func testExternalEntityIsNeverLoaded() throws {
        for url in ["file:///etc/passwd", try secretFile().absoluteString] {
            let xml = "<!DOCTYPE r [<!ENTITY x SYSTEM \"\(url)\">]><r>before&x;after</r>"
            let reader = try XMLEventReader(bytes: Array(xml.utf8), name: "xxe.xml")
            let events = try XMLTestSupport.drain(reader)
            XCTAssertEqual(XMLTestSupport.text(events), "beforeafter")
            XCTAssertFalse(everything(events).contains("root:"))
            XCTAssertFalse(everything(events).contains(secret))
            XCTAssertEqual(reader.warnings.map(\.message), ["reference to entity 'x' was not expanded (entities declared in a DTD are ignored)"])
            XCTAssertEqual(reader.warnings.first?.line, 1)
        }
    }

    func testExternalEntityInAnAttributeIsAnError() throws {
        let url = try secretFile().absoluteString
        let xml = "<!DOCTYPE r [<!ENTITY x SYSTEM \"\(url)\">]>\n<r a=\"&x;\"/>"
        let error = XMLTestSupport.readError(Array(xml.utf8))
        XCTAssertEqual(error?.line, 2)
        XCTAssertFalse(error?.message.contains(secret) ?? true)
    }

    func testExternalParameterEntityIsNeverLoaded() throws {
        let dtd = try secretFile("<!ENTITY leak \"\(secret)\"><!ATTLIST r injected CDATA \"\(secret)\">")
        let xml = "<!DOCTYPE r [<!ENTITY % p SYSTEM \"\(dtd.absoluteString)\"> %p;]><r>&leak;</r>"
        // libxml2 reports the now undeclared `leak` as a fatal error; what matters is that the secret is nowhere.
        let reader = try XMLEventReader(bytes: Array(xml.utf8), name: "pe.xml")
        var events: [XMLEvent] = []
        do {
            while let event = try reader.next() { events.append(event) }
        } catch {
            XCTAssertFalse(error.description.contains(secret))
        }
        XCTAssertFalse(everything(events).contains(secret))
        XCTAssertFalse(reader.warnings.description.contains(secret))
    }

    func testExternalDTDIsNotLoaded() throws {
        let dtd = try secretFile("<!ENTITY e \"\(secret)\"><!ATTLIST r injected CDATA \"\(secret)\">")
        let xml = "<!DOCTYPE r SYSTEM \"\(dtd.absoluteString)\">\n<r>a&e;b</r>"
        let reader = try XMLEventReader(bytes: Array(xml.utf8), name: "dtd.xml")
        let events = try XMLTestSupport.drain(reader)
        XCTAssertEqual(
            events,
            [.startElement(XMLElementStart(localName: "r", line: 2)), .text("a"), .text("b"), .endElement(localName: "r", line: 2)])
        XCTAssertTrue(reader.warnings.contains { $0.message.contains("'e' not defined") }, "\(reader.warnings)")
    }

    func testInternalDTDDefaultsAreNotApplied() throws {
        let events = try XMLTestSupport.events("<!DOCTYPE r [<!ATTLIST r a CDATA \"default\">]><r/>")
        XCTAssertEqual(events.first, .startElement(XMLElementStart(localName: "r", line: 1, isEmpty: true)))
    }

    func testNetworkDTDIsNotFetchedAndTheDocumentStillParses() throws {
        let listener = try LocalListener()
        let documents = [
            "<!DOCTYPE r SYSTEM \"http://example.invalid/x.dtd\">\n<r><a>1</a></r>",
            "<!DOCTYPE r SYSTEM \"http://127.0.0.1:\(listener.port)/x.dtd\">\n<r><a>1</a></r>",
            "<!DOCTYPE r [<!ENTITY x SYSTEM \"http://127.0.0.1:\(listener.port)/e\">]>\n<r><a>1&x;</a></r>",
        ]
        for xml in documents {
            let events = try XMLTestSupport.events(xml)
            XCTAssertEqual(XMLTestSupport.startNames(events), ["r", "a"])
            XCTAssertEqual(XMLTestSupport.text(events), "1")
        }
        XCTAssertFalse(listener.hasPendingConnection(), "libxml2 connected to the DTD's server")
    }

    func testXIncludeIsNotProcessed() throws {
        let url = try secretFile().absoluteString
        let xml = "<r xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"\(url)\" parse=\"text\"/></r>"
        let events = try XMLTestSupport.events(xml)
        XCTAssertEqual(XMLTestSupport.startNames(events), ["r", "include"])
        XCTAssertFalse(everything(events).contains(secret))
    }

    private func billionLaughs(reference: String) -> String {
        var entities = ["<!ENTITY lol \"lol\">"]
        for level in 1...9 {
            let inner = level == 1 ? "&lol;" : "&lol\(level - 1);"
            entities.append("<!ENTITY lol\(level) \"\(String(repeating: inner, count: 10))\">")
        }
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n\(entities.joined(separator: "\n"))\n]>\n\(reference)\n"
    }

    func testBillionLaughsFailsFast() throws {
        for document in [billionLaughs(reference: "<lolz>&lol9;</lolz>"), billionLaughs(reference: "<lolz a=\"&lol9;\"/>")] {
            let started = Date()
            let error = XMLTestSupport.readError(Array(document.utf8))
            XCTAssertLessThan(Date().timeIntervalSince(started), 1)
            XCTAssertEqual(error?.line, 14)
            XCTAssertTrue(error?.message.contains("entity reference loop") ?? false, "\(String(describing: error))")
        }
    }

    /// One 100 KB entity referenced 10,000 times in an attribute would be 1 GB if expanded.
    func testQuadraticBlowupInAttributeIsNotExpanded() throws {
        let big = String(repeating: "x", count: 100_000)
        let references = String(repeating: "&a;", count: 10_000)
        let xml = "<!DOCTYPE r [<!ENTITY a \"\(big)\">]><r>&a;<e b=\"[\(references)]\"/>\(references)</r>"
        let started = Date()
        let reader = try XMLEventReader(bytes: Array(xml.utf8), name: "quadratic.xml")
        let events = try XMLTestSupport.drain(reader)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
        guard case .startElement(let e) = events[1] else { return XCTFail("\(events.prefix(3))") }
        XCTAssertEqual(e.attribute("b"), "[]")
        XCTAssertEqual(XMLTestSupport.text(events), "")
        XCTAssertEqual(reader.warnings.count, 1_000)
        XCTAssertEqual(reader.droppedWarningCount, 20_001 - 1_000)
        XCTAssertEqual(reader.takeWarnings().count, 1_000)
        XCTAssertEqual(reader.warnings, [])
    }

    func testNothingIsWrittenToStandardError() throws {
        let big = String(repeating: "x", count: 100_000)
        let documents = [
            "<r><a></b></r>", "", "\u{1}\u{2}garbage", "<r>&undefined;</r>", "<r><x:a/></r>",
            "<!DOCTYPE r SYSTEM \"http://example.invalid/x.dtd\"><r>&u;</r>",
            "<!DOCTYPE r [<!ENTITY a \"\(big)\">]><r>&a;<e b=\"\(String(repeating: "&a;", count: 10_000))\"/></r>",
            billionLaughs(reference: "<lolz>&lol9;</lolz>"),
        ]
        let output = try captureStandardError {
            for xml in documents {
                if let reader = try? XMLEventReader(bytes: Array(xml.utf8), name: "noisy.xml") {
                    _ = try? XMLTestSupport.drain(reader)
                }
            }
            _ = try? XMLEventReader(path: "/nonexistent/file.xml")
        }
        XCTAssertEqual(output, "")
    }

    /// Runs `body` with file descriptor 2 pointing at a temporary file and returns what was written there.
    private func captureStandardError(_ body: () throws -> Void) throws -> String {
        let file = try XMLTestSupport.temporaryDirectory(for: self).appendingPathComponent("stderr.txt")
        XCTAssertTrue(FileManager.default.createFile(atPath: file.path, contents: nil))
        let capture = open(file.path, O_WRONLY)
        let saved = dup(2)
        XCTAssertGreaterThanOrEqual(capture, 0)
        dup2(capture, 2)
        defer {
            dup2(saved, 2)
            close(saved)
            close(capture)
        }
        try body()
        return try String(contentsOf: file, encoding: .utf8)
    }
}

/// A TCP socket on 127.0.0.1 that only listens, to prove that nobody connected to it.
private final class LocalListener {
    private let socketDescriptor: Int32
    let port: UInt16

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && listen(descriptor, 8) == 0
                    && getsockname(descriptor, pointer, &length) == 0
            }
        }
        guard descriptor >= 0, bound else { throw XMLReadError(file: "listener", line: 0, message: "cannot listen") }
        socketDescriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
        _ = fcntl(socketDescriptor, F_SETFL, O_NONBLOCK)
    }

    func hasPendingConnection() -> Bool {
        let connection = accept(socketDescriptor, nil, nil)
        if connection >= 0 { close(connection) }
        return connection >= 0
    }

    deinit { close(socketDescriptor) }
}
