import Foundation
import MCredTestSupport
import XCTest

/// Runs killed at any moment, stopped by a signal, or out of disk space: only complete files under
/// final names, recognisable hidden leftovers that the next run removes, and a clear account.
final class InterruptedRunTests: StateTestCase {
    var outFolder: String { folder.appendingPathComponent("out").path }
    var ndjson: String { folder.appendingPathComponent("all.ndjson").path }
    var reportPath: String { folder.appendingPathComponent("report.json").path }

    func arguments(_ input: String, out: String? = nil, ndjson: String? = nil, report: String? = nil) -> [String] {
        ["convert", "-q", "--mapping", mapping, "--today", "2026-03-02", "--out", out ?? outFolder,
         "--ndjson", ndjson ?? self.ndjson, "--report", report ?? reportPath, input]
    }

    func lines(_ path: String) -> Int {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    /// Every file under a final (non-hidden) name in `folder` and below parses as JSON (NDJSON: every
    /// line does); hidden files are only recognisable temporaries. Returns the final names checked.
    @discardableResult
    func assertOnlyCompleteFiles(in folder: String, context: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        var checked: [String] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names {
            let path = folder + "/" + name
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            if isFolder.boolValue {
                checked += assertOnlyCompleteFiles(in: path, context: context, file: file, line: line)
                continue
            }
            if name.hasPrefix(".") {
                XCTAssertTrue(name.hasSuffix(".mcred-tmp"), "\(context): unexpected hidden file \(name)", file: file, line: line)
                continue
            }
            guard name.hasSuffix(".jsonld") || name.hasSuffix(".json") || name.hasSuffix(".ndjson") else { continue }
            checked.append(path)
            guard let data = FileManager.default.contents(atPath: path) else {
                XCTFail("\(context): cannot read \(path)", file: file, line: line)
                continue
            }
            let documents = name.hasSuffix(".ndjson") ? data.split(separator: 0x0A).map { Data($0) } : [data]
            for document in documents where (try? JSONSerialization.jsonObject(with: document)) == nil {
                XCTFail("\(context): \(name) under its final name does not parse (\(data.count) bytes)", file: file, line: line)
                break
            }
        }
        return checked
    }

    /// The issue's acceptance test: kill a run with SIGKILL at random moments until 20 runs were killed;
    /// no file under a final name ever fails to parse, and a last run completes the job and removes
    /// every leftover temporary.
    func testSIGKILLAtRandomMomentsNeverLeavesAFileUnderAFinalNameThatFailsToParse() throws {
        // Small enough that the runs take well under a minute (each credential file is fsynced).
        let input = export("nightly.csv", (1...200).map { Self.row(200_000 + $0) })
        // How long a whole run takes here, so the kills spread over all of it (start-up included).
        let started = Date()
        let full = ProcessRunner.mcred(arguments(input))
        XCTAssertEqual(full.status, 0, full.stderr)
        let duration = max(Date().timeIntervalSince(started), 0.2)
        try FileManager.default.removeItem(atPath: outFolder)
        try FileManager.default.removeItem(atPath: ndjson)
        try FileManager.default.removeItem(atPath: reportPath)

        var generator = SystemRandomNumberGenerator()
        var killedMidway = 0
        var attempt = 0
        // Until 20 runs were really killed before they finished (a few may finish first; each is checked).
        while killedMidway < 20 && attempt < 60 {
            attempt += 1
            let delay = Double.random(in: 0...duration, using: &generator)
            let (process, _) = try ProcessRunner.startMcred(arguments(input))
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killedMidway += 1 }
            assertOnlyCompleteFiles(in: folder.path, context: "attempt \(attempt), killed after \(String(format: "%.3f", delay)) s")
        }
        XCTAssertEqual(killedMidway, 20, "20 runs were really killed before they finished (\(attempt) attempts)")

        let last = ProcessRunner.mcred(arguments(input))
        XCTAssertEqual(last.status, 0, last.stderr)
        let checked = assertOnlyCompleteFiles(in: folder.path, context: "after the last run")
        XCTAssertEqual(checked.filter { $0.hasSuffix(".jsonld") }.count, 200)
        XCTAssertEqual(lines(ndjson), 200)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: outFolder).filter { $0.hasPrefix(".") }
            + FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mcred-tmp") }
        XCTAssertEqual(leftovers, [], "the next run removes what killed runs left")
    }

    func testSIGINTAndSIGTERMStopCleanlyAndSayWhatWasWritten() throws {
        let input = export("big.csv", (1...3000).map { Self.row(300_000 + $0) })
        for (signal, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
            try? FileManager.default.removeItem(atPath: outFolder)
            let (process, errors) = try ProcessRunner.startMcred(arguments(input))
            // Wait until some credentials are finished, then interrupt.
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline, ((try? FileManager.default.contentsOfDirectory(atPath: outFolder)) ?? []).count < 20 {
                Thread.sleep(forTimeInterval: 0.005)
            }
            kill(process.processIdentifier, signal)
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 128 + signal, stderr)
            let written = try FileManager.default.contentsOfDirectory(atPath: outFolder)
            XCTAssertEqual(written.filter { $0.hasPrefix(".") }, [], "no temporary left")
            XCTAssertFalse(FileManager.default.fileExists(atPath: ndjson), "the unfinished NDJSON is not left")
            XCTAssertFalse(FileManager.default.fileExists(atPath: reportPath), "the unfinished report is not left")
            // Every credential finished before the signal is counted (none is half-written).
            guard let match = stderr.range(of: #"interrupted \((SIGINT|SIGTERM)\); (\d+) output files? completed and kept"#, options: .regularExpression) else {
                XCTFail("no interruption summary: \(stderr)")
                continue
            }
            XCTAssertTrue(stderr[match].contains(name), stderr)
            let count = Int(stderr[match].split(separator: ";")[1].split(separator: " ")[0])
            XCTAssertEqual(count, written.count, stderr)
            assertOnlyCompleteFiles(in: folder.path, context: name)
        }
    }

    /// Learner ids and titles never become file names: hostile ones give UUID names inside `--out`.
    func testHostileIdsAndTitlesNeverNameAFile() throws {
        let long = String(repeating: "A", count: 4000)
        let hostile = ["../../etc/x", "/etc/passwd", "CON", "nul.txt", long, "a\u{0}b", "..", ".", "x/../../y", "\u{202E}gpj.exe"]
        var rows = hostile.enumerated().map { index, id in
            Self.row(1).replacingOccurrences(of: "1,Lotte", with: "\(id),Lotte")
                .replacingOccurrences(of: "Micro-credential Knowledge Graphs", with: index % 2 == 0 ? "../../\(id)" : "Title \(index) \(id)")
        }
        rows.append(Self.row(1).replacingOccurrences(of: "1,Lotte", with: ",Lotte"))  // an empty id (the name identifies)
        let input = export("hostile.csv", rows)
        let nested = folder.appendingPathComponent("deep/er/out").path
        let result = ProcessRunner.mcred(["convert", "--mapping", mapping, "--today", "2026-03-02", "--out", nested, input])
        XCTAssertLessThanOrEqual(result.status, 1, result.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: nested)
        XCTAssertEqual(names.count, rows.count, result.stderr)
        let uuidName = try NSRegularExpression(pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.jsonld$")
        for name in names {
            XCTAssertNotNil(uuidName.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)), name)
        }
        // Nothing was created anywhere else: the test folder holds the input and the output tree only.
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)), ["hostile.csv", "deep"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("deep").path), ["er"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/etc/x"))
        assertOnlyCompleteFiles(in: nested, context: "hostile ids")
    }
}

/// A full disk: exit 2, a message naming the path, no partial file. Needs a small tmpfs, so it runs
/// as root (CI does) and is skipped where mounting is not allowed.
final class DiskFullTests: StateTestCase {
    var mountPoint: String!

    /// Mounts a 192 KiB tmpfs in the test folder (unmounted in tearDown), or skips the test.
    func mountSmallDisk() throws {
        let point = folder.appendingPathComponent("small").path
        try FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)
        let mount = ProcessRunner.run("/bin/mount", ["-t", "tmpfs", "-o", "size=192k", "tmpfs", point])
        guard mount.status == 0 else { throw XCTSkip("cannot mount a tmpfs here: \(mount.stderr)") }
        mountPoint = point
    }

    override func tearDown() {
        if let mountPoint { _ = ProcessRunner.run("/bin/umount", [mountPoint]) }
        super.tearDown()
    }

    func partialFiles(_ folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".mcred-tmp") }
    }

    func testAFullDiskIsExit2NamingThePathWithNoPartialFiles() throws {
        try mountSmallDisk()
        let input = export("many.csv", (1...400).map { Self.row(400_000 + $0) })
        // --out: the folder fills up after some credentials.
        let out = mountPoint + "/out"
        let first = ProcessRunner.mcred(["convert", "-q", "--mapping", mapping, "--today", "2026-03-02", "--out", out, input])
        XCTAssertEqual(first.status, 2, first.stderr)
        XCTAssertTrue(first.stderr.contains(out + "/"), first.stderr)
        XCTAssertTrue(first.stderr.contains("No space left on device"), first.stderr)
        XCTAssertEqual(partialFiles(mountPoint), [])
        for name in try FileManager.default.contentsOfDirectory(atPath: out) {
            let data = try XCTUnwrap(FileManager.default.contents(atPath: out + "/" + name))
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: data), "\(name) is complete")
        }
        try FileManager.default.removeItem(atPath: out)

        // --ndjson and --report on the full disk: no file at all under the final names.
        let filler = mountPoint + "/filler"
        _ = FileManager.default.createFile(atPath: filler, contents: Data(count: 150 << 10))
        let ndjson = mountPoint + "/all.ndjson", report = mountPoint + "/report.json"
        let second = ProcessRunner.mcred(["convert", "-q", "--mapping", mapping, "--today", "2026-03-02", "--ndjson", ndjson, "--report", report, input])
        XCTAssertEqual(second.status, 2, second.stderr)
        XCTAssertTrue(second.stderr.contains(ndjson) || second.stderr.contains(report), second.stderr)
        XCTAssertTrue(second.stderr.contains("No space left on device"), second.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: ndjson))
        XCTAssertEqual(partialFiles(mountPoint), [])
        if FileManager.default.fileExists(atPath: report) {
            let data = try XCTUnwrap(FileManager.default.contents(atPath: report))
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: data), "a report under its final name is complete")
        }
    }
}
