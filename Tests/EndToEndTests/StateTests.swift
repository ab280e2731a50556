import Foundation
import MCredTestSupport
import XCTest

/// `convert --state`: nightly runs write only what is new or changed, and list what disappeared.
final class StateTests: StateTestCase {
    func testFirstRunWritesEverythingAndRecordsTheRun() throws {
        let input = export("monday.csv", [Self.row(1001), Self.row(1002), Self.row(1003, outcomes: "")])
        let run = try convert([input], today: "2026-03-02")
        XCTAssertEqual(run.result.status, 1, run.result.stderr)
        XCTAssertEqual(run.written.count, 2)
        XCTAssertEqual(run.changes, changes(new: 2, rejected: 1))
        XCTAssertEqual(run.withdrawn, [])
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("withdrawn.txt").path), "written even when empty")
        XCTAssertTrue(run.result.stderr.hasSuffix("mcred: \(state): 2 new, 0 changed, 0 unchanged, 0 withdrawn, 1 rejected\n"), run.result.stderr)
        let shown = show()
        XCTAssertEqual(shown.status, 0, shown.stderr)
        XCTAssertTrue(shown.stdout.contains("credentials: 2 (2 active, 0 withdrawn)\n  scope BE0248015142: 2 active, 0 withdrawn\nruns: 1, the last 2026-03-02 (run 1)\n"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("1    2026-03-02        3        2    2        0          0          0         1  \(input)\n"), shown.stdout)
        XCTAssertEqual(events(run.written[0]), ["new"])
    }

    func testAnIdenticalRerunWritesNothingAndAllWritesEverything() throws {
        let input = export("export.csv", [Self.row(1001), Self.row(1002), Self.row(1003)])
        XCTAssertEqual(try convert([input], today: "2026-03-02").written.count, 3)
        let rerun = try convert([input], today: "2026-03-02")
        XCTAssertEqual(rerun.result.status, 0, rerun.result.stderr)
        XCTAssertEqual(rerun.written, [])
        XCTAssertEqual(rerun.changes, changes(unchanged: 3))
        XCTAssertTrue(rerun.result.stderr.contains("mcred: 3 records read, 0 written, 0 rejected"), rerun.result.stderr)
        let all = try convert([input], today: "2026-03-03", ["--all"])
        XCTAssertEqual(all.written.count, 3)
        XCTAssertEqual(all.changes, changes(unchanged: 3))
        XCTAssertTrue(history(all.written[0]).stdout.contains("last written run 3 (2026-03-03)"), history(all.written[0]).stdout)
    }

    func testACorrectedGradeRewritesThatCredentialAlone() throws {
        let first = try convert([export("monday.csv", [Self.row(1001), Self.row(1002), Self.row(1003)])], today: "2026-03-02")
        let tuesday = export("tuesday.csv", [Self.row(1001), Self.row(1002, grade: "17/20"), Self.row(1003)])
        let run = try convert([tuesday], today: "2026-03-03")
        XCTAssertEqual(run.changes, changes(changed: 1, unchanged: 2))
        XCTAssertEqual(run.written, [first.written[1]])
        XCTAssertTrue(try String(contentsOfFile: folder.appendingPathComponent("out.ndjson").path, encoding: .utf8).contains("17/20"))
        XCTAssertEqual(events(first.written[1]), ["new", "changed"])
        XCTAssertTrue(history(first.written[1]).stdout.contains("2    2026-03-03  changed  \(tuesday):3"), history(first.written[1]).stdout)
    }

    func testARemovedRowIsWithdrawnOnceAndReinstatedWhenItReturns() throws {
        let rows = [Self.row(1001), Self.row(1002), Self.row(1003)]
        let first = try convert([export("monday.csv", rows)], today: "2026-03-02")
        let removed = try convert([export("tuesday.csv", [rows[0], rows[2]])], today: "2026-03-03")
        XCTAssertEqual(removed.changes, changes(unchanged: 2, withdrawn: 1))
        XCTAssertEqual(removed.withdrawn, [first.written[1]])
        let again = try convert([export("wednesday.csv", [rows[0], rows[2]])], today: "2026-03-04")
        XCTAssertEqual(again.changes, changes(unchanged: 2), "withdrawn once, not every night")
        XCTAssertEqual(again.withdrawn, [])
        let back = try convert([export("thursday.csv", rows)], today: "2026-03-05")
        XCTAssertEqual(back.changes, changes(new: 1, unchanged: 2))
        XCTAssertEqual(back.written, [first.written[1]])
        XCTAssertEqual(events(first.written[1]), ["new", "withdrawn", "reinstated"])
        XCTAssertTrue(show().stdout.contains("credentials: 3 (3 active, 0 withdrawn)"), show().stdout)
    }

    func testARowMovedToAnotherLineIsNotAChange() throws {
        let rows = [Self.row(1001), Self.row(1002), Self.row(1003), Self.row(1004)]
        _ = try convert([export("monday.csv", rows)], today: "2026-03-02")
        let moved = try convert([export("tuesday.csv", [rows[3], rows[1], rows[0], rows[2]])], today: "2026-03-03")
        XCTAssertEqual(moved.changes, changes(unchanged: 4))
        XCTAssertEqual(moved.written, [])
    }

    func testARejectedRecordKeepsItsCredentialInsteadOfWithdrawingIt() throws {
        let first = try convert([export("monday.csv", [Self.row(1001), Self.row(1002)])], today: "2026-03-02")
        let tuesday = export("tuesday.csv", [Self.row(1001), Self.row(1002, eqf: "9")])
        let run = try convert([tuesday], today: "2026-03-03")
        XCTAssertEqual(run.result.status, 1)
        XCTAssertEqual(run.changes, changes(unchanged: 1, rejected: 1))
        XCTAssertEqual(run.withdrawn, [])
        XCTAssertEqual(events(first.written[1]), ["new", "rejected"])
        XCTAssertTrue(history(first.written[1]).stdout.contains(": active, scope BE0248015142"))
    }

    func testAnUnidentifiableRejectedRecordHoldsWithdrawalBack() throws {
        _ = try convert([export("monday.csv", [Self.row(1001), Self.row(1002), Self.row(1003)])], today: "2026-03-02")
        // Row 1002 lost its issue date (so it cannot be matched), row 1003 is gone: nothing may be withdrawn.
        let tuesday = export("tuesday.csv", [Self.row(1001), Self.row(1002, issued: "")])
        let held = try convert([tuesday], today: "2026-03-03")
        XCTAssertEqual(held.changes, changes(unchanged: 1, rejected: 1))
        XCTAssertEqual(held.withdrawn, [])
        let warning = held.result.stderr.split(separator: "\n").filter { $0.contains("[withdrawal-held]") }
        XCTAssertEqual(warning.count, 1, held.result.stderr)
        XCTAssertTrue(warning.first?.hasPrefix("\(tuesday):3: warning: [withdrawal-held] no credential of scope 'BE0248015142' is withdrawn") ?? false, held.result.stderr)
        // Corrected: 1002 is unchanged, 1003 now withdrawn.
        let fixed = try convert([export("wednesday.csv", [Self.row(1001), Self.row(1002)])], today: "2026-03-04")
        XCTAssertEqual(fixed.changes, changes(unchanged: 2, withdrawn: 1))
    }

    func testOneAwardingBodysExportDoesNotWithdrawAnothersCredentials() throws {
        let ghent = try convert([export("ghent.csv", [Self.row(1001), Self.row(1002)])], today: "2026-03-02")
        let leuvenMapping = try otherAwardingBodyMapping()
        let leuven = try convert([export("leuven.csv", [Self.row(2001)])], today: "2026-03-02", mapping: leuvenMapping)
        XCTAssertEqual(leuven.changes, changes(new: 1))
        XCTAssertEqual(leuven.withdrawn, [], "Ghent's credentials are outside Leuven's export")
        let leuvenAgain = try convert([export("leuven2.csv", [])], today: "2026-03-03", mapping: leuvenMapping)
        XCTAssertEqual(leuvenAgain.withdrawn, [], "an empty export names no awarding body, so it withdraws nothing")
        let ghentSmaller = try convert([export("ghent2.csv", [Self.row(1001)])], today: "2026-03-03")
        XCTAssertEqual(ghentSmaller.withdrawn, [ghent.written[1]])
        XCTAssertTrue(show().stdout.contains("  scope BE0248015142: 1 active, 1 withdrawn\n  scope BE0419052173: 1 active, 0 withdrawn\n"), show().stdout)
    }

    func testAnExplicitScopeKeepsFacultiesApart() throws {
        let science = try convert([export("science.csv", [Self.row(1001), Self.row(1002)])], today: "2026-03-02", ["--scope", "science"])
        _ = try convert([export("arts.csv", [Self.row(3001)])], today: "2026-03-02", ["--scope", "arts"])
        let arts = try convert([export("arts2.csv", [])], today: "2026-03-03", ["--scope", "arts"])
        XCTAssertEqual(arts.changes, changes(withdrawn: 1), "an explicit scope covers the export even when it is empty")
        XCTAssertEqual(history(science.written[0]).stdout.contains(": active, scope science"), true)
        XCTAssertTrue(show().stdout.contains("  scope arts: 0 active, 1 withdrawn\n  scope science: 2 active, 0 withdrawn\n"), show().stdout)
    }

    func testADryRunReportsChangesButLeavesTheStateAlone() throws {
        let input = export("monday.csv", [Self.row(1001)])
        let dry = try convert([input], today: "2026-03-02", ["--dry-run"])
        XCTAssertEqual(dry.changes, changes(new: 1))
        XCTAssertTrue(dry.result.stderr.contains("(dry run: state unchanged)"), dry.result.stderr)
        XCTAssertTrue(show().stdout.contains("runs: 0\n"), show().stdout)
        XCTAssertEqual(try convert([input], today: "2026-03-02").changes, changes(new: 1))
    }

    /// The content digest is the state file's memory of a credential: if the bytes it is computed
    /// from ever changed, every credential of every existing state file would look "changed" on the
    /// next night. This pins the digest of one known row (computed before the digest was made fast).
    func testTheContentDigestOfAKnownRowIsStable() throws {
        let run = try convert([export("monday.csv", [Self.row(1001)])], today: "2026-03-02")
        let id = try XCTUnwrap(run.written.first)
        XCTAssertTrue(history(id).stdout.contains("content sha1 d4ecfb8025cea02cfa48e5a2217238819074a7cc\n"), history(id).stdout)
    }

    func testStateOptionsAndInspectionAreChecked() throws {
        let lone = ProcessRunner.mcred(["convert", "--mapping", mapping, "--withdrawn", "w.txt", "x.csv"])
        XCTAssertEqual(lone.status, 64)
        XCTAssertTrue(lone.stderr.contains("--withdrawn needs --state FILE"), lone.stderr)
        let notState = export("not-a-state.csv", [Self.row(1)])
        let refused = ProcessRunner.mcred(["convert", "--mapping", mapping, "--state", notState, "--dry-run", notState])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("is not an SQLite database"), refused.stderr)
        XCTAssertEqual(ProcessRunner.mcred(["state", "show", folder.appendingPathComponent("absent.db").path]).status, 2)
        _ = try convert([export("monday.csv", [Self.row(1001)])], today: "2026-03-02")
        let unknown = history("urn:uuid:00000000-0000-0000-0000-000000000000")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(ProcessRunner.mcred(["state", "history", state]).status, 64)
    }
}
