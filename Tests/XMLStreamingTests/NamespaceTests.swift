import XCTest
import XMLStreaming

/// The same transcript in the three namespace flavours found in ELMO exports reads as the same local names.
final class NamespaceTests: XCTestCase {
    private func transcript(rootAttributes: String, prefix: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <\(prefix)elmo \(rootAttributes)>
          <\(prefix)learner><\(prefix)givenNames>Kaisa</\(prefix)givenNames></\(prefix)learner>
          <\(prefix)report><\(prefix)issueDate>2016-09-07</\(prefix)issueDate><\(prefix)empty/></\(prefix)report>
        </\(prefix)elmo>
        """
    }

    private func shape(_ events: [XMLEvent]) -> [String] {
        events.map {
            switch $0 {
            case .startElement(let start): "<\(start.localName) line \(start.line) attrs \(start.attributes.count)"
            case .endElement(let name, let line): "</\(name) line \(line)"
            case .text(let text): "text \(text)"
            }
        }
    }

    func testDefaultLegacyPrefixedAndNoNamespaceGiveTheSameEvents() throws {
        let v1 = try XMLTestSupport.events(
            transcript(rootAttributes: #"xmlns="https://github.com/emrex-eu/elmo-schemas/tree/v1""#))
        let legacy = try XMLTestSupport.events(transcript(rootAttributes: #"xmlns="http://purl.org/net/elmo""#))
        let prefixed = try XMLTestSupport.events(
            transcript(rootAttributes: #"xmlns:e="http://purl.org/net/elmo""#, prefix: "e:"))
        let none = try XMLTestSupport.events(transcript(rootAttributes: ""))

        XCTAssertEqual(
            XMLTestSupport.startNames(none), ["elmo", "learner", "givenNames", "report", "issueDate", "empty"])
        XCTAssertEqual(shape(v1), shape(none))
        XCTAssertEqual(shape(legacy), shape(none))
        XCTAssertEqual(shape(prefixed), shape(none))
    }

    func testNamespaceURIsAreResolvedAndXmlnsIsNotAnAttribute() throws {
        let events = try XMLTestSupport.events(
            #"<e:elmo xmlns:e="http://purl.org/net/elmo" xmlns="urn:default"><learner/><e:x/></e:elmo>"#)
        let starts = events.compactMap { event -> XMLElementStart? in
            if case .startElement(let start) = event { return start }
            return nil
        }
        XCTAssertEqual(starts.map(\.namespaceURI), ["http://purl.org/net/elmo", "urn:default", "http://purl.org/net/elmo"])
        XCTAssertEqual(starts[0].attributes, [])

        let noNamespace = try XMLTestSupport.events("<elmo><learner/></elmo>")
        XCTAssertEqual(
            noNamespace.first, .startElement(XMLElementStart(localName: "elmo", namespaceURI: nil, line: 1)))
    }

    func testUndeclaredPrefixIsAWarningNotAFatalError() throws {
        let reader = try XMLEventReader(bytes: Array("<r><x:a>1</x:a></r>".utf8), name: "ns.xml")
        let events = try XMLTestSupport.drain(reader)
        XCTAssertEqual(XMLTestSupport.text(events), "1")
        XCTAssertEqual(reader.warnings.count, 1)
        XCTAssertTrue(reader.warnings.first?.message.contains("prefix x") ?? false, "\(reader.warnings)")
    }
}
