import MCredCore
import XCTest

final class TextNormalizerTests: XCTestCase {
    func testBlankAndDashCellsAreEmptyButNAIsData() {
        XCTAssertNil(TextNormalizer.text("   "))
        XCTAssertNil(TextNormalizer.text("-"))
        XCTAssertEqual(TextNormalizer.text(" NA "), "NA")
        XCTAssertEqual(TextNormalizer.text("N/A"), "N/A")
    }

    func testTextIsNFC() {
        let decomposed = "Ame\u{301}lie"
        XCTAssertEqual(TextNormalizer.text(decomposed), "Amélie")
        XCTAssertEqual(Array(TextNormalizer.text(decomposed)!.utf8), Array("Am\u{E9}lie".utf8))
    }

    func testOutcomesSplitAtLinesAndBullets() {
        XCTAssertEqual(TextNormalizer.outcomes("- Model a domain.\r\n- Write queries.\n\n"), ["Model a domain.", "Write queries."])
        XCTAssertEqual(TextNormalizer.outcomes("• one • two"), ["one", "two"])
        XCTAssertEqual(TextNormalizer.outcomes("1. first\n2) second\na) third"), ["first", "second", "third"])
        XCTAssertEqual(TextNormalizer.outcomes("a; b; c", separator: ";"), ["a", "b", "c"])
        XCTAssertEqual(TextNormalizer.outcomes("Analyse data with R (3.5 or later)."), ["Analyse data with R (3.5 or later)."])
    }

    func testEmailsAndURLs() {
        XCTAssertEqual(TextNormalizer.email("lotte@example.org"), "mailto:lotte@example.org")
        XCTAssertNil(TextNormalizer.email("lotte at example"))
        XCTAssertNil(TextNormalizer.email("a@b"))
        XCTAssertEqual(TextNormalizer.url("https://www.ugent.be"), "https://www.ugent.be")
        XCTAssertNil(TextNormalizer.url("www.uta.fi"))
        XCTAssertNil(TextNormalizer.url("javascript:alert(1)"))
    }
}
