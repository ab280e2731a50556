import Foundation
import MCredCore
import MCredTestSupport
import XCTest

/// Schemas/ is the one source of the element set: the Swift enums and the embedded copy must agree with it.
final class ElementSetTests: XCTestCase {
    func testSwiftElementsMatchSchema() {
        let schema = SchemaCatalog.builtIn.elements
        XCTAssertEqual(schema.map(\.id), ElementID.allCases.map(\.rawValue))
        for (description, element) in zip(schema, ElementID.allCases) {
            XCTAssertEqual(description.mandatory, element.isMandatory, element.rawValue)
            let swiftParts = element.parts.map(\.partName)
            let schemaParts = description.parts
            XCTAssertEqual(schemaParts, swiftParts, "parts of \(element.rawValue)")
            XCTAssertEqual(description.defaultPart ?? "value", element.defaultPart.partName, "default part of \(element.rawValue)")
        }
    }

    func testEmbeddedSchemasAreCurrent() throws {
        let output = ProcessRunner.run("/usr/bin/env", ["python3", "Schemas/tools/embed_schemas.py", "--check"],
                                       currentDirectory: FixturePaths.root)
        XCTAssertEqual(output.status, 0,
                       "Sources/MCredCore/Schemas/EmbeddedSchemas.swift is out of date with Schemas/. Run 'python3 Schemas/tools/embed_schemas.py'.\n\(output.stderr)")
    }

    func testEveryVocabularyLoads() {
        for id in VocabularyID.allCases {
            XCTAssertFalse(SchemaCatalog.builtIn.vocabulary(id).concepts.isEmpty, id.rawValue)
        }
    }
}
