import Foundation
import XCTest
import XMLStreaming

/// Line numbers, including past libxml2's 16-bit node line field (65,535).
final class LineNumberTests: XCTestCase {
    /// Builds a document of more than 70,000 lines that mixes the markup styles where libxml2 2.9's own
    /// `xmlGetLineNo` goes wrong past 65,535 (elements whose first child is an element, an empty last child
    /// right before its parent's end tag), and records the expected line of every start tag.
    private func largeDocument() -> (xml: String, expected: [(name: String, line: Int)]) {
        var lines = ["<?xml version=\"1.0\"?>", "<root>"]
        var expected = [("root", 2)]
        var record = 0
        while lines.count < 72_000 {
            let line = lines.count + 1
            switch record % 6 {
            case 0:
                lines.append("  <e n=\"\(record)\">v</e>")
                expected.append(("e", line))
            case 1:
                lines.append("  <p><x/><y/></p>")
                expected += [("p", line), ("x", line), ("y", line)]
            case 2:
                lines += ["  <q>", "    <a/>", "  </q>"]
                expected += [("q", line), ("a", line + 1)]
            case 3:
                lines.append("  <c><![CDATA[z]]></c>")
                expected.append(("c", line))
            case 4:
                lines.append("  <m><!-- note --><k/></m>")
                expected += [("m", line), ("k", line)]
            default:
                lines.append("  <t>text<b>bold</b></t>")
                expected += [("t", line), ("b", line)]
            }
            record += 1
        }
        // The last element is an empty last child with no text after it before the root's end tag.
        lines.append("  <last><z/></last></root>")
        expected += [("last", lines.count), ("z", lines.count)]
        return (lines.joined(separator: "\n") + "\n", expected)
    }

    func testStartAndEndLinesAreExactPast65535() throws {
        let (xml, expected) = largeDocument()
        let directory = try XMLTestSupport.temporaryDirectory(for: self)
        let file = directory.appendingPathComponent("large.xml")
        try xml.write(to: file, atomically: true, encoding: .utf8)

        let reader = try XMLEventReader(path: file.path)
        var starts: [(name: String, line: Int)] = []
        var open: [(name: String, line: Int)] = []
        while let event = try reader.next() {
            switch event {
            case .startElement(let start):
                starts.append((start.localName, start.line))
                open.append((start.localName, start.line))
            case .endElement(let name, let line):
                let start = open.removeLast()
                XCTAssertEqual(name, start.name)
                XCTAssertEqual(line, start.line, "end of \(name) should carry its start tag's line")
            case .text:
                break
            }
        }
        XCTAssertTrue(open.isEmpty)
        XCTAssertEqual(starts.count, expected.count)
        XCTAssertGreaterThan(expected.last!.line, 70_000)
        var mismatches = 0
        for (actual, wanted) in zip(starts, expected) where actual.name != wanted.name || actual.line != wanted.line {
            if mismatches < 10 { XCTFail("<\(actual.name)> at line \(actual.line), expected <\(wanted.name)> at \(wanted.line)") }
            mismatches += 1
        }
        XCTAssertEqual(mismatches, 0)
        XCTAssertEqual(reader.bytesConsumed, xml.utf8.count)
    }

    func testMultiLineStartTagReportsTheLineOfItsClosingBracket() throws {
        // libxml2 records an element's line after parsing the whole start tag.
        let events = try XMLTestSupport.events("<r\n  a=\"1\"\n  b=\"2\">\n  <c/>\n</r>")
        XCTAssertEqual(
            events.first,
            .startElement(
                XMLElementStart(
                    localName: "r", attributes: [XMLAttribute(localName: "a", value: "1"), XMLAttribute(localName: "b", value: "2")],
                    line: 3)))
        XCTAssertEqual(events[1], .startElement(XMLElementStart(localName: "c", line: 4, isEmpty: true)))
    }

    func testCRLFCountsOnceAndBareCRNotAtAll() throws {
        let lines: (String) throws -> [Int] = { xml in
            try XMLTestSupport.events(xml).compactMap { if case .startElement(let start) = $0 { start.line } else { nil } }
        }
        XCTAssertEqual(try lines("<r>\r\n<a/>\r\n<b/>\r\n</r>"), [1, 2, 3])
        // libxml2 2.9 counts lines at LF only, so a file with old Mac line ends (CR alone) is all line 1.
        // Pinned so that a libxml2 upgrade that fixes it shows up here.
        XCTAssertEqual(try lines("<r>\r<a/>\r<b/>\r</r>"), [1, 1, 1])
    }
}
