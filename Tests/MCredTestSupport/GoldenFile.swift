import Foundation
import XCTest

/// Golden-file (snapshot) comparison: the expected bytes live in `Fixtures/`. On a mismatch the
/// failure shows `git diff --no-index` of expected vs actual. `RECORD_SNAPSHOTS=1 swift test`
/// rewrites the expected files (and fails, so a recording is never mistaken for a pass).
public enum GoldenFile {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    public static func assertMatches(
        _ actual: String, expectedAt url: URL, file: StaticString = #filePath, line: UInt = #line
    ) {
        if isRecording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            XCTFail("Recorded new baseline at \(url.path); rerun without RECORD_SNAPSHOTS", file: file, line: line)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("missing golden file \(url.path); record it with RECORD_SNAPSHOTS=1 swift test", file: file, line: line)
            return
        }
        guard expected != actual else { return }
        XCTFail("output differs from \(url.path):\n\(diff(expected: url, actual: actual))\n(re-record with RECORD_SNAPSHOTS=1 swift test)",
                file: file, line: line)
    }

    /// A unified diff via `git diff --no-index`, or a first-difference summary when git is missing.
    static func diff(expected: URL, actual: String) -> String {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("actual-\(UUID().uuidString)")
        try? actual.write(to: temporary, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let result = ProcessRunner.run("/usr/bin/env", ["git", "diff", "--no-index", "-U3", "--", expected.path, temporary.path])
        if !result.stdout.isEmpty { return String(result.stdout.prefix(8000)) }
        return "(no diff tool) expected \(expected.path)"
    }
}
