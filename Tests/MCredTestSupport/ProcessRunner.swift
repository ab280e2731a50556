import Foundation

/// Runs a process and captures its output and exit status.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

public enum ProcessRunner {
    public static func run(
        _ executable: String, _ arguments: [String], stdin: Data? = nil, currentDirectory: URL? = nil,
        environment: [String: String]? = nil
    ) -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        do {
            try process.run()
        } catch {
            return ProcessResult(status: -1, stdout: "", stderr: "cannot run \(executable): \(error)")
        }
        // Read both pipes concurrently so a large output cannot block the child.
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try? input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The built `mcred` binary: `MCRED_BINARY`, else beside the test bundle in the build folder.
    public static var mcredBinary: String {
        if let path = ProcessInfo.processInfo.environment["MCRED_BINARY"] { return path }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("mcred").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return FixturePaths.root.appendingPathComponent(".build/debug/mcred").path
    }

    /// Starts `mcred` with `arguments` and returns at once (for tests that watch or kill the run):
    /// standard output discarded, standard error in the returned pipe.
    public static func startMcred(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: mcredBinary)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, errors)
    }

    /// Runs `mcred` with `arguments`.
    public static func mcred(_ arguments: [String], stdin: Data? = nil, currentDirectory: URL? = nil) -> ProcessResult {
        run(mcredBinary, arguments, stdin: stdin, currentDirectory: currentDirectory ?? FixturePaths.root)
    }
}
