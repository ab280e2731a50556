import SQLiteDatabase

/// The credential ids of a run that ``CredentialIDTable`` moved out of memory: a temporary SQLite
/// database (deleted when closed) with a small page cache, so a run of any length uses the same
/// memory; the operating system's file cache holds what SQLite does not.
///
/// Ids arrive in batches, sorted, in one transaction each: the B-tree's pages are then visited in
/// order, once per batch, instead of at random once per id.
final class SpilledCredentialIDs {
    private let database: Database
    private let insert: Statement
    private let find: Statement
    /// Input names by number, in the order first seen.
    private var files: [String] = []
    private var fileNumbers: [String: Int] = [:]

    /// Page cache, in KiB.
    static let cacheKiB = 2048

    /// Opens a new temporary database; throws when none can be created (no writable temporary folder).
    init() throws(SQLiteError) {
        // An empty path makes SQLite create a private file in its temporary folder ($SQLITE_TMPDIR,
        // $TMPDIR, /var/tmp, /usr/tmp, /tmp), removed when the connection closes.
        database = try Database(path: "")
        try database.execute("""
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            PRAGMA cache_size = -\(Self.cacheKiB);
            PRAGMA temp_store = FILE;
            CREATE TABLE seen (high INTEGER NOT NULL, low INTEGER NOT NULL, file INTEGER NOT NULL,
                               line INTEGER NOT NULL, record INTEGER NOT NULL, PRIMARY KEY (high, low)) WITHOUT ROWID;
            """)
        insert = try database.prepare("INSERT OR IGNORE INTO seen VALUES (?1, ?2, ?3, ?4, ?5)")
        find = try database.prepare("SELECT file, line, record FROM seen WHERE high = ?1 AND low = ?2")
    }

    /// One id to store: `file` is a number from ``number(of:)``.
    struct Entry {
        var key: CredentialIDTable.Key
        var file: Int32
        var line: Int32
        var record: Int32
    }

    /// Stores `count` ids not stored yet, all or none: `entry(i)` gives the `i`th, in key order
    /// (so the B-tree's pages are visited in order).
    func store(_ count: Int, _ entry: (Int) -> Entry) throws(SQLiteError) {
        try database.begin()
        do {
            for index in 0..<count {
                let entry = entry(index)
                try insert.run(
                    .integer(Int64(bitPattern: entry.key.high)), .integer(Int64(bitPattern: entry.key.low)),
                    .integer(Int64(entry.file)), .integer(Int64(entry.line)), .integer(Int64(entry.record)))
            }
            try database.commit()
        } catch {
            database.rollback()
            throw error
        }
    }

    /// Where `key` was first seen, if it is stored.
    func lookUp(_ key: CredentialIDTable.Key) throws(SQLiteError) -> (file: String, line: Int, record: Int)? {
        try find.bind([.integer(Int64(bitPattern: key.high)), .integer(Int64(bitPattern: key.low))])
        guard try find.step() else { return nil }
        return (files[Int(find.integer(0))], Int(find.integer(1)), Int(find.integer(2)))
    }

    /// Every stored id, in key order.
    func forEachKey(_ body: (CredentialIDTable.Key) -> Void) throws(SQLiteError) {
        let all = try database.prepare("SELECT high, low FROM seen")
        try all.bind([])
        while try all.step() {
            body(CredentialIDTable.Key(high: UInt64(bitPattern: all.integer(0)), low: UInt64(bitPattern: all.integer(1))))
        }
    }

    /// The number an input's name is stored as.
    func number(of file: String) -> Int32 {
        if let known = fileNumbers[file] { return Int32(known) }
        files.append(file)
        fileNumbers[file] = files.count - 1
        return Int32(files.count - 1)
    }
}
