import MCredCore
#if canImport(Glibc)
import Glibc
#endif

/// Prints diagnostics to standard error as they are emitted, one compiler-style line each.
/// A lock keeps lines whole; the progress line, if any, is cleared first.
final class StderrDiagnosticPrinter: DiagnosticSink, @unchecked Sendable {
    private let color: Bool
    private let lock = Lock()
    var beforeEachLine: (() -> Void)?

    init(color: Bool) {
        self.color = color
    }

    func emit(_ diagnostic: Diagnostic) {
        let line = DiagnosticRenderer.render(diagnostic, color: color)
        lock.withLock {
            beforeEachLine?()
            StandardError.write(line + "\n")
        }
    }
}

/// Unbuffered writes to standard error.
enum StandardError {
    /// After SIGINT/SIGTERM/SIGHUP only the signal handler writes: the main thread, which may meet an
    /// error caused by the shutdown itself ("cannot write …: Interrupted system call"), waits to be ended.
    static func write(_ text: String, fromSignalHandler: Bool = false) {
        if !fromSignalHandler { Interruption.parkIfStopping() }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { raw in Glibc.write(2, raw.baseAddress! + offset, raw.count - offset) }
            if written <= 0 {
                if written < 0 && errno == EINTR { continue }
                return
            }
            offset += written
        }
        bytes.removeAll()
    }

    static var isTerminal: Bool { isatty(2) == 1 }
}
