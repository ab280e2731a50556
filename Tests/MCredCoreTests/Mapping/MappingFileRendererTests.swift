import MCredCore
import XCTest

final class MappingFileRendererTests: XCTestCase {
    func testARenderedMappingReadsBackTheSame() throws {
        var mapping = Mapping(name: "test")
        mapping.format = .csv
        mapping.delimiter = UInt8(ascii: ";")
        mapping.encoding = .windows1252
        mapping.defaultLanguage = "de"
        mapping.sources[.title] = [FieldSource(.column("Titel (NL)"), language: "nl"), FieldSource(.column("Titel"))]
        mapping.sources[.grade] = [FieldSource(.column("Note"))]
        mapping.sources[.issueDate] = [FieldSource(.column("Datum"), datePattern: "dd.MM.yyyy")]
        mapping.sources[.issuerCountry] = [FieldSource(.constant("DE"))]
        let bytes = MappingFileRenderer.render(mapping, description: "a \"quoted\" description")
        let back = try MappingLoader.parse(bytes, name: "rendered.json")
        XCTAssertEqual(back.format, .csv)
        XCTAssertEqual(back.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(back.encoding, .windows1252)
        XCTAssertEqual(back.defaultLanguage, "de")
        for part in [PartID.title, .grade, .issueDate, .issuerCountry] {
            XCTAssertEqual(
                back.sources[part]?.map { [String(describing: $0.origin), $0.language ?? "", $0.datePattern ?? ""] },
                mapping.sources[part]?.map { [String(describing: $0.origin), $0.language ?? "", $0.datePattern ?? ""] },
                part.qualifiedName)
        }
        XCTAssertEqual(back.sources.count, 4)
    }
}
