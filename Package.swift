// swift-tools-version: 6.0
// mcred: turns registrar exports into EU micro-credentials (ELM v3 / EDC JSON-LD) and checks them.
import PackageDescription

let package = Package(
    name: "mcred",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "mcred", targets: ["mcred"]),
        .library(name: "MCredCore", targets: ["MCredCore"]),
    ],
    targets: [
        // libxml2 from the system (apt libxml2-dev). Only XMLStreaming may import it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // A pull reader over libxml2's xmlTextReader whose public API is Swift types only.
        .target(name: "XMLStreaming", dependencies: ["CLibXML2"]),
        // SQLite from the system (apt libsqlite3-dev). Only SQLiteDatabase may import it.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // Databases, prepared statements and transactions over SQLite, with Swift types only.
        .target(name: "SQLiteDatabase", dependencies: ["CSQLite"]),
        // SHA-1's compression function in C, to use the x86 SHA extensions when the CPU has them
        // (enabled per function in the source, not by flags here). Only SHA1 and its tests import it.
        .target(name: "CSHA1"),
        // All logic: reading, mapping, validation, writing, diagnostics. Never prints or exits.
        .target(name: "MCredCore", dependencies: ["XMLStreaming", "SQLiteDatabase", "CSHA1"]),
        // The thin command-line front end.
        .executableTarget(name: "mcred", dependencies: ["MCredCore"]),
        // Shared helpers for tests: golden files, fixture paths, running the binary.
        .target(name: "MCredTestSupport", dependencies: ["MCredCore"], path: "Tests/MCredTestSupport"),
        .testTarget(name: "XMLStreamingTests", dependencies: ["XMLStreaming"]),
        .testTarget(name: "SQLiteDatabaseTests", dependencies: ["SQLiteDatabase"]),
        .testTarget(name: "MCredCoreTests", dependencies: ["MCredCore", "MCredTestSupport", "CSHA1"]),
        .testTarget(name: "EndToEndTests", dependencies: ["MCredTestSupport"]),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
    ]
}
