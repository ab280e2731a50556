/// Counts per key for at most `limit` distinct keys; values of later new keys are added to
/// ``others`` instead, so a hostile or huge export cannot grow the report's memory without bound.
public struct CappedTally<Value: Sendable & Equatable>: Sendable, Equatable {
    public private(set) var entries: [String: Value] = [:]
    /// The sum of the keys that came after the limit was reached.
    public private(set) var others: Value
    /// How many distinct keys went into ``others`` (counted once each while below `limit` more).
    public private(set) var otherKeys = 0
    public let limit: Int
    private let empty: Value
    /// Keys already folded into ``others``, remembered up to a second `limit`, to count them once.
    private var folded: Set<String> = []

    public init(limit: Int, empty: Value) {
        self.limit = limit
        self.empty = empty
        self.others = empty
    }

    /// Adds to `key`'s value with `update`; returns the key the value was booked under (`nil` = others).
    @discardableResult
    public mutating func add(_ key: String, _ update: (inout Value) -> Void) -> String? {
        if entries[key] != nil || entries.count < limit {
            let empty = self.empty
            update(&entries[key, default: empty])
            return key
        }
        if folded.count < limit, folded.insert(key).inserted { otherKeys += 1 }
        update(&others)
        return nil
    }

    /// Updates the value a previous ``add(_:_:)`` booked under `booked` (`nil` = others).
    public mutating func update(booked: String?, _ update: (inout Value) -> Void) {
        if let booked, entries[booked] != nil {
            let empty = self.empty
            update(&entries[booked, default: empty])
        } else {
            update(&others)
        }
    }

    /// Entries ordered by `rank` (for counts: larger first), ties by key, so output is deterministic.
    public func sorted(by rank: (Value) -> Int) -> [(key: String, value: Value)] {
        entries.sorted { a, b in
            let ra = rank(a.value), rb = rank(b.value)
            return ra != rb ? ra > rb : a.key < b.key
        }
    }

    /// Whether any key was folded into ``others``.
    public var overflowed: Bool { otherKeys > 0 }
}
