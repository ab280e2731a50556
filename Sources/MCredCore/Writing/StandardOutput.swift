#if canImport(Glibc)
import Glibc
#endif

/// Writes bytes to standard output, retrying short writes.
public enum StandardOutput {
    public static func write(_ bytes: [UInt8]) throws(MCredError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in Glibc.write(1, raw.baseAddress! + offset, raw.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw MCredError(.unwritableOutput, "cannot write to standard output: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }
}
