import Foundation
import XCTest
import XMLStreaming

/// libxml2's default limits (no XML_PARSE_HUGE) bound memory; hitting one is a clear error, not
/// "the document ended unexpectedly".
final class SizeLimitTests: XCTestCase {
    func testATextNodeOver10MBIsAClearErrorWithItsLine() throws {
        let xml = "<r>\n<a>1</a>\n<a>" + String(repeating: "y", count: 11 << 20) + "</a>\n</r>\n"
        let reader = try XMLEventReader(bytes: Array(xml.utf8), name: "huge.xml")
        var texts: [String] = []
        var failure: XMLReadError?
        do {
            while let event = try reader.next() {
                if case .text(let text) = event { texts.append(text) }
            }
        } catch {
            failure = error
        }
        XCTAssertEqual(texts, ["1"], "what came before is read")
        XCTAssertEqual(failure?.line, 3)
        XCTAssertTrue(failure?.message.contains("huge text node") ?? false, "\(String(describing: failure))")
        XCTAssertTrue(failure?.message.contains("10 MB") ?? false, "\(String(describing: failure))")
    }

    func testAnEarlierReadersErrorIsNotBlamedOnTheNextDocument() throws {
        _ = XMLTestSupport.readError(Array("<r><a></b></r>".utf8))
        let error = XMLTestSupport.readError(Array("<r><a>".utf8))
        XCTAssertNotNil(error)
        XCTAssertFalse(error?.message.contains("mismatch") ?? true, "\(String(describing: error))")
    }
}
