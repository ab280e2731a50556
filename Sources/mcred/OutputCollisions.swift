import Foundation

/// Refuses a run whose output would overwrite what it reads (an export, the mapping, the profile,
/// the state file) or another of its outputs: an atomic rename would replace the registrar's export
/// with credentials, or the state file with NDJSON, and the run would still exit 0.
///
/// Existing regular files are compared by device and inode, so `./export.csv`, a symbolic link to
/// it and its absolute path are one file; paths that do not exist yet by their absolute path.
/// Standard streams (`-`), devices and pipes never collide: `/dev/null` may take several outputs.
enum OutputCollisions {
    /// A path the run reads or writes, and what it is for ("input", "--report").
    struct Use {
        var role: String
        var path: String
    }

    static func check(writes outputs: [Use], reads inputs: [Use], usage: String) throws {
        var taken: [(use: Use, identity: Identity)] = inputs.compactMap { use in identity(of: use.path).map { (use, $0) } }
        for output in outputs {
            guard let identity = identity(of: output.path) else { continue }
            if let clash = taken.first(where: { $0.identity == identity }) {
                let what = clash.use.role == "input" ? "the input" : clash.use.role
                throw UsageError(
                    message: "\(output.role) \(output.path) would overwrite \(what) \(clash.use.path): give it another file name",
                    usage: usage)
            }
            taken.append((output, identity))
        }
    }

    private enum Identity: Equatable {
        case file(device: UInt64, inode: UInt64)
        case path(String)
    }

    private static func identity(of path: String) -> Identity? {
        guard path != "-", !path.isEmpty else { return nil }
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFREG else { return nil }
            return .file(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        }
        return .path(URL(fileURLWithPath: path).standardizedFileURL.path)
    }
}
