import Foundation
import SQLiteDatabase
import XCTest

final class DatabaseTests: XCTestCase {
    var folder: URL!

    override func setUp() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlite-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    var path: String { folder.appendingPathComponent("test.db").path }

    func testPreparedStatementsBindAndReadEveryType() throws {
        let database = try Database(path: path)
        try database.execute("CREATE TABLE t (i INTEGER, s TEXT, b BLOB, n TEXT)")
        let insert = try database.prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4)")
        try insert.run(.integer(42), .text("Gent – Zürich ✓"), .blob([0, 1, 255]), .null)
        try insert.run(.integer(-7), .text(""), .blob([]), .text("x"))
        let rows = try database.prepare("SELECT i, s, b, n FROM t ORDER BY i").rows()
        XCTAssertEqual(rows, [
            [.integer(-7), .text(""), .blob([]), .text("x")],
            [.integer(42), .text("Gent – Zürich ✓"), .blob([0, 1, 255]), .null],
        ])
        XCTAssertEqual(try database.scalar("SELECT count(*) FROM t WHERE s = ?1", .text("Gent – Zürich ✓")), .integer(1))
    }

    func testARolledBackTransactionLeavesNothing() throws {
        let database = try Database(path: path)
        try database.execute("CREATE TABLE t (i INTEGER)")
        try database.begin(.immediate)
        XCTAssertTrue(database.inTransaction)
        try database.prepare("INSERT INTO t VALUES (1)").run()
        database.rollback()
        XCTAssertFalse(database.inTransaction)
        XCTAssertEqual(try database.scalar("SELECT count(*) FROM t"), .integer(0))
        try database.begin(.immediate)
        try database.prepare("INSERT INTO t VALUES (2)").run()
        try database.commit()
        XCTAssertEqual(try database.scalar("SELECT sum(i) FROM t"), .integer(2))
    }

    func testErrorsCarrySQLitesMessageAndWhatWasDone() throws {
        let database = try Database(path: path)
        XCTAssertThrowsError(try database.prepare("SELECT * FROM missing")) { error in
            let failure = error as? SQLiteError
            XCTAssertEqual(failure?.message, "no such table: missing")
            XCTAssertEqual(failure?.context, "prepare SELECT * FROM missing")
        }
        try database.execute("CREATE TABLE u (k TEXT PRIMARY KEY)")
        let insert = try database.prepare("INSERT INTO u VALUES (?1)")
        try insert.run(.text("a"))
        XCTAssertThrowsError(try insert.run(.text("a"))) { error in
            XCTAssertEqual((error as? SQLiteError)?.message, "UNIQUE constraint failed: u.k")
        }
    }

    func testAFileThatIsNotADatabaseIsReportedAsSuch() throws {
        try Data("just some text, not a database, long enough to have a header\n".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try Database(path: path).execute("SELECT * FROM sqlite_master")) { error in
            XCTAssertEqual((error as? SQLiteError)?.isNotADatabase, true, "\(error)")
        }
    }

    func testASecondWriterIsBusyWhileTheFirstHoldsTheLock() throws {
        let first = try Database(path: path)
        try first.execute("PRAGMA journal_mode=WAL; CREATE TABLE t (i INTEGER)")
        try first.begin(.immediate)
        let second = try Database(path: path, busyTimeout: 0)
        XCTAssertThrowsError(try second.begin(.immediate)) { error in
            XCTAssertEqual((error as? SQLiteError)?.isBusy, true, "\(error)")
        }
        // Readers still see the last committed state in WAL mode.
        XCTAssertEqual(try second.scalar("SELECT count(*) FROM t"), .integer(0))
        try first.commit()
        try second.begin(.immediate)
        try second.commit()
    }

    func testReadOnlyConnectionsCannotWrite() throws {
        try Database(path: path).execute("CREATE TABLE t (i INTEGER)")
        let reader = try Database(path: path, mode: .readOnly)
        XCTAssertThrowsError(try reader.execute("INSERT INTO t VALUES (1)")) { error in
            XCTAssertTrue((error as? SQLiteError)?.message.contains("readonly") ?? false, "\(error)")
        }
        XCTAssertThrowsError(try Database(path: folder.appendingPathComponent("absent.db").path, mode: .readOnly))
    }
}
