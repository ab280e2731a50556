/// The credential ids seen so far in a run, with where each was first seen: an exact set of 128-bit
/// keys that stays small at millions of records (about 33 bytes per id, against about 60 to 90 for a
/// `Dictionary`, whose growth also copies it whole).
///
/// Entries (24 bytes: the id, line and record number) are appended in fixed-size chunks, so growing
/// never copies them; an open-addressing table of 32-bit entry numbers, at most three quarters full,
/// finds them. Only the table is rebuilt when it grows, from the entries.
///
/// The table holds the ids since the last move to disk: past ``memoryLimit`` of them, they go to
/// ``SpilledCredentialIDs`` (a temporary database with a bounded cache) as one sorted batch, and
/// a ``CredentialIDFilter`` of 1 to 1.5 bytes per moved id answers "not there" for nearly every new
/// id without reading the disk. Memory then grows by those bytes only: a million-record
/// run peaks within a few percent of a hundred-thousand-record one. When no temporary database can
/// be made (or writing to it fails), the ids stay in memory: exact answers matter more than the bound.
struct CredentialIDTable {
    struct Key: Hashable {
        var high: UInt64
        var low: UInt64

        func isOrdered(before other: Key) -> Bool { (high, low) < (other.high, other.low) }
    }

    private struct Entry {
        var key: Key
        var line: Int32
        var record: Int32
    }

    private static let chunkSize = 1 << 16
    private var chunks: [[Entry]] = []
    private var memoryCount = 0
    /// Each input's name and the number of its first entry, in order.
    private var files: [(firstEntry: Int, name: String)] = []
    /// Entry number + 1 per slot; 0 is empty.
    private var slots: [UInt32] = Array(repeating: 0, count: 1 << 10)
    /// Ids kept in memory; the next one moves them all to disk. About 2 MiB of entries and table.
    var memoryLimit = 1 << 16
    /// The ids moved to disk, once there are any.
    private var spilled: SpilledCredentialIDs?
    /// Which ids may be on disk (none is missed; a few not there are let through to a lookup).
    private var spilledFilter = CredentialIDFilter(capacity: 1 << 16)
    /// Ids moved to disk.
    private var spilledCount = 0
    /// Set when the disk store failed: the ids stay in memory from then on.
    private var spillingFailed = false

    /// Ids seen (each counted once).
    var count: Int { memoryCount + spilledCount }
    /// Whether some ids are on disk now.
    var isSpilled: Bool { spilledCount > 0 }

    /// Where `key` was first seen, or nil after recording it as seen at `file`:`line`, record `record`.
    mutating func firstOccurrence(of key: Key, file: String, line: Int, record: Int) -> (file: String, line: Int, record: Int)? {
        if let earlier = memoryLookUp(key) { return earlier }
        if spilledCount > 0, spilledFilter.mayContain(key), let spilled {
            do {
                if let earlier = try spilled.lookUp(key) { return earlier }
            } catch {
                // A read failed: the store is no longer trusted; the ids it held can no longer be
                // found, so a duplicate of one of them would go through. Go on in memory.
                spillingFailed = true
            }
        }
        memoryInsert(key, file: file, line: line, record: record)
        if memoryCount > memoryLimit, !spillingFailed { spill() }
        return nil
    }

    /// Moves the ids in memory to the disk store as one batch; on failure they stay in memory.
    private mutating func spill() {
        do {
            let store = try spilled ?? SpilledCredentialIDs()
            // Entry numbers in key order: 4 bytes each, rather than sorting a copy of the entries.
            let chunks = self.chunks, files = self.files
            let entryAt = { (index: Int) in chunks[index / Self.chunkSize][index % Self.chunkSize] }
            var order = (0..<UInt32(memoryCount)).map { $0 }
            order.sort { entryAt(Int($0)).key.isOrdered(before: entryAt(Int($1)).key) }
            let fileNumbers = files.map { store.number(of: $0.name) }
            try store.store(memoryCount) { position in
                let index = Int(order[position])
                let entry = entryAt(index)
                let file = fileNumbers[(files.lastIndex(where: { $0.firstEntry <= index }) ?? 0)]
                return .init(key: entry.key, file: file, line: entry.line, record: entry.record)
            }
            spilled = store
            if spilledCount + memoryCount > spilledFilter.capacity {
                // Rebuilt half as large again as needed, from what the store holds: each id is
                // read again a bounded number of times over the run.
                var larger = CredentialIDFilter(capacity: 3 * (spilledCount + memoryCount) / 2)
                try store.forEachKey { larger.insert($0) }
                spilledFilter = larger
            } else {
                for index in 0..<memoryCount { spilledFilter.insert(entryAt(index).key) }
            }
            spilledCount += memoryCount
            self.chunks = []
            self.files = []
            memoryCount = 0
            slots = Array(repeating: 0, count: 1 << 10)
        } catch {
            spillingFailed = true
        }
    }

    private func memoryLookUp(_ key: Key) -> (file: String, line: Int, record: Int)? {
        var slot = Self.slot(for: key, mask: slots.count - 1)
        while slots[slot] != 0 {
            let index = Int(slots[slot] - 1)
            let entry = chunks[index / Self.chunkSize][index % Self.chunkSize]
            if entry.key == key { return (fileName(of: index), Int(entry.line), Int(entry.record)) }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Adds a key ``memoryLookUp(_:)`` did not find.
    private mutating func memoryInsert(_ key: Key, file: String, line: Int, record: Int) {
        var slot = Self.slot(for: key, mask: slots.count - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        if files.last?.name != file { files.append((memoryCount, file)) }
        if memoryCount % Self.chunkSize == 0 {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(Self.chunkSize)
        }
        chunks[chunks.count - 1].append(Entry(key: key, line: Int32(clamping: line), record: Int32(clamping: record)))
        slots[slot] = UInt32(memoryCount + 1)
        memoryCount += 1
        if memoryCount * 4 > slots.count * 3 { grow() }
    }

    private func fileName(of index: Int) -> String {
        files.last(where: { $0.firstEntry <= index })?.name ?? ""
    }

    private mutating func grow() {
        var bigger = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for index in 0..<memoryCount {
            var slot = Self.slot(for: chunks[index / Self.chunkSize][index % Self.chunkSize].key, mask: mask)
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = UInt32(index + 1)
        }
        slots = bigger
    }

    /// The ids are SHA-1 output, so mixing their two halves spreads them evenly.
    private static func slot(for key: Key, mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key.high ^ key.low) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
