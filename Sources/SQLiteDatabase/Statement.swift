import CSQLite

/// A value bound to a parameter or read from a column.
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case text(String)
    case blob([UInt8])

    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    public var integer: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }
}

/// A prepared statement: compiled once, then bound, stepped and reset for each use.
public final class Statement {
    private let handle: OpaquePointer
    private let database: Database
    private let sql: String

    init(_ handle: OpaquePointer, database: Database, sql: String) {
        self.handle = handle
        self.database = database
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Resets the statement and binds `values` to its parameters ?1, ?2, … in order.
    public func bind(_ values: [SQLValue]) throws(SQLiteError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .null: status = sqlite3_bind_null(handle, index)
            case .integer(let number): status = sqlite3_bind_int64(handle, index, number)
            case .text(let text):
                status = text.utf8.withContiguousStorageIfAvailable { bytes in
                    sqlite3_bind_text(
                        handle, index, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                        Int32(bytes.count), mcred_sqlite_transient())
                } ?? {
                    var copy = text
                    return copy.withUTF8 { bytes in
                        sqlite3_bind_text(
                            handle, index, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                            Int32(bytes.count), mcred_sqlite_transient())
                    }
                }()
            case .blob(let bytes):
                status = bytes.withUnsafeBytes { raw in
                    sqlite3_bind_blob(handle, index, raw.baseAddress, Int32(raw.count), mcred_sqlite_transient())
                }
            }
            if status != SQLITE_OK { throw failure("bind parameter \(index) of") }
        }
    }

    /// Advances to the next row; false when there are no more (or the statement returns none).
    @discardableResult
    public func step() throws(SQLiteError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = failure("run")
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Binds `values`, runs the statement to completion and resets it: INSERT, UPDATE, DELETE.
    public func run(_ values: SQLValue...) throws(SQLiteError) {
        try bind(values)
        while try step() {}
        sqlite3_reset(handle)
    }

    /// Binds `values` and returns every row, each as its column values.
    public func rows(_ values: SQLValue...) throws(SQLiteError) -> [[SQLValue]] {
        try bind(values)
        var rows: [[SQLValue]] = []
        while try step() {
            rows.append((0..<columnCount).map { value($0) })
        }
        sqlite3_reset(handle)
        return rows
    }

    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// Column `index` (from 0) of the current row.
    public func value(_ index: Int) -> SQLValue {
        let column = Int32(index)
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_NULL: return .null
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, column))
            guard count > 0, let bytes = sqlite3_column_blob(handle, column) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default:
            return .text(text(index) ?? "")
        }
    }

    /// Column `index` as text (nil for NULL), read without building a ``SQLValue``.
    public func text(_ index: Int) -> String? {
        let column = Int32(index)
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// Column `index` as an integer (0 for NULL).
    public func integer(_ index: Int) -> Int64 { sqlite3_column_int64(handle, Int32(index)) }

    private func failure(_ action: String) -> SQLiteError {
        SQLiteError(code: database.lastCode, message: database.lastMessage, context: "\(action) " + Database.brief(sql))
    }
}
