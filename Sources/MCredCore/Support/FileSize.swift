#if canImport(Glibc)
import Glibc
#endif

extension FileByteSource {
    /// The size of a regular file, or nil for standard input, pipes and unreadable paths.
    public static func size(of path: String) -> Int? {
        guard path != "-" else { return nil }
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }
}
