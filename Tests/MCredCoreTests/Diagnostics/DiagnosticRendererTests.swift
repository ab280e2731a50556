import MCredCore
import XCTest

final class DiagnosticRendererTests: XCTestCase {
    func testCompilerStyleLineWithTheField() {
        let diagnostic = Diagnostic.error(
            "invalid-value", "record 2: level 'X' is not an EQF level",
            at: SourceLocation(file: "export.csv", line: 3, column: 7, field: "eqf"))
        XCTAssertEqual(DiagnosticRenderer.render(diagnostic),
                       "export.csv:3:7: error: [invalid-value] record 2: level 'X' is not an EQF level (field 'eqf')")
    }

    /// Hostile data must neither split a diagnostic nor drive the terminal or the CI log.
    func testLineBreaksAndControlCharactersAreShownNotSent() {
        let diagnostic = Diagnostic.error("invalid-date", "issued 'x\u{1B}[2J\u{7}\ny\u{0}'", at: SourceLocation(file: "c.json", line: 1))
        let line = DiagnosticRenderer.render(diagnostic)
        XCTAssertEqual(line, "c.json:1: error: [invalid-date] issued 'x\\u{1B}[2J\\u{7}\\ny\\u{0}'")
        XCTAssertFalse(line.unicodeScalars.contains { $0.value < 0x20 })
        XCTAssertEqual(DiagnosticRenderer.visible("plain – ünïcode"), "plain – ünïcode")
    }
}
