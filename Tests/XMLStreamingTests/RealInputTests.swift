import Foundation
import XCTest
import XMLStreaming

/// Every real registrar file in `Fixtures/inputs` reads to the end, with counts computed independently by
/// Python's expat (`xml.parsers.expat`): start elements, attributes (without `xmlns`), self-closing elements,
/// distinct local names, and the sum of the lines on which each start tag's `>` stands.
final class RealInputTests: XCTestCase {
    private struct Expected {
        let elements: Int
        let attributes: Int
        let selfClosing: Int
        let distinctLocalNames: Int
        let lineSum: Int
    }

    private let expectations: [String: Expected] = [
        "elm-loq-learning-opportunities-qualifications.xml": Expected(
            elements: 4_199, attributes: 2_643, selfClosing: 352, distinctLocalNames: 147, lineSum: 10_506_809),
        "elmo-denmark-stads-no-namespace.xml": Expected(
            elements: 590, attributes: 3, selfClosing: 0, distinctLocalNames: 24, lineSum: 224_819),
        "elmo-finland-legacy-purl-namespace.xml": Expected(
            elements: 943, attributes: 400, selfClosing: 237, distinctLocalNames: 35, lineSum: 556_267),
        "elmo-norway-uio-fs.xml": Expected(
            elements: 199, attributes: 108, selfClosing: 34, distinctLocalNames: 47, lineSum: 24_245),
        "elmo-v1-official-example.xml": Expected(
            elements: 254, attributes: 125, selfClosing: 18, distinctLocalNames: 72, lineSum: 50_766),
        "ewp-courses-response-ects.xml": Expected(
            elements: 51, attributes: 15, selfClosing: 2, distinctLocalNames: 31, lineSum: 2_127),
    ]

    func testEveryRealInputReadsToTheEnd() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: XMLTestSupport.sharedInputs.path)
            .filter { $0.hasSuffix(".xml") }.sorted()
        XCTAssertEqual(Set(files), Set(expectations.keys), "a new input file needs its expected counts here")
        for name in files {
            let path = XMLTestSupport.sharedInputs.appendingPathComponent(name).path
            let reader = try XMLEventReader(path: path)
            var elements = 0, attributes = 0, selfClosing = 0, lineSum = 0, depth = 0
            var names = Set<String>()
            while let event = try reader.next() {
                switch event {
                case .startElement(let start):
                    elements += 1
                    attributes += start.attributes.count
                    selfClosing += start.isEmpty ? 1 : 0
                    lineSum += start.line
                    names.insert(start.localName)
                    depth += 1
                case .endElement:
                    depth -= 1
                case .text:
                    break
                }
            }
            let expected = try XCTUnwrap(expectations[name])
            XCTAssertEqual(elements, expected.elements, name)
            XCTAssertEqual(attributes, expected.attributes, name)
            XCTAssertEqual(selfClosing, expected.selfClosing, name)
            XCTAssertEqual(names.count, expected.distinctLocalNames, name)
            XCTAssertEqual(lineSum, expected.lineSum, name)
            XCTAssertEqual(depth, 0, name)
            XCTAssertEqual(reader.warnings, [], name)
            let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
            XCTAssertEqual(reader.bytesConsumed, size, name)
        }
    }

    func testFinnishLegacyFileKeepsEmptyTitlesAndLanguages() throws {
        let path = XMLTestSupport.sharedInputs.appendingPathComponent("elmo-finland-legacy-purl-namespace.xml").path
        let reader = try XMLEventReader(path: path)
        var first: XMLElementStart?
        var fullNames: [String] = []
        var emptyTitles: [XMLElementStart] = []
        var inFullName = false
        while let event = try reader.next() {
            switch event {
            case .startElement(let start):
                if first == nil { first = start }
                inFullName = start.localName == "fullName"
                if inFullName { fullNames.append("") }
                if start.localName == "title", start.isEmpty { emptyTitles.append(start) }
            case .text(let text) where inFullName:
                fullNames[fullNames.count - 1] += text
            default:
                inFullName = false
            }
        }
        XCTAssertEqual(first?.localName, "elmo")
        XCTAssertEqual(first?.namespaceURI, "http://purl.org/net/elmo")
        XCTAssertEqual(first?.line, 2)
        XCTAssertEqual(fullNames, ["Kaisa Keränen", "Kaisa Keranen"])
        XCTAssertFalse(emptyTitles.isEmpty)
        XCTAssertTrue(
            emptyTitles.allSatisfy { $0.attribute("lang", namespaceURI: "http://www.w3.org/XML/1998/namespace") != nil })
    }

    func testStandardInputIsReadForDash() throws {
        let path = XMLTestSupport.sharedInputs.appendingPathComponent("ewp-courses-response-ects.xml").path
        let file = open(path, O_RDONLY)
        let saved = dup(0)
        XCTAssertGreaterThanOrEqual(file, 0)
        dup2(file, 0)
        defer {
            dup2(saved, 0)
            close(saved)
            close(file)
        }
        let reader = try XMLEventReader(path: "-")
        let events = try XMLTestSupport.drain(reader)
        XCTAssertEqual(XMLTestSupport.startNames(events).count, 51)
    }

    func testStandardInputErrorsAreNamedStdin() throws {
        let pipe = Pipe()
        let saved = dup(0)
        dup2(pipe.fileHandleForReading.fileDescriptor, 0)
        defer {
            dup2(saved, 0)
            close(saved)
        }
        pipe.fileHandleForWriting.write(Data("<r>\n<a></b></r>".utf8))
        try pipe.fileHandleForWriting.close()
        let reader = try XMLEventReader(path: "-")
        XCTAssertThrowsError(try XMLTestSupport.drain(reader)) { error in
            XCTAssertEqual((error as? XMLReadError)?.file, "<stdin>")
            XCTAssertEqual((error as? XMLReadError)?.line, 2)
        }
    }
}
