#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output file written under a hidden temporary name in the same folder and renamed into place
/// only when complete, so a run that fails or is killed never leaves half a file under the final name.
///
/// Temporary names are `.<name>.mcred-tmp` — recognisable, and removed by the next run's
/// ``removeLeftovers(in:)``.
public final class AtomicFile {
    public let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private let bufferLimit = 1 << 20

    public static let temporarySuffix = ".mcred-tmp"

    /// Creates the temporary file. Fails with `.unwritableOutput` naming the path.
    public init(path: String) throws(MCredError) {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        temporaryPath = folder + "." + name + Self.temporarySuffix
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 {
            throw MCredError(.unwritableOutput, "cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        buffer.reserveCapacity(bufferLimit)
    }

    deinit {
        if descriptor >= 0 { discard() }
    }

    public func write(_ bytes: [UInt8]) throws(MCredError) {
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
        if fsync(descriptor) != 0 || close(descriptor) != 0 {
            let reason = String(cString: strerror(errno))
            descriptor = -1
            unlink(temporaryPath)
            throw MCredError(.unwritableOutput, "cannot write '\(path)': \(reason)")
        }
        descriptor = -1
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
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
        unlink(temporaryPath)
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
