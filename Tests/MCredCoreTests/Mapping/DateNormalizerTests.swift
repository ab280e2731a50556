import MCredCore
import XCTest

final class DateNormalizerTests: XCTestCase {
    private func date(_ raw: String, pattern: String? = nil, file: StaticString = #filePath, line: UInt = #line) -> String? {
        if case .date(let value) = DateNormalizer.parse(raw, pattern: pattern) { return value.description }
        return nil
    }

    func testISODatesStayTheSameDayWhateverTheZone() {
        XCTAssertEqual(date("2025-06-30"), "2025-06-30")
        XCTAssertEqual(date("2006-09-01Z"), "2006-09-01")
        XCTAssertEqual(date("1999-10-02T00:00:00+02:00"), "1999-10-02")
        XCTAssertEqual(date(" 2016-01-08T09:58:18.908+01:00 "), "2016-01-08")
        XCTAssertEqual(date("2018-07-22'T'20:44:32"), "2018-07-22")
    }

    func testDayFirstForms() {
        XCTAssertEqual(date("30/06/2025"), "2025-06-30")
        XCTAssertEqual(date("1/2/2025"), "2025-02-01")
        XCTAssertEqual(date("18-07-1966"), "1966-07-18")
        XCTAssertEqual(date("18.07.1966"), "1966-07-18")
        XCTAssertEqual(date("2025/06/30"), "2025-06-30")
        XCTAssertEqual(date("20250630"), "2025-06-30")
        // Spreadsheet exports pad dates with a midnight time.
        XCTAssertEqual(date("30/06/2025 00:00:00"), "2025-06-30")
        XCTAssertEqual(date("30.06.2025 14:05"), "2025-06-30")
    }

    func testExplicitPatterns() {
        XCTAssertEqual(date("18-07-1966", pattern: "dd-MM-yyyy"), "1966-07-18")
        XCTAssertEqual(date("07/18/1966", pattern: "MM/dd/yyyy"), "1966-07-18")
        XCTAssertEqual(date("2012-10-09", pattern: "yyyy-MM-dd"), "2012-10-09")
        XCTAssertNil(date("2012-10-09", pattern: "dd.MM.yyyy"))
    }

    func testSpreadsheetSerials() {
        XCTAssertEqual(date("41782"), "2014-05-23")
        XCTAssertEqual(date("43456.58"), "2018-12-22")
        XCTAssertEqual(date("25569"), "1970-01-01")
    }

    func testPeriodsAreNotGuessed() {
        XCTAssertEqual(DateNormalizer.parse("2012 Høst"), .period)
        XCTAssertEqual(DateNormalizer.parse("2012 Syksy"), .period)
        XCTAssertEqual(DateNormalizer.parse("2012"), .period)
    }

    func testImpossibleDatesAreInvalid() {
        XCTAssertNil(date("31/02/2025"))
        XCTAssertNil(date("2025-13-01"))
        XCTAssertNil(date("29/02/2023"))
        XCTAssertEqual(date("29/02/2024"), "2024-02-29")
        if case .invalid = DateNormalizer.parse("next tuesday") {} else { XCTFail("expected invalid") }
    }
}
