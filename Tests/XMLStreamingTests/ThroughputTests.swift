import Foundation
import XCTest
@testable import XMLStreaming

/// Not a benchmark: a sanity check that a multi-megabyte file streams and that names are interned.
final class ThroughputTests: XCTestCase {
    func testLargeFileStreamsAndNamesAreInterned() throws {
        let record = """
              <report><learner><identifier type="nationalIdentifier">%ID%</identifier>\
            <givenNames xml:lang="fi">Kaisa</givenNames></learner><credit><value>5</value></credit></report>

            """
        var xml = "<elmo xmlns=\"http://purl.org/net/elmo\">\n"
        for id in 0..<20_000 { xml += record.replacingOccurrences(of: "%ID%", with: String(id)) }
        xml += "</elmo>\n"
        let directory = try XMLTestSupport.temporaryDirectory(for: self)
        let file = directory.appendingPathComponent("throughput.xml")
        try xml.write(to: file, atomically: true, encoding: .utf8)

        let reader = try XMLEventReader(path: file.path)
        var starts = 0
        var texts = 0
        let started = Date()
        while let event = try reader.next() {
            switch event {
            case .startElement: starts += 1
            case .text: texts += 1
            case .endElement: break
            }
        }
        let seconds = Date().timeIntervalSince(started)
        XCTAssertEqual(starts, 1 + 20_000 * 6)
        XCTAssertEqual(texts, 20_000 * 3)
        // elmo, report, learner, identifier, givenNames, credit, value; type, lang; two namespace URIs.
        // Pointer interning only stays this small if libxml2 hands back the same pointer for the same name.
        XCTAssertEqual(reader.internedNameCount, 11)
        let megabytes = Double(xml.utf8.count) / 1_048_576
        print("XMLEventReader: \(String(format: "%.1f", megabytes)) MB in \(String(format: "%.3f", seconds)) s")
    }
}
