import SQLiteDatabase

/// The credential ids of a run beyond what ``CredentialIDTable`` keeps in memory: a temporary
/// SQLite database (deleted when closed) with a small page cache, so a run of any length uses the
/// same memory; the operating system's file cache holds what SQLite does not.
///
/// One `INSERT OR IGNORE` per id: a new id costs one B-tree insertion, a repeated one (rare) a lookup.
final class SpilledCredentialIDs {
    private let database: Database
    private let insert: Statement
    private let find: Statement
    /// Input names by number, in the order first seen.
    private var files: [String] = []
    private var fileNumbers: [String: Int] = [:]

    /// Page cache, in KiB: enough for the B-tree's inner pages at tens of millions of ids.
    static let cacheKiB = 4096

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
            BEGIN;
            """)
        insert = try database.prepare("INSERT OR IGNORE INTO seen VALUES (?1, ?2, ?3, ?4, ?5)")
        find = try database.prepare("SELECT file, line, record FROM seen WHERE high = ?1 AND low = ?2")
    }

    /// Where `key` was first seen, or nil after recording it as seen at `file`:`line`, record `record`.
    func firstOccurrence(of key: CredentialIDTable.Key, file: String, line: Int, record: Int) throws(SQLiteError)
        -> (file: String, line: Int, record: Int)?
    {
        let high = SQLValue.integer(Int64(bitPattern: key.high)), low = SQLValue.integer(Int64(bitPattern: key.low))
        try insert.run(high, low, .integer(Int64(number(of: file))), .integer(Int64(line)), .integer(Int64(record)))
        if database.changes == 1 { return nil }
        return try lookUp(key)
    }

    /// Where `key` was first seen, without recording it.
    func lookUp(_ key: CredentialIDTable.Key) throws(SQLiteError) -> (file: String, line: Int, record: Int)? {
        try find.bind([.integer(Int64(bitPattern: key.high)), .integer(Int64(bitPattern: key.low))])
        guard try find.step() else { return nil }
        return (files[Int(find.integer(0))], Int(find.integer(1)), Int(find.integer(2)))
    }

    private func number(of file: String) -> Int {
        if let known = fileNumbers[file] { return known }
        files.append(file)
        fileNumbers[file] = files.count - 1
        return files.count - 1
    }
}
