import CSQLite

/// A failed SQLite call: the result code, SQLite's own message, and what mcred was doing.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    /// The extended result code (`SQLITE_BUSY`, `SQLITE_NOTADB`, …).
    public var code: Int32
    /// SQLite's message (`sqlite3_errmsg`), e.g. "database is locked", "file is not a database".
    public var message: String
    /// What was being done: "open state.db", "prepare SELECT …", "commit".
    public var context: String

    public init(code: Int32, message: String, context: String) {
        self.code = code
        self.message = message
        self.context = context
    }

    /// Another connection holds the lock and the busy timeout ran out.
    public var isBusy: Bool {
        let primary = code & 0xFF
        return primary == SQLITE_BUSY || primary == SQLITE_LOCKED
    }

    /// The file exists but is not an SQLite database.
    public var isNotADatabase: Bool { code & 0xFF == SQLITE_NOTADB }

    public var description: String { "\(context): \(message)" }
}
