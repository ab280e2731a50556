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
        XCTAssertEqual(NumberNormalizer.eqfLevel("EQF-6"), 6)
        XCTAssertEqual(NumberNormalizer.eqfLevel("Level6"), 6)
    }

    /// Signs, decimals and ranges are no level: never level 1, 60 or 12.
    func testEQFLevelsThatAreNotALevelAreRefused() {
        for raw in ["-1", "+6", "6.0", "6,5", "level 1-2", "5/6", "6 or 7", "EQF", "level", "6a", "vi6"] {
            XCTAssertNil(NumberNormalizer.eqfLevel(raw), raw)
        }
    }
}
