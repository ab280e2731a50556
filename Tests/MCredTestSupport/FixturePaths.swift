import Foundation

/// Paths of the repository, its fixtures and the shared reference material, found from this file's
/// location (SwiftPM resources are awkward on Linux; argument-parser does the same).
public enum FixturePaths {
    /// The repository root.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let fixtures = root.appendingPathComponent("Fixtures")
    public static let schemas = root.appendingPathComponent("Schemas")
    /// Real registrar files (ELMO transcripts, exports), copied from the workplace's `../shared/inputs`
    /// with their provenance in `SOURCES.md`, so the tests need nothing outside the repository.
    public static let sharedInputs = fixtures.appendingPathComponent("inputs")

    /// A fresh empty temporary folder.
    public static func temporaryFolder(_ name: String = "mcred-test") -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
