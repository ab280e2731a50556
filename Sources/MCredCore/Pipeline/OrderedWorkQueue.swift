import Dispatch

/// Runs work items on a fixed number of worker threads and hands their results back in the order the
/// items were submitted, whatever order they finish in.
///
/// At most `capacity` items are in flight: the caller checks ``isFull`` and takes the oldest result
/// with ``next()`` before submitting more, so memory stays bounded however long the input. Item `n`
/// runs on worker `n % workers`, so each worker's items run one at a time, in order, and a worker may
/// keep per-thread state (a render buffer) indexed by its number. Used from one thread only (the
/// reader's); the workers never touch the queue.
final class OrderedWorkQueue<Result: Sendable> {
    private let workers: [DispatchQueue]
    private let capacity: Int
    /// In-flight items, oldest first; `head` skips the ones already taken.
    private var slots: [Slot?] = []
    private var head = 0
    private var submitted = 0

    /// One item's result, published by its worker; the semaphore orders the write before the read.
    private final class Slot: @unchecked Sendable {
        var result: Result?
        let done = DispatchSemaphore(value: 0)
    }

    init(workers: Int, capacity: Int) {
        precondition(workers >= 1 && capacity >= 1, "OrderedWorkQueue needs a worker and room for an item")
        self.workers = (0..<workers).map { DispatchQueue(label: "mcred.worker.\($0)") }
        self.capacity = capacity
    }

    var inFlight: Int { slots.count - head }
    var isFull: Bool { inFlight >= capacity }

    /// Starts `work` on its worker (passed the worker's number). The caller must not submit when ``isFull``.
    func submit(_ work: @escaping @Sendable (_ worker: Int) -> Result) {
        precondition(!isFull, "OrderedWorkQueue: take a result before submitting more")
        let slot = Slot()
        let worker = submitted % workers.count
        submitted += 1
        workers[worker].async {
            slot.result = work(worker)
            slot.done.signal()
        }
        if head >= capacity {  // compact now and then: the array holds at most 2 × capacity
            slots.removeFirst(head)
            head = 0
        }
        slots.append(slot)
    }

    /// The oldest item's result, waiting for it to finish; nil when nothing is in flight.
    func next() -> Result? {
        guard head < slots.count, let slot = slots[head] else { return nil }
        slots[head] = nil  // drop the result's memory now, not when the array is compacted
        head += 1
        slot.done.wait()
        return slot.result
    }

    /// Waits for every item still in flight and discards the results (after a fatal error).
    func drainAndDiscard() {
        while next() != nil {}
    }
}
