import MCredCore
import XCTest

final class ReportEscapingTests: XCTestCase {
    func testHTMLEscapesMarkupQuotesAndControlCharacters() {
        XCTAssertEqual(ReportEscaping.html("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;")
        XCTAssertEqual(ReportEscaping.html("a\"b'c&d"), "a&quot;b&#39;c&amp;d")
        XCTAssertEqual(ReportEscaping.html("line\nbreak\u{0}"), "line break ")
        XCTAssertEqual(ReportEscaping.html("Université Gent"), "Université Gent")
        XCTAssertEqual(ReportEscaping.html("Course \u{202E}live\u{2066}x"), "Course \u{FFFD}live\u{FFFD}x", "no bidi reordering")
        XCTAssertEqual(ReportEscaping.html("מיקרו-תעודה"), "מיקרו-תעודה", "right-to-left text itself stays")
        XCTAssertEqual(ReportEscaping.markdown("x\u{202E}y"), "x\u{FFFD}y")
    }

    func testMarkdownEscapesCellBreakersLinksHTMLAndLeadingBlockMarkers() {
        XCTAssertEqual(ReportEscaping.markdown("a | b"), "a \\| b")
        XCTAssertEqual(ReportEscaping.markdown("[x](javascript:alert(1))"), "\\[x\\]\\(javascript\\:alert\\(1\\)\\)")
        XCTAssertEqual(ReportEscaping.markdown("<b>&amp;"), "&lt;b&gt;&amp;amp;")
        XCTAssertEqual(ReportEscaping.markdown("`code` *b* _i_"), "\\`code\\` \\*b\\* \\_i\\_")
        XCTAssertEqual(ReportEscaping.markdown("# Heading"), "\\# Heading")
        XCTAssertEqual(ReportEscaping.markdown("- item"), "\\- item")
        XCTAssertEqual(ReportEscaping.markdown("1. first"), "1\\. first")
        XCTAssertEqual(ReportEscaping.markdown("@team"), "\\@team")
        XCTAssertEqual(ReportEscaping.markdown("Data-driven 3.5"), "Data-driven 3.5")
        XCTAssertEqual(ReportEscaping.markdown("two\nlines"), "two lines")
    }

    func testCSVNeutralisesFormulaStartsAndQuotesPerRFC4180() {
        XCTAssertEqual(ReportEscaping.csv("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"")
        XCTAssertEqual(ReportEscaping.csv("+1"), "'+1")
        XCTAssertEqual(ReportEscaping.csv("-1"), "'-1")
        XCTAssertEqual(ReportEscaping.csv("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(ReportEscaping.csv("\tx"), "'\tx")
        XCTAssertEqual(ReportEscaping.csv("\rx"), "\"'\rx\"")
        XCTAssertEqual(ReportEscaping.csv("a,b"), "\"a,b\"")
        XCTAssertEqual(ReportEscaping.csv("two\nlines"), "\"two\nlines\"")
        XCTAssertEqual(ReportEscaping.csv("plain"), "plain")
        XCTAssertEqual(ReportEscaping.csv("a=b"), "a=b")
    }
}
