#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Opens the input with `open(2)` rather than letting libxml2 open it by name.
///
/// - libxml2 would print its I/O errors through the generic handler and say little; `strerror` is clearer.
/// - `xmlReaderForFile` transparently gunzips, which would let a small file expand without bound.
/// - `-` (standard input) then goes through the same path as a file.
struct InputFile {
    /// The descriptor libxml2 reads from.
    let descriptor: Int32
    /// The name used in errors: the path, or `<stdin>` for `-`.
    let name: String
    /// Whether the reader must close the descriptor (not standard input).
    let isOwned: Bool

    init(path: String) throws(XMLReadError) {
        if path == "-" {
            self.init(descriptor: 0, name: "<stdin>", isOwned: false)
            return
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw XMLReadError(file: path, line: 0, message: "cannot open file: \(Self.lastErrorDescription())")
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            throw XMLReadError(file: path, line: 0, message: "cannot read file: it is a directory")
        }
        self.init(descriptor: descriptor, name: path, isOwned: true)
    }

    private init(descriptor: Int32, name: String, isOwned: Bool) {
        self.descriptor = descriptor
        self.name = name
        self.isOwned = isOwned
    }

    func closeIfOwned() {
        if isOwned { close(descriptor) }
    }

    private static func lastErrorDescription() -> String {
        String(cString: strerror(errno))
    }
}
