import SQLiteDatabase

/// A run's view of the state file: one SQLite transaction from ``begin(path:wait:time:inputs:scope:)``
/// to ``commit(_:)``, so a run that is killed, fails or is a dry run leaves the state as it was.
///
/// The transaction is `BEGIN IMMEDIATE`: it takes the write lock before the run reads a record or
/// touches an output, so a second run on the same file waits up to `wait` seconds and then fails
/// with `.stateBusy` — it never interleaves. The file is in WAL mode, so `mcred state show` can read
/// the last committed state while a run is writing.
///
/// Outputs are written before the commit: a run killed after writing credentials but before
/// committing left them "new" or "changed" in the state, so the next run writes them again
/// (at least once, never lost).
public final class StateStore {
    public let path: String
    /// This run's number (`runs.id`).
    public let run: Int64
    private let database: Database
    private let seeUnchanged, lookup, insert, update, keepRejected, event, withdraw, finish: Statement

    /// What a valid record turned out to be, compared with the state.
    public enum Change: Sendable, Equatable {
        case new, changed, unchanged
        /// Withdrawn before, present again: issued again, counted as new.
        case reinstated
    }

    private init(path: String, run: Int64, database: Database) throws(SQLiteError) {
        self.path = path
        self.run = run
        self.database = database
        // Most records of a nightly export are unchanged: one statement finds and marks them.
        seeUnchanged = try database.prepare("""
            UPDATE credentials SET scope = ?2, last_seen = ?4, written_by = coalesce(?5, written_by)
            WHERE id = ?1 AND hash = ?3 AND status = 'active'
            """)
        lookup = try database.prepare("SELECT hash, status FROM credentials WHERE id = ?1")
        insert = try database.prepare(
            "INSERT INTO credentials (id, scope, hash, first_seen, last_seen, status, written_by) VALUES (?1, ?2, ?3, ?4, ?4, 'active', ?4)")
        update = try database.prepare(
            "UPDATE credentials SET scope = ?2, hash = ?3, last_seen = ?4, status = 'active', written_by = ?4 WHERE id = ?1")
        keepRejected = try database.prepare(
            "UPDATE credentials SET last_seen = ?2 WHERE id = ?1 AND status = 'active' AND last_seen < ?2")
        event = try database.prepare("INSERT OR IGNORE INTO events (credential, run, event, source) VALUES (?1, ?2, ?3, ?4)")
        withdraw = try database.prepare(
            "UPDATE credentials SET status = 'withdrawn' WHERE scope = ?1 AND status = 'active' AND last_seen < ?2 RETURNING id")
        finish = try database.prepare("""
            UPDATE runs SET withdrawal_scopes = ?2, records = ?3, written = ?4, new = ?5, changed = ?6, unchanged = ?7,
                withdrawn = ?8, rejected = ?9 WHERE id = ?1
            """)
    }

    /// Opens (or creates) the state file, takes its write lock and records the start of a run.
    public static func begin(
        path: String, wait seconds: Double, time: String, inputs: [String], scope: String?
    ) throws(MCredError) -> StateStore {
        do {
            let database = try Database(path: path, busyTimeout: Int32(max(0, min(seconds, 86_400)) * 1000))
            // Outside the transaction: the journal mode cannot change inside one. An 8 MiB page
            // cache keeps a run's memory bounded (a 64 MiB one made a 200,000-record run peak at
            // 98 MB instead of 60 MB, for no measurable gain: pages spill to the WAL and the OS cache).
            try database.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -8192")
            try database.begin(.immediate)
            try StateSchema.prepare(database, path: path)
            try database.prepare("INSERT INTO runs (time, inputs, scope) VALUES (?1, ?2, ?3)")
                .run(.text(time), .text(inputs.joined(separator: "\n")), scope.map { .text($0) } ?? .null)
            return try StateStore(path: path, run: database.lastInsertRowID, database: database)
        } catch let error as SQLiteError where error.isBusy {
            throw MCredError(
                .stateBusy,
                "state file '\(path)' is in use by another run (waited \(seconds.formatted) s); nothing was converted and the state is unchanged; run again when the other run has finished, or wait longer with --state-wait SECONDS")
        } catch {
            throw failure(error, path: path)
        }
    }

    /// Compares a valid record's content with the state and records it as seen in this run;
    /// `writing` says whether it will be written even when unchanged (`--all`).
    public func observe(id: String, scope: String, hash: String, source: String, writing: Bool) throws(MCredError) -> Change {
        do {
            let runID = SQLValue.integer(run)
            try seeUnchanged.run(.text(id), .text(scope), .text(hash), runID, writing ? runID : .null)
            if database.changes == 1 { return .unchanged }
            try lookup.bind([.text(id)])
            let known = try lookup.step() ? (hash: lookup.text(0) ?? "", active: lookup.text(1) == "active") : nil
            try lookup.bind([])
            guard let known else {
                try insert.run(.text(id), .text(scope), .text(hash), runID)
                try event.run(.text(id), runID, .text("new"), .text(source))
                return .new
            }
            // Known but not unchanged: its content changed, or it was withdrawn and is back.
            try update.run(.text(id), .text(scope), .text(hash), runID)
            try event.run(.text(id), runID, .text(known.active ? "changed" : "reinstated"), .text(source))
            return known.active ? .changed : .reinstated
        } catch {
            throw Self.failure(error, path: path)
        }
    }

    /// A rejected record that names an active credential keeps it as it was, seen in this run (so it
    /// is not withdrawn). Returns whether there was such a credential.
    public func keepRejected(id: String, source: String) throws(MCredError) -> Bool {
        do {
            try keepRejected.run(.text(id), .integer(run))
            guard database.changes == 1 else { return false }
            try event.run(.text(id), .integer(run), .text("rejected"), .text(source))
            return true
        } catch {
            throw Self.failure(error, path: path)
        }
    }

    /// Marks every active credential of `scopes` not seen in this run as withdrawn; returns their
    /// ids, sorted.
    public func withdrawUnseen(in scopes: [String]) throws(MCredError) -> [String] {
        do {
            var ids: [String] = []
            for scope in scopes.sorted() {
                try withdraw.bind([.text(scope), .integer(run)])
                while try withdraw.step() { ids.append(withdraw.text(0) ?? "") }
                try withdraw.bind([])
            }
            ids.sort()
            for id in ids { try event.run(.text(id), .integer(run), .text("withdrawn"), .null) }
            return ids
        } catch {
            throw Self.failure(error, path: path)
        }
    }

    /// Records the run's counts and commits: from here on, the next run compares with this one.
    public func commit(_ counts: ChangeCounts, records: Int, written: Int, withdrawalScopes: [String]) throws(MCredError) {
        do {
            try finish.run(
                .integer(run), .text(withdrawalScopes.sorted().joined(separator: "\n")), .integer(Int64(records)),
                .integer(Int64(written)), .integer(Int64(counts.new)), .integer(Int64(counts.changed)),
                .integer(Int64(counts.unchanged)), .integer(Int64(counts.withdrawn)), .integer(Int64(counts.rejected)))
            try database.commit()
        } catch {
            throw Self.failure(error, path: path)
        }
    }

    /// Undoes everything this run did to the state (a failed run, a dry run).
    public func rollBack() {
        database.rollback()
    }

    static func failure(_ error: any Error, path: String) -> MCredError {
        if let error = error as? MCredError { return error }
        if let error = error as? SQLiteError {
            if error.isNotADatabase {
                return MCredError(.stateStore, "state file '\(path)' is not an SQLite database (\(error.message)); give --state a new file name")
            }
            return MCredError(.stateStore, "state file '\(path)': \(error.description)")
        }
        return MCredError(.stateStore, "state file '\(path)': \(error)")
    }
}

extension Double {
    /// `10` rather than `10.0`; `0.5` stays.
    fileprivate var formatted: String {
        self == rounded() ? String(Int(self)) : String(self)
    }
}
