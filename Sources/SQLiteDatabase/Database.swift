import CSQLite

/// One connection to an SQLite database file. Not for concurrent use from several threads.
///
/// Only this module touches SQLite's C interface: the rest of mcred sees ``Database``, ``Statement``,
/// ``SQLValue`` and ``SQLiteError``.
public final class Database {
    public let path: String
    private var handle: OpaquePointer?

    public enum Mode: Sendable {
        /// Read and write; the file is created when missing.
        case readWriteCreate
        /// Read only; the file must exist.
        case readOnly
    }

    /// Opens `path`. `busyTimeout` is how long a statement waits for another connection's lock
    /// before failing with `SQLITE_BUSY` (``SQLiteError/isBusy``).
    public init(path: String, mode: Mode = .readWriteCreate, busyTimeout milliseconds: Int32 = 0) throws(SQLiteError) {
        self.path = path
        let flags = (mode == .readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_FULLMUTEX
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        if status != SQLITE_OK {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_close_v2(handle)
            handle = nil
            throw SQLiteError(code: status, message: message, context: "open \(path)")
        }
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, milliseconds)
    }

    deinit {
        // Statements not yet finalised keep the connection alive until they go (close_v2).
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows (schema, pragmas, BEGIN/COMMIT).
    public func execute(_ sql: String) throws(SQLiteError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if status != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? lastMessage
            sqlite3_free(errorMessage)
            throw SQLiteError(code: sqlite3_extended_errcode(handle), message: message, context: Self.brief(sql))
        }
    }

    /// Compiles `sql` once, to run many times with different parameters.
    public func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard status == SQLITE_OK, let statement else {
            throw SQLiteError(code: sqlite3_extended_errcode(handle), message: lastMessage, context: "prepare " + Self.brief(sql))
        }
        return Statement(statement, database: self, sql: sql)
    }

    /// The first column of the first row of `sql`, or nil when there is no row.
    public func scalar(_ sql: String, _ parameters: SQLValue...) throws(SQLiteError) -> SQLValue? {
        let statement = try prepare(sql)
        try statement.bind(parameters)
        guard try statement.step() else { return nil }
        return statement.value(0)
    }

    // MARK: Transactions

    public enum TransactionKind: String, Sendable {
        /// Takes the write lock at once, so a second writer waits (or fails) before doing any work.
        case immediate = "IMMEDIATE"
        case deferred = "DEFERRED"
        case exclusive = "EXCLUSIVE"
    }

    public func begin(_ kind: TransactionKind = .deferred) throws(SQLiteError) {
        try execute("BEGIN \(kind.rawValue)")
    }

    public func commit() throws(SQLiteError) { try execute("COMMIT") }

    /// Rolls back the open transaction, if any; never fails (a rollback that cannot run leaves
    /// SQLite's journal to undo the transaction on the next open).
    public func rollback() {
        if sqlite3_get_autocommit(handle) == 0 { _ = sqlite3_exec(handle, "ROLLBACK", nil, nil, nil) }
    }

    /// Whether a transaction is open.
    public var inTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// The rowid of the last row inserted through this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// The SQLite library's version ("3.40.1").
    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }
    var lastCode: Int32 { sqlite3_extended_errcode(handle) }

    static func brief(_ sql: String) -> String {
        let flat = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count > 60 ? String(flat.prefix(57)) + "…" : flat
    }
}
