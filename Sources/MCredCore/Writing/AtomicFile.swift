#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output file written under a hidden temporary name in the same folder and renamed into place
/// only when complete, so a run that fails or is killed never leaves half a file under the final name.
///
/// Temporary names are `.<name>.mcred-tmp` — recognisable, removed on SIGINT/SIGTERM through
/// ``removePendingTemporaryFiles()``, and by the next run's ``removeLeftovers(in:)``.
///
/// A path that is not a regular file (`/dev/stdout`, `/dev/null`, a FIFO, `>(gzip)`) is written
/// directly: there is nothing to replace atomically, and renaming over it would destroy it. A
/// symbolic link is written through: its target is replaced, the link stays.
public final class AtomicFile {
    public let path: String
    private let temporaryPath: String
    /// Where the finished file goes: `path`, or the target of the symbolic link at `path`.
    private let finalPath: String
    /// Writing straight into a device or pipe, not into a temporary file.
    private let direct: Bool
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private let bufferLimit = 1 << 20

    public static let temporarySuffix = ".mcred-tmp"

    /// Creates the temporary file. Fails with `.unwritableOutput` naming the path.
    public init(path: String) throws(MCredError) {
        self.path = path
        var status = stat()
        let exists = stat(path, &status) == 0
        if exists, status.st_mode & S_IFMT != S_IFREG, status.st_mode & S_IFMT != S_IFDIR {
            direct = true
            temporaryPath = path
            finalPath = path
            descriptor = open(path, O_WRONLY | O_CLOEXEC)
        } else {
            direct = false
            var target = path
            if exists, let resolved = realpath(path, nil) {
                target = String(cString: resolved)
                free(resolved)
            }
            let slash = target.lastIndex(of: "/")
            let folder = slash.map { String(target[...$0]) } ?? ""
            let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
            finalPath = target
            temporaryPath = folder + "." + name + Self.temporarySuffix
            // Created and registered under the lock the interruption handler takes, so the handler
            // cannot run between the two and leave a temporary file it did not know of.
            let temporary = temporaryPath
            descriptor = Self.pending.withLock { state in
                // The process is shutting down: a file begun now would outlive the cleanup.
                if state.interrupted {
                    errno = EINTR
                    return -1
                }
                let opened = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
                if opened >= 0 { state.paths.insert(temporary) }
                return opened
            }
        }
        if descriptor < 0 {
            throw MCredError(.unwritableOutput, "cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        buffer.reserveCapacity(bufferLimit)
    }

    /// Temporary files being written, for removal when the process is interrupted, and how many
    /// files were completed (renamed into place) so far.
    private static let pending = LockedValue<(paths: Set<String>, interrupted: Bool, completed: Int)>(([], false, 0))

    /// How many output files this process has completed under their final names (for the summary
    /// an interrupted run prints).
    public static var completedCount: Int { pending.withLock { $0.completed } }

    /// Removes every temporary file still being written. Called on SIGINT/SIGTERM, so an
    /// interrupted run leaves neither half a file nor its temporary.
    /// Returns how many files had been completed, so the caller can say what was kept.
    @discardableResult
    public static func removePendingTemporaryFiles() -> (completed: Int, removed: Int) {
        pending.withLock { state in
            state.interrupted = true
            let removed = state.paths.count
            for path in state.paths { unlink(path) }
            state.paths.removeAll()
            return (state.completed, removed)
        }
    }

    deinit {
        if descriptor >= 0 { discard() }
    }

    public func write(_ bytes: [UInt8]) throws(MCredError) {
        try write(bytes[...])
    }

    public func write(_ bytes: ArraySlice<UInt8>) throws(MCredError) {
        buffer += bytes
        if buffer.count >= bufferLimit { try flush() }
    }

    private func flush() throws(MCredError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                discard()
                throw MCredError(.unwritableOutput, "cannot write '\(path)': \(reason)")
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and renames the file into place.
    public func commit() throws(MCredError) {
        try flush()
        if direct {
            let closed = close(descriptor)
            descriptor = -1
            if closed != 0 {
                throw MCredError(.unwritableOutput, "cannot write '\(path)': \(String(cString: strerror(errno)))")
            }
            Self.pending.withLock { $0.completed += 1 }
            return
        }
        defer { Self.pending.withLock { _ = $0.paths.remove(temporaryPath) } }
        if fsync(descriptor) != 0 || close(descriptor) != 0 {
            let reason = String(cString: strerror(errno))
            descriptor = -1
            unlink(temporaryPath)
            throw MCredError(.unwritableOutput, "cannot write '\(path)': \(reason)")
        }
        descriptor = -1
        // Counted and renamed under the lock, so an interruption sees either the finished file or
        // its temporary, never a rename in between.
        let failure: String? = Self.pending.withLock { state in
            if rename(temporaryPath, finalPath) != 0 { return String(cString: strerror(errno)) }
            state.completed += 1
            return nil
        }
        if let reason = failure {
            unlink(temporaryPath)
            throw MCredError(.unwritableOutput, "cannot move the finished file into place at '\(path)': \(reason)")
        }
    }

    /// Removes the temporary file; the final path is left as it was.
    public func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        guard !direct else { return }
        unlink(temporaryPath)
        Self.pending.withLock { _ = $0.paths.remove(temporaryPath) }
    }

    /// Writes `bytes` to `path` atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws(MCredError) {
        let file = try AtomicFile(path: path)
        try file.write(bytes)
        try file.commit()
    }

    /// Removes temporary files a killed run left in `folder`.
    public static func removeLeftovers(in folder: String) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix("."), name.hasSuffix(temporarySuffix) {
                unlink(folder + "/" + name)
            }
        }
    }
}
