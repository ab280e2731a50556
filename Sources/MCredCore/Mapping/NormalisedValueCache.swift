/// Remembers what a raw value normalised to, per part: an export repeats the same course titles,
/// dates, levels, vocabulary labels and outcome texts in thousands of rows, and normalising them
/// (Unicode match keys, date patterns, bullet stripping) costs far more than a lookup.
///
/// Only values that normalised cleanly (no diagnostic) are kept, so a bad value is reported again,
/// with its own record's location, every time it occurs. Thread-safe; emptied when full, so memory
/// stays bounded however many distinct values an export has.
final class NormalisedValueCache<Value>: @unchecked Sendable {
    struct Key: Hashable {
        var part: PartID
        /// Whatever else the result depends on (a date pattern, an outcome separator).
        var qualifier: String?
        var raw: String
    }

    private let lock = Lock()
    private var storage: [Key: Value] = [:]
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    func value(for key: Key) -> Value? {
        lock.withLock { storage[key] }
    }

    func remember(_ value: Value, for key: Key) {
        lock.withLock {
            if storage.count >= capacity { storage.removeAll(keepingCapacity: true) }
            storage[key] = value
        }
    }
}
