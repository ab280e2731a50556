@testable import MCredCore
import XCTest

final class ElementPathsTests: XCTestCase {
    func testChildrenOfTheRootAreTheirNames() {
        var paths = ElementPaths()
        let title = paths.child(named: "title", of: ElementPaths.root, path: "")
        XCTAssertEqual(title.path, "title")
        XCTAssertNotNil(title.id)
        let credit = paths.child(named: "credit", of: ElementPaths.root, path: "")
        let value = paths.child(named: "value", of: credit.id, path: credit.path)
        XCTAssertEqual(value.path, "credit/value")
        let deeper = paths.child(named: "x", of: value.id, path: value.path)
        XCTAssertEqual(deeper.path, "credit/value/x")
    }

    func testRepeatedPathsGetTheSameIDInAnyOrder() {
        var paths = ElementPaths()
        let names = ["a", "b", "c", "d"]
        let first = names.map { paths.child(named: $0, of: ElementPaths.root, path: "") }
        // The same order (the usual case), a different order, and repeats of one name.
        for order in [names, names.reversed(), ["c", "a", "d", "b"], ["b", "b", "b"]] {
            for name in order {
                let found = paths.child(named: name, of: ElementPaths.root, path: "")
                let expected = first[names.firstIndex(of: name)!]
                XCTAssertEqual(found.id, expected.id, name)
                XCTAssertEqual(found.path, name)
            }
        }
        XCTAssertEqual(paths.strings.count, 1 + names.count)
    }

    func testTheSameNameUnderDifferentParentsIsADifferentPath() {
        var paths = ElementPaths()
        let a = paths.child(named: "a", of: ElementPaths.root, path: "")
        let b = paths.child(named: "b", of: ElementPaths.root, path: "")
        let aValue = paths.child(named: "value", of: a.id, path: a.path)
        let bValue = paths.child(named: "value", of: b.id, path: b.path)
        XCTAssertNotEqual(aValue.id, bValue.id)
        XCTAssertEqual(aValue.path, "a/value")
        XCTAssertEqual(bValue.path, "b/value")
    }

    func testPathsBeyondTheLimitAreStillRight() {
        var paths = ElementPaths()
        for index in 0..<(ElementPaths.limit + 10) {
            let found = paths.child(named: "n\(index)", of: ElementPaths.root, path: "")
            XCTAssertEqual(found.path, "n\(index)")
            if index >= ElementPaths.limit - 1 { XCTAssertNil(found.id) }
        }
        XCTAssertEqual(paths.strings.count, ElementPaths.limit)
        // A parent that isn't remembered: the path is built from the parent's.
        let unremembered = paths.child(named: "value", of: nil, path: "n5000/credit")
        XCTAssertNil(unremembered.id)
        XCTAssertEqual(unremembered.path, "n5000/credit/value")
        // Paths remembered before the table filled are still found.
        XCTAssertEqual(paths.child(named: "n3", of: ElementPaths.root, path: "").path, "n3")
        XCTAssertNotNil(paths.child(named: "n3", of: ElementPaths.root, path: "").id)
    }

    func testWideParentsFindTheirChildren() {
        var paths = ElementPaths()
        let names = (0..<100).map { "column\($0)" }
        let ids = names.map { paths.child(named: $0, of: ElementPaths.root, path: "").id }
        for name in names.shuffled() + names.reversed() {
            let found = paths.child(named: name, of: ElementPaths.root, path: "")
            XCTAssertEqual(found.id, ids[names.firstIndex(of: name)!])
            XCTAssertEqual(found.path, name)
        }
        XCTAssertEqual(paths.strings.count, 1 + names.count)
    }

    func testCanonicallyEquivalentNamesKeepTheirOwnBytes() {
        for width in [1, 40] {
            var paths = ElementPaths()
            // Enough siblings first to switch to the dictionary in the second round.
            for index in 0..<width { _ = paths.child(named: "n\(index)", of: ElementPaths.root, path: "") }
            let composed = paths.child(named: "caf\u{E9}", of: ElementPaths.root, path: "")
            let decomposed = paths.child(named: "cafe\u{301}", of: ElementPaths.root, path: "")
            XCTAssertEqual(Array(composed.path.utf8), Array("caf\u{E9}".utf8))
            XCTAssertEqual(Array(decomposed.path.utf8), Array("cafe\u{301}".utf8))
            let child = paths.child(named: "x", of: decomposed.id, path: decomposed.path)
            XCTAssertEqual(Array(child.path.utf8), Array("cafe\u{301}/x".utf8))
            // Asked again, each spelling still gets its own bytes.
            XCTAssertEqual(Array(paths.child(named: "caf\u{E9}", of: ElementPaths.root, path: "").path.utf8),
                           Array("caf\u{E9}".utf8))
            XCTAssertEqual(Array(paths.child(named: "cafe\u{301}", of: ElementPaths.root, path: "").path.utf8),
                           Array("cafe\u{301}".utf8))
        }
    }

    func testANameEquivalentToAnASCIINameKeepsItsBytes() {
        for width in [1, 40] {
            var paths = ElementPaths()
            for index in 0..<width { _ = paths.child(named: "n\(index)", of: ElementPaths.root, path: "") }
            let ascii = paths.child(named: "K", of: ElementPaths.root, path: "")
            // U+212A KELVIN SIGN is canonically equivalent to "K": `==` holds, the bytes differ.
            let kelvin = paths.child(named: "\u{212A}", of: ElementPaths.root, path: "")
            XCTAssertEqual(Array(ascii.path.utf8), [0x4B])
            XCTAssertEqual(Array(kelvin.path.utf8), Array("\u{212A}".utf8))
            XCTAssertEqual(Array(paths.child(named: "K", of: ElementPaths.root, path: "").path.utf8), [0x4B])
        }
    }
}
