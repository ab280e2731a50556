import XCTest
import XMLStreaming

/// The documented event shapes: attributes, xml:lang, CDATA, references, empty elements, whitespace.
final class EventTests: XCTestCase {
    private let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    func testAttributesInDocumentOrderWithXmlLangAndWithoutXmlns() throws {
        let events = try XMLTestSupport.events(
            #"<r xmlns="urn:r" xmlns:x="urn:x"><title xml:lang="en" x:kind="short" type='a&amp;b &#233;'>T</title></r>"#)
        guard case .startElement(let title) = events[1] else { return XCTFail("\(events)") }
        XCTAssertEqual(
            title.attributes,
            [
                XMLAttribute(localName: "lang", namespaceURI: xmlNamespace, value: "en"),
                XMLAttribute(localName: "kind", namespaceURI: "urn:x", value: "short"),
                XMLAttribute(localName: "type", namespaceURI: nil, value: "a&b é"),
            ])
        XCTAssertEqual(title.attribute("lang", namespaceURI: xmlNamespace), "en")
        XCTAssertEqual(title.attribute("type"), "a&b é")
        XCTAssertNil(title.attribute("lang"))
    }

    func testAttributeValueNormalization() throws {
        let events = try XMLTestSupport.events("<r a=\"x\ny\tz&#10;\" b=\"\" c=\"&lt;&gt;&quot;&apos;\"/>")
        guard case .startElement(let root) = events[0] else { return XCTFail("\(events)") }
        XCTAssertEqual(root.attributes.map(\.value), ["x y z\n", "", "<>\"'"])
    }

    func testEmptyElementsAlwaysGetAnEndEvent() throws {
        let events = try XMLTestSupport.events("<r>\n  <a/>\n  <b></b>\n  <c x=\"1\"/>\n</r>")
        XCTAssertEqual(
            events,
            [
                .startElement(XMLElementStart(localName: "r", line: 1)),
                .startElement(XMLElementStart(localName: "a", line: 2, isEmpty: true)),
                .endElement(localName: "a", line: 2),
                .startElement(XMLElementStart(localName: "b", line: 3, isEmpty: false)),
                .endElement(localName: "b", line: 3),
                .startElement(
                    XMLElementStart(
                        localName: "c", attributes: [XMLAttribute(localName: "x", value: "1")], line: 4, isEmpty: true)),
                .endElement(localName: "c", line: 4),
                .endElement(localName: "r", line: 1),
            ])
    }

    func testCDATAAndCharacterReferencesBecomeText() throws {
        let events = try XMLTestSupport.events(
            "<r><a>x &lt; y &amp;&#x41;&#66;&#233;</a><b><![CDATA[<not a tag> & ]]></b><c>one<![CDATA[two]]>three</c></r>")
        XCTAssertEqual(
            events,
            [
                .startElement(XMLElementStart(localName: "r", line: 1)),
                .startElement(XMLElementStart(localName: "a", line: 1)),
                .text("x < y &AB\u{E9}"),
                .endElement(localName: "a", line: 1),
                .startElement(XMLElementStart(localName: "b", line: 1)),
                .text("<not a tag> & "),
                .endElement(localName: "b", line: 1),
                .startElement(XMLElementStart(localName: "c", line: 1)),
                .text("one"), .text("two"), .text("three"),
                .endElement(localName: "c", line: 1),
                .endElement(localName: "r", line: 1),
            ])
    }

    func testWhitespaceOnlyTextIsSkippedButCDATAAndSurroundingSpaceAreKept() throws {
        let events = try XMLTestSupport.events(
            "<r>\n\t<a> padded </a>\n  <b>   </b><c xml:space=\"preserve\">  </c><d><![CDATA[ ]]></d>\r\n</r>")
        XCTAssertEqual(events.filter { if case .text = $0 { true } else { false } }, [.text(" padded "), .text(" ")])
    }

    func testLineEndingsAreNormalizedInText() throws {
        let events = try XMLTestSupport.events("<r>a\r\nb\rc</r>")
        XCTAssertEqual(XMLTestSupport.text(events), "a\nb\nc")
    }

    func testCommentsProcessingInstructionsAndDoctypeAreNotEvents() throws {
        let events = try XMLTestSupport.events(
            "<?xml version=\"1.0\"?><!DOCTYPE r><!-- c --><?pi data?><r>a<!-- inside -->b<?pi x?></r><!-- after -->")
        XCTAssertEqual(
            events,
            [
                .startElement(XMLElementStart(localName: "r", line: 1)), .text("a"), .text("b"),
                .endElement(localName: "r", line: 1),
            ])
    }

    func testNonASCIINamesAndText() throws {
        let events = try XMLTestSupport.events("<r><familyName>Keränen</familyName><名前 属性=\"値\">Søn</名前></r>")
        XCTAssertEqual(XMLTestSupport.startNames(events), ["r", "familyName", "名前"])
        XCTAssertEqual(XMLTestSupport.text(events), "KeränenSøn")
        guard case .startElement(let element) = events[4] else { return XCTFail("\(events)") }
        XCTAssertEqual(element.attribute("属性"), "値")
    }

    func testLatin1DeclaredEncodingIsDecoded() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>Ker".utf8) + [0xE4] + Array("nen</r>".utf8)
        let reader = try XMLEventReader(bytes: bytes, name: "latin1.xml")
        XCTAssertEqual(XMLTestSupport.text(try XMLTestSupport.drain(reader)), "Keränen")
    }

    func testAfterTheEndNextKeepsReturningNil() throws {
        let reader = try XMLEventReader(bytes: Array("<r/>".utf8), name: "r.xml")
        XCTAssertEqual(try XMLTestSupport.drain(reader).count, 2)
        XCTAssertNil(try reader.next())
        XCTAssertNil(try reader.next())
        XCTAssertEqual(reader.bytesConsumed, 4)
        XCTAssertEqual(reader.warnings, [])
    }

    func testDeepNestingIsBalanced() throws {
        let depth = 200
        let xml = (0..<depth).map { "<e\($0)>" }.joined() + "x" + (0..<depth).reversed().map { "</e\($0)>" }.joined()
        let events = try XMLTestSupport.events(xml)
        XCTAssertEqual(events.count, 2 * depth + 1)
        guard case .endElement(let name, _) = events.last else { return XCTFail() }
        XCTAssertEqual(name, "e0")
    }
}
