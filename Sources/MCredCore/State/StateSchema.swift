import SQLiteDatabase

/// The tables of a state file (`convert --state FILE`), an SQLite database any `sqlite3` can read.
///
/// - `runs`: one row per committed run: when (`--today`, else the clock), the inputs (one path a
///   line), the explicit `--scope` if any, the scopes withdrawal covered, and the change counts.
/// - `credentials`: one row per credential id ever written: its scope (the awarding body, or
///   `--scope`), the SHA-1 of its normalised content (``ContentDigest``), the runs that first and
///   last saw it and last wrote it, and its status, `active` or `withdrawn`.
/// - `events`: what happened to a credential in a run: `new`, `changed`, `withdrawn`, `reinstated`
///   (seen again after a withdrawal), `rejected` (its record was rejected, so it was kept as it was);
///   unchanged runs leave no event, so a nightly run adds rows only for what moved.
/// - `credential_dates`: a view of `credentials` with the runs' times instead of their numbers.
enum StateSchema {
    /// `PRAGMA application_id`: "mcrd", so a state file is told apart from any other database.
    static let applicationID: Int64 = 0x6D63_7264
    static let version: Int64 = 1

    static let create = """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            time TEXT NOT NULL,
            inputs TEXT NOT NULL,
            scope TEXT,
            withdrawal_scopes TEXT NOT NULL DEFAULT '',
            records INTEGER NOT NULL DEFAULT 0,
            written INTEGER NOT NULL DEFAULT 0,
            new INTEGER NOT NULL DEFAULT 0,
            changed INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            withdrawn INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE credentials (
            id TEXT PRIMARY KEY,
            scope TEXT NOT NULL,
            hash TEXT NOT NULL,
            first_seen INTEGER NOT NULL REFERENCES runs (id),
            last_seen INTEGER NOT NULL REFERENCES runs (id),
            status TEXT NOT NULL CHECK (status IN ('active', 'withdrawn')),
            written_by INTEGER REFERENCES runs (id)
        ) WITHOUT ROWID;
        CREATE TABLE events (
            credential TEXT NOT NULL,
            run INTEGER NOT NULL REFERENCES runs (id),
            event TEXT NOT NULL CHECK (event IN ('new', 'changed', 'withdrawn', 'reinstated', 'rejected')),
            source TEXT,
            PRIMARY KEY (credential, run, event)
        ) WITHOUT ROWID;
        CREATE VIEW credential_dates AS
            SELECT c.id, c.status, c.scope, c.hash, f.time AS first_seen, l.time AS last_seen, w.time AS last_written
            FROM credentials c JOIN runs f ON f.id = c.first_seen JOIN runs l ON l.id = c.last_seen
            LEFT JOIN runs w ON w.id = c.written_by;
        PRAGMA application_id = \(applicationID);
        PRAGMA user_version = \(version);
        """

    /// Creates the tables in an empty database, or checks that `database` is a state file this
    /// version understands. Call inside the run's transaction, so two first runs cannot both create.
    static func prepare(_ database: Database, path: String) throws(MCredError) {
        do {
            let application = try database.scalar("PRAGMA application_id")?.integer ?? 0
            let version = try database.scalar("PRAGMA user_version")?.integer ?? 0
            let tables = try database.scalar("SELECT count(*) FROM sqlite_master")?.integer ?? 0
            if application == 0 && version == 0 && tables == 0 {
                try database.execute(create)
                return
            }
            guard application == applicationID else {
                throw MCredError(.stateStore, "'\(path)' is an SQLite database but not an mcred state file; give --state a new file name")
            }
            guard version == Self.version else {
                throw MCredError(.stateStore, "'\(path)' is a state file of version \(version); this mcred reads version \(Self.version)")
            }
        } catch {
            throw StateStore.failure(error, path: path)
        }
    }
}
