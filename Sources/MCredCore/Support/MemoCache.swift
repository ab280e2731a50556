/// A small thread-safe memo table for values that recur across records (shared node ids, the type
/// of quality assurance read from the same text). When full it is emptied, so memory stays bounded
/// however many distinct keys an export has.
final class MemoCache<Value>: @unchecked Sendable {
    private let lock = Lock()
    private var storage: [String: Value] = [:]
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    func value(for key: String, _ make: () -> Value) -> Value {
        if let known = lock.withLock({ storage[key] }) { return known }
        let value = make()
        lock.withLock {
            if storage.count >= capacity { storage.removeAll(keepingCapacity: true) }
            storage[key] = value
        }
        return value
    }
}
