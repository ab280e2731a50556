#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// JUnit XML for CI test tabs: one `<testsuite>` per run, one `<testcase>` per credential (its class
/// name the file, its name the credential id or `file:line`), a `<failure>` listing the errors of a
/// failed credential, an `<error>` for an unreadable one, and the warnings and notes in `<system-out>`.
///
/// The suite's counts come first in the XML but are known only at the end, so test cases are spilled
/// to an anonymous temporary file while the run goes on (bounded memory for any number of credentials).
final class JUnitReportWriter: ValidationReportWriter {
    private let output: any ReportOutput
    private let includeNotes: Bool
    private let spill: UnsafeMutablePointer<FILE>

    init(output: any ReportOutput, includeNotes: Bool) throws(MCredError) {
        self.output = output
        self.includeNotes = includeNotes
        guard let file = tmpfile() else {
            throw MCredError(.unwritableOutput, "cannot create a temporary file for the JUnit report: \(String(cString: strerror(errno)))")
        }
        spill = file
    }

    deinit { fclose(spill) }

    func write(_ result: CredentialCheckResult) throws(MCredError) {
        var xml = "    <testcase classname=\"\(Self.escape(result.file))\" name=\"\(Self.escape(result.displayName))\">\n"
        let errors = result.diagnostics.filter { $0.severity == .error }
        let others = result.diagnostics.filter { $0.severity != .error && (includeNotes || $0.severity != .note) }
        switch result.outcome {
        case .passed: break
        case .failed, .unreadable:
            let element = result.outcome == .unreadable ? "error" : "failure"
            let shown = errors.isEmpty ? result.diagnostics.filter { $0.severity == .warning } : errors
            let first = shown.first.map { "[\($0.ruleID)] \($0.message)" } ?? "failed"
            let type = shown.first?.ruleID ?? "failed"
            xml += "      <\(element) message=\"\(Self.escape(first))\" type=\"\(Self.escape(type))\">"
            xml += Self.escape(shown.map { DiagnosticRenderer.render($0) }.joined(separator: "\n"))
            xml += "</\(element)>\n"
        }
        if !others.isEmpty {
            xml += "      <system-out>" + Self.escape(others.map { DiagnosticRenderer.render($0) }.joined(separator: "\n")) + "</system-out>\n"
        }
        xml += "    </testcase>\n"
        let bytes = Array(xml.utf8)
        if fwrite(bytes, 1, bytes.count, spill) != bytes.count {
            throw MCredError(.unwritableOutput, "cannot write the JUnit report's temporary file: \(String(cString: strerror(errno)))")
        }
    }

    func finish(_ summary: CredentialValidationSummary) throws(MCredError) {
        let counts = "tests=\"\(summary.credentials)\" failures=\"\(summary.failed)\" errors=\"\(summary.unreadable)\""
        try output.write(Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="mcred validate" \(counts)>
              <testsuite name="mcred validate" \(counts) skipped="0">

            """.utf8))
        guard fflush(spill) == 0, fseek(spill, 0, SEEK_SET) == 0 else {
            throw MCredError(.unwritableOutput, "cannot read back the JUnit report's temporary file")
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let read = fread(&chunk, 1, chunk.count, spill)
            if read == 0 { break }
            try output.write(Array(chunk[..<read]))
        }
        try output.write(Array("  </testsuite>\n</testsuites>\n".utf8))
        try output.commit()
    }

    func abandon() { (output as? AtomicFile)?.discard() }

    /// Text and attribute escaping; characters XML 1.0 forbids (most C0 controls) become U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
