import XCTest

@testable import MCredCore

final class CredentialIDTableTests: XCTestCase {
    func testFindsEveryEarlierIDAcrossGrowthAndFiles() {
        var table = CredentialIDTable()
        let count = 200_000
        func key(_ n: Int) -> CredentialIDTable.Key {
            // Spread like SHA-1 output, with some keys equal in one half.
            CredentialIDTable.Key(high: UInt64(n) &* 0x9E37_79B9_7F4A_7C15, low: UInt64(n % 7))
        }
        for n in 0..<count {
            XCTAssertNil(table.firstOccurrence(of: key(n), file: n < 150_000 ? "a.csv" : "b.csv", line: n + 2, record: n + 1))
        }
        XCTAssertEqual(table.count, count)
        for n in stride(from: 0, to: count, by: 997) {
            let earlier = table.firstOccurrence(of: key(n), file: "c.csv", line: 1, record: 1)
            XCTAssertEqual(earlier?.file, n < 150_000 ? "a.csv" : "b.csv")
            XCTAssertEqual(earlier?.line, n + 2)
            XCTAssertEqual(earlier?.record, n + 1)
        }
        XCTAssertEqual(table.count, count, "a repeated id is not added again")
    }

    func testIDsMovedToDiskAreFoundWithWhereTheyWereFirstSeen() {
        var table = CredentialIDTable()
        table.memoryLimit = 1_000
        func key(_ n: Int) -> CredentialIDTable.Key {
            CredentialIDTable.Key(high: UInt64(n) &* 0x9E37_79B9_7F4A_7C15, low: UInt64(bitPattern: Int64(-n)))
        }
        for n in 0..<5_000 {
            XCTAssertNil(table.firstOccurrence(of: key(n), file: n < 3_000 ? "a.csv" : "b.csv", line: n + 2, record: n + 1))
            if n == 999 { XCTAssertFalse(table.isSpilled, "up to the limit the ids stay in memory") }
        }
        XCTAssertTrue(table.isSpilled)
        XCTAssertEqual(table.count, 5_000)
        // Ids from before the move (in memory then) and after it, from both files.
        for n in [0, 1, 998, 999, 1_000, 2_999, 3_000, 4_999] {
            let earlier = table.firstOccurrence(of: key(n), file: "c.csv", line: 1, record: 1)
            XCTAssertEqual(earlier?.file, n < 3_000 ? "a.csv" : "b.csv", "id \(n)")
            XCTAssertEqual(earlier?.line, n + 2)
            XCTAssertEqual(earlier?.record, n + 1)
        }
        XCTAssertEqual(table.count, 5_000, "a repeated id is not added again")
        XCTAssertNil(table.firstOccurrence(of: key(5_000), file: "c.csv", line: 9, record: 9))
        XCTAssertEqual(table.count, 5_001)
    }

    func testEveryIDIsFoundAfterManyMovesToDisk() {
        var table = CredentialIDTable()
        table.memoryLimit = 500
        func key(_ n: Int) -> CredentialIDTable.Key {
            CredentialIDTable.Key(high: UInt64(n) &* 0x9E37_79B9_7F4A_7C15 ^ 0xABCD, low: UInt64(n) &* 0xC2B2_AE3D_27D4_EB4F)
        }
        for n in 0..<20_000 {
            XCTAssertNil(table.firstOccurrence(of: key(n), file: "in.csv", line: n + 2, record: n + 1))
        }
        // Forty moves to disk, and the filter rebuilt larger several times: nothing is lost.
        for n in 0..<20_000 {
            XCTAssertEqual(table.firstOccurrence(of: key(n), file: "again.csv", line: 1, record: 1)?.record, n + 1)
        }
        XCTAssertEqual(table.count, 20_000)
    }
}
