import XCTest

@testable import MCredCore

final class CredentialIDFilterTests: XCTestCase {
    /// Keys like the table's: the two halves of a v5 UUID (SHA-1 output with version and variant bits).
    private func key(_ n: Int) -> CredentialIDTable.Key {
        let words = NameBasedUUID.v5Bytes(namespace: NameBasedUUID.urlNamespace, name: "credential \(n)")
        func word(_ range: Range<Int>) -> UInt64 { words[range].reduce(0) { $0 << 8 | UInt64($1) } }
        return CredentialIDTable.Key(high: word(0..<8), low: word(8..<16))
    }

    func testNeverMissesAnInsertedIDAndRarelyLetsANewOneThrough() {
        var filter = CredentialIDFilter(capacity: 20_000)
        for n in 0..<20_000 { filter.insert(key(n)) }
        for n in 0..<20_000 { XCTAssertTrue(filter.mayContain(key(n)), "id \(n) was inserted") }
        let falsePositives = (20_000..<40_000).filter { filter.mayContain(key($0)) }.count
        // 8 bits per id with 6 bits set: about 2.5 % in theory; a broken bit choice gives far more.
        XCTAssertLessThan(falsePositives, 1_000, "\(falsePositives) of 20,000 new ids let through")
        XCTAssertGreaterThanOrEqual(filter.capacity, 20_000)
    }

    func testAnEmptyFilterContainsNothing() {
        let filter = CredentialIDFilter(capacity: 0)
        XCTAssertFalse((0..<1_000).contains { filter.mayContain(key($0)) })
    }
}
