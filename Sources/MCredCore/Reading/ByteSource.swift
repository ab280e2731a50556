#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Pull-based byte input for the streaming readers.
///
/// A source hands out raw bytes in whatever chunk size suits it; readers never ask for the whole
/// input, so memory stays bounded by the reader's buffer and not by the file.
public protocol ByteSource: AnyObject {
    /// Copies up to `buffer.count` bytes into `buffer` and returns how many were copied.
    /// Returns 0 only at end of input (never for an empty `buffer`, which callers do not pass).
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(MCredError) -> Int
    /// The name diagnostics use for this input: the path as given, or `<stdin>`.
    var name: String { get }
    /// The size of the input in bytes when it is known up front (a regular file), for progress.
    var totalBytes: Int? { get }
}

/// Reads a file with `read(2)`; the path `-` means standard input.
///
/// Each call is one `read(2)` of at most ``chunkSize`` bytes (64 KiB unless told otherwise),
/// retried on `EINTR`. The descriptor is closed when the source is released.
public final class FileByteSource: ByteSource {
    /// The largest number of bytes one ``read(into:)`` asks the kernel for.
    public static let defaultChunkSize = 64 << 10

    public let name: String
    public let totalBytes: Int?
    /// The path as given (`-` for standard input), used in error messages.
    public let path: String
    private let fd: Int32
    private let ownsDescriptor: Bool
    private let chunkSize: Int

    /// Opens `path` for reading (`-` = standard input).
    ///
    /// - Throws: ``MCredError/Kind/unreadableInput`` naming the path and the system's reason
    ///   when the file cannot be opened or is a directory.
    public init(path: String, chunkSize: Int = FileByteSource.defaultChunkSize) throws(MCredError) {
        self.path = path
        self.chunkSize = max(1, chunkSize)
        let descriptor: Int32
        if path == "-" {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
            name = "<stdin>"
        } else {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw MCredError(.unreadableInput, "cannot open '\(path)': \(Self.systemError(errno))")
            }
            ownsDescriptor = true
            name = path
        }
        fd = descriptor
        var info = stat()
        if fstat(descriptor, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR {
                if ownsDescriptor { close(descriptor) }
                throw MCredError(.unreadableInput, "cannot read '\(path)': \(Self.systemError(EISDIR))")
            }
            // Pipes and terminals have no meaningful size; only regular files report one.
            totalBytes = type == S_IFREG ? Int(info.st_size) : nil
        } else {
            totalBytes = nil
        }
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(MCredError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let want = min(buffer.count, chunkSize)
        while true {
            #if canImport(Glibc)
            let n = Glibc.read(fd, base, want)
            #elseif canImport(Musl)
            let n = Musl.read(fd, base, want)
            #else
            let n = Darwin.read(fd, base, want)
            #endif
            if n >= 0 { return n }
            let code = errno
            if code == EINTR { continue }
            throw MCredError(.unreadableInput, "cannot read '\(path)': \(Self.systemError(code))")
        }
    }

    private static func systemError(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// An in-memory source, mainly for tests.
///
/// `chunkSize` limits how many bytes each ``read(into:)`` returns, so tests can split the input
/// at every possible place (1 byte at a time) and check that readers give the same result.
public final class MemoryByteSource: ByteSource {
    public let name: String
    public var totalBytes: Int? { bytes.count }
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var offset = 0

    /// A source over `bytes`, returning at most `chunkSize` bytes per read.
    public init(_ bytes: [UInt8], name: String, chunkSize: Int = .max) {
        self.bytes = bytes
        self.name = name
        self.chunkSize = max(1, chunkSize)
    }

    /// A source over the UTF-8 bytes of `text`.
    public convenience init(_ text: String, name: String, chunkSize: Int = .max) {
        self.init(Array(text.utf8), name: name, chunkSize: chunkSize)
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(MCredError) -> Int {
        let count = min(buffer.count, chunkSize, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { all in
            buffer.baseAddress!.copyMemory(from: all.baseAddress! + offset, byteCount: count)
        }
        offset += count
        return count
    }
}
