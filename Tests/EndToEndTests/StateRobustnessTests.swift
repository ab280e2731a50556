import Foundation
import MCredTestSupport
import XCTest

/// `convert --state` when things go wrong: a run killed halfway, two runs on one state file.
final class StateRobustnessTests: StateTestCase {
    /// An export big enough that a debug build is still busy with it when the test acts.
    func bigExport(_ name: String, rows: Int = 1500) -> String {
        export(name, (1...rows).map { Self.row(100_000 + $0) })
    }

    /// Starts `mcred convert --state` writing NDJSON to `out`, without waiting for it.
    func start(_ input: String, out: String, _ extra: [String] = []) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ProcessRunner.mcredBinary)
        process.arguments = ["convert", "-q", "--mapping", mapping, "--today", "2026-03-02", "--state", state, "--ndjson", out] + extra + [input]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        return (process, errors)
    }

    /// Waits (at most a minute) until the run writing `out` has flushed its first megabyte of
    /// credentials into the temporary file: it is under way, and far from done.
    func waitUntilUnderWay(_ out: String) {
        let url = URL(fileURLWithPath: out)
        let temporary = url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".mcred-tmp").path
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let size = (try? FileManager.default.attributesOfItem(atPath: temporary)[.size] as? Int) ?? 0
            if size >= 1 << 20 { return }
            Thread.sleep(forTimeInterval: 0.01)
        }
        XCTFail("\(temporary) did not grow within a minute")
    }

    func lines(_ path: String) -> Int {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    func testARunKilledHalfwayLeavesTheStateAsBeforeAndARerunRedoesTheWork() throws {
        let small = export("monday.csv", [Self.row(1001)])
        XCTAssertEqual(try convert([small], today: "2026-03-01").changes, changes(new: 1))
        let big = bigExport("tuesday.csv")
        let out = folder.appendingPathComponent("credentials.ndjson").path
        let (process, _) = try start(big, out: out)
        waitUntilUnderWay(out)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "killed before the end")

        let shown = show()
        XCTAssertTrue(shown.stdout.contains("credentials: 1 (1 active, 0 withdrawn)"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("runs: 1, the last 2026-03-01 (run 1)"), shown.stdout)

        let rerun = ProcessRunner.mcred(["convert", "--mapping", mapping, "--today", "2026-03-02", "--state", state, "--ndjson", out, big])
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        XCTAssertTrue(rerun.stderr.hasSuffix(": 1500 new, 0 changed, 0 unchanged, 1 withdrawn, 0 rejected\n"), rerun.stderr)
        XCTAssertEqual(lines(out), 1500)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        XCTAssertEqual(names.filter { $0.hasSuffix(".mcred-tmp") }, [], "no temporaries left")
        XCTAssertTrue(show().stdout.contains("credentials: 1501 (1500 active, 1 withdrawn)\n"), show().stdout)
        XCTAssertTrue(show().stdout.contains("runs: 2, the last 2026-03-02 (run 2)"), show().stdout)
    }

    func testASecondRunOnTheSameStateFailsCleanlyOrWaits() throws {
        let big = bigExport("export.csv", rows: 1200)
        let out = folder.appendingPathComponent("first.ndjson").path
        let (first, _) = try start(big, out: out)
        waitUntilUnderWay(out)

        // Without waiting: exit 2, a clear message, and nothing touched.
        let secondOut = folder.appendingPathComponent("second.ndjson").path
        let refused = ProcessRunner.mcred(
            ["convert", "--mapping", mapping, "--today", "2026-03-02", "--state", state, "--state-wait", "0", "--ndjson", secondOut, big])
        XCTAssertEqual(refused.status, 2, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("state file '\(state)' is in use by another run (waited 0 s)"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: secondOut), "a run that cannot take the state file writes nothing")

        // Waiting: the third run starts when the first has committed, and finds nothing new.
        let (third, thirdErrors) = try start(big, out: secondOut, ["--state-wait", "120"])
        first.waitUntilExit()
        XCTAssertEqual(first.terminationStatus, 0)
        third.waitUntilExit()
        let thirdStderr = String(decoding: thirdErrors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(third.terminationStatus, 0, thirdStderr)
        XCTAssertEqual(lines(out), 1200)
        XCTAssertEqual(lines(secondOut), 0, "everything was unchanged")

        let shown = show()
        XCTAssertTrue(shown.stdout.contains("credentials: 1200 (1200 active, 0 withdrawn)"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("1    2026-03-02     1200     1200  1200        0          0          0         0"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("2    2026-03-02     1200        0     0        0       1200          0         0"), shown.stdout)
    }
}
