import MCredCore
import XCTest

final class NumberNormalizerTests: XCTestCase {
    func testCreditsAcceptDecimalCommasAndUnits() {
        XCTAssertEqual(NumberNormalizer.credits("4"), "4")
        XCTAssertEqual(NumberNormalizer.credits("4,5"), "4.5")
        XCTAssertEqual(NumberNormalizer.credits("10.000"), "10")
        XCTAssertEqual(NumberNormalizer.credits("2.5000"), "2.5")
        XCTAssertEqual(NumberNormalizer.credits("07"), "7")
        XCTAssertEqual(NumberNormalizer.credits("6 ECTS"), "6")
        XCTAssertEqual(NumberNormalizer.credits("6 SP"), "6")
        XCTAssertEqual(NumberNormalizer.credits("0"), "0")
        XCTAssertEqual(NumberNormalizer.credits("-3"), "-3")
        XCTAssertNil(NumberNormalizer.credits("six"))
        XCTAssertNil(NumberNormalizer.credits("1.000,5"))
        XCTAssertNil(NumberNormalizer.credits("6 apples"))
    }

    func testHoursBecomeDurations() {
        XCTAssertEqual(NumberNormalizer.hours("100"), "PT100H")
        XCTAssertEqual(NumberNormalizer.hours("1,5"), "PT1H30M")
        XCTAssertEqual(NumberNormalizer.hours("0.25 h"), "PT15M")
        XCTAssertEqual(NumberNormalizer.hours("PT60H"), "PT60H")
        XCTAssertNil(NumberNormalizer.hours("many"))
    }

    func testEQFLevelsInTheirUsualSpellings() {
        for raw in ["6", "VI", "vi", "EQF 6", "Level 6", "niveau 6", "EQF-niveau VI", "DQR-Niveau 6", "niveau CEC 6"] {
            XCTAssertEqual(NumberNormalizer.eqfLevel(raw), 6, raw)
        }
        XCTAssertEqual(NumberNormalizer.eqfLevel("EQF 9"), 9)
        XCTAssertNil(NumberNormalizer.eqfLevel("advanced"))
    }
}
