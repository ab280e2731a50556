/// A Bloom filter over credential ids: says "certainly not seen" for nearly every new id, so the
/// duplicate check reads its disk store only for the few it cannot rule out.
///
/// Blocked: all of an id's bits lie in one 512-bit block (one cache line), so a test costs one
/// memory access. The ids are SHA-1 output, so their own bits pick the block and the bits; nothing
/// is hashed. About 8 bits per id with 6 bits set lets 2 to 3 % of new ids through to a lookup.
struct CredentialIDFilter {
    private var words: [UInt64]
    private let blocks: UInt64
    /// Ids the filter is sized for; past it, false positives grow and the owner rebuilds it larger.
    private(set) var capacity: Int
    private(set) var count = 0

    static let bitsPerID = 8
    private static let wordsPerBlock = 8

    init(capacity: Int) {
        let blocks = max(1, (capacity * Self.bitsPerID + 511) / 512)
        words = Array(repeating: 0, count: blocks * Self.wordsPerBlock)
        self.blocks = UInt64(blocks)
        self.capacity = blocks * 512 / Self.bitsPerID
    }

    mutating func insert(_ key: CredentialIDTable.Key) {
        let base = block(of: key) * Self.wordsPerBlock
        var bits = key.low
        for _ in 0..<6 {
            let bit = Int(bits & 511)
            words[base + bit >> 6] |= 1 << UInt64(bit & 63)
            bits >>= 9
        }
        count += 1
    }

    func mayContain(_ key: CredentialIDTable.Key) -> Bool {
        let base = block(of: key) * Self.wordsPerBlock
        var bits = key.low
        for _ in 0..<6 {
            let bit = Int(bits & 511)
            if words[base + bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
            bits >>= 9
        }
        return true
    }

    /// The block, from the id's first 48 bits (the version nibble, bits 12–15, is the same in every
    /// id and is skipped; the bits come from `low`, whose top two are the variant and are not used).
    private func block(of key: CredentialIDTable.Key) -> Int {
        Int(truncatingIfNeeded: (key.high >> 16) % blocks)
    }
}
