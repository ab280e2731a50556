import Foundation
import MCredCore
import MCredTestSupport
import XCTest

/// Replays the fuzzing corpus through the same entry points as the libFuzzer targets
/// (`scripts/fuzz.sh`), without a sanitizer: every committed seed (`Fuzz/corpus/TARGET`), every
/// finding kept as a regression fixture (`Fuzz/regressions/TARGET`) and the real inputs that seed the
/// fuzzer must be read or rejected cleanly. A crash here fails the whole test process, which is the point.
/// CI runs this; it never fuzzes.
final class FuzzCorpusReplayTests: XCTestCase {
    let fuzz = FixturePaths.root.appendingPathComponent("Fuzz")

    func files(_ folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return enumerator.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.path < $1.path }
    }

    /// Feeds each file to `entry` and fails when one takes longer than `budget` seconds (a hang).
    func replay(_ target: String, extra: [URL], budget: TimeInterval = 10, _ entry: ([UInt8]) -> Void) throws {
        let inputs = files(fuzz.appendingPathComponent("corpus/\(target)"))
            + files(fuzz.appendingPathComponent("regressions/\(target)")) + extra
        XCTAssertFalse(inputs.isEmpty, "no corpus for \(target)")
        for url in inputs {
            let bytes = try [UInt8](Data(contentsOf: url))
            let start = Date()
            entry(bytes)
            let elapsed = Date().timeIntervalSince(start)
            XCTAssertLessThan(elapsed, budget, "\(url.lastPathComponent) took \(elapsed)s")
        }
    }

    func fixtures(_ extensions: Set<String>, containing: String? = nil) -> [URL] {
        files(FixturePaths.fixtures).filter { url in
            extensions.contains(url.pathExtension.lowercased()) && !url.path.contains("/expected/")
                && (containing.map { url.path.contains($0) } ?? true)
        }
    }

    func testCSVCorpus() throws {
        try replay("csv", extra: fixtures(["csv"]), FuzzEntryPoints.csv)
    }

    func testXMLCorpus() throws {
        try replay("xml", extra: fixtures(["xml"]), FuzzEntryPoints.xml)
    }

    func testMappingCorpus() throws {
        try replay("mapping", extra: fixtures(["json"], containing: "mapping"), FuzzEntryPoints.mapping)
    }

    func testCredentialCorpus() throws {
        try replay("credential", extra: fixtures(["json", "jsonld"], containing: "credential"), FuzzEntryPoints.credential)
    }
}
