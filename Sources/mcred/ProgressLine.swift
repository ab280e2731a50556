import MCredCore
#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The progress line on a terminal's stderr: records/s, records done, bytes read of total, percent, ETA.
/// Redrawn at most every 0.25 s; silent when stderr is not a terminal or with --quiet.
final class ProgressLine: @unchecked Sendable {
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var visible = false
    private let lock = Lock()

    func update(file: String, _ progress: ConversionProgress) {
        lock.withLock {
            let now = Date()
            guard now.timeIntervalSince(lastDraw) >= 0.25 else { return }
            lastDraw = now
            let elapsed = max(now.timeIntervalSince(start), 0.001)
            let rate = Double(progress.records) / elapsed
            var line = "\(file): \(progress.records) records, \(Int(rate)) records/s, \(megabytes(progress.bytesRead))"
            if let total = progress.totalBytes, total > 0 {
                let fraction = min(Double(progress.bytesRead) / Double(total), 1)
                line += " of \(megabytes(total)) (\(Int(fraction * 100))%)"
                if fraction > 0.01 {
                    let remaining = elapsed / fraction - elapsed
                    line += ", ETA \(Int(remaining.rounded()))s"
                }
            }
            StandardError.write("\r\u{1B}[K" + line)
            visible = true
        }
    }

    /// Clears the line (before a diagnostic or the summary is printed).
    func clear() {
        if visible {
            StandardError.write("\r\u{1B}[K")
            visible = false
        }
    }

    private func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
