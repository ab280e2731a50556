/// The credential ids seen so far in a run, with where each was first seen: an exact set of 128-bit
/// keys that stays small at millions of records (about 33 bytes per id, against about 60 to 90 for a
/// `Dictionary`, whose growth also copies it whole).
///
/// Entries (24 bytes: the id, line and record number) are appended in fixed-size chunks, so growing
/// never copies them; an open-addressing table of 32-bit entry numbers, at most three quarters full,
/// finds them. Only the table is rebuilt when it grows, from the entries.
///
/// Past ``memoryLimit`` ids the table moves them all to ``SpilledCredentialIDs`` (a temporary
/// database with a bounded cache) and goes on there, so memory stops growing with the run's length:
/// a million-record run uses what a hundred-thousand-record one does. When no temporary database
/// can be made, it stays in memory: exact answers matter more than the bound.
struct CredentialIDTable {
    struct Key: Hashable {
        var high: UInt64
        var low: UInt64
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
    /// Where the ids are once there are more than ``memoryLimit``.
    private var spilled: SpilledCredentialIDs?
    /// Ids counted since they moved to disk.
    private var spilledCount = 0
    /// Set when the disk store failed: the table then stays in memory.
    private var spillingFailed = false

    /// Ids seen (each counted once).
    var count: Int { memoryCount + spilledCount }
    /// Whether the ids are on disk now.
    var isSpilled: Bool { spilled != nil }

    /// Where `key` was first seen, or nil after recording it as seen at `file`:`line`, record `record`.
    mutating func firstOccurrence(of key: Key, file: String, line: Int, record: Int) -> (file: String, line: Int, record: Int)? {
        if let spilled, !spillingFailed {
            do {
                let earlier = try spilled.firstOccurrence(of: key, file: file, line: line, record: record)
                if earlier == nil { spilledCount += 1 }
                return earlier
            } catch {
                // The temporary folder filled up: new ids stay in memory from now on, the disk
                // store is still read for the earlier ones.
                spillingFailed = true
            }
        }
        if let spilled, let earlier = try? spilled.lookUp(key) { return earlier }
        let earlier = firstInMemory(of: key, file: file, line: line, record: record)
        if earlier == nil, memoryCount > memoryLimit, spilled == nil, !spillingFailed { spill() }
        return earlier
    }

    /// Moves every entry to a new disk store and empties memory; on failure keeps them in memory.
    private mutating func spill() {
        do {
            let store = try SpilledCredentialIDs()
            for index in 0..<memoryCount {
                let entry = chunks[index / Self.chunkSize][index % Self.chunkSize]
                _ = try store.firstOccurrence(
                    of: entry.key, file: fileName(of: index), line: Int(entry.line), record: Int(entry.record))
            }
            spilled = store
            spilledCount = memoryCount
            chunks = []
            files = []
            memoryCount = 0
            slots = Array(repeating: 0, count: 1 << 10)
        } catch {
            spillingFailed = true
        }
    }

    private mutating func firstInMemory(of key: Key, file: String, line: Int, record: Int) -> (file: String, line: Int, record: Int)? {
        var slot = Self.slot(for: key, mask: slots.count - 1)
        while slots[slot] != 0 {
            let index = Int(slots[slot] - 1)
            let entry = chunks[index / Self.chunkSize][index % Self.chunkSize]
            if entry.key == key { return (fileName(of: index), Int(entry.line), Int(entry.record)) }
            slot = (slot + 1) & (slots.count - 1)
        }
        if files.last?.name != file { files.append((memoryCount, file)) }
        if memoryCount % Self.chunkSize == 0 {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(Self.chunkSize)
        }
        chunks[chunks.count - 1].append(Entry(key: key, line: Int32(clamping: line), record: Int32(clamping: record)))
        slots[slot] = UInt32(memoryCount + 1)
        memoryCount += 1
        if memoryCount * 4 > slots.count * 3 { grow() }
        return nil
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
