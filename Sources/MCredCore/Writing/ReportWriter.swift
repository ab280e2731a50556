#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `--report` JSON: the summary and every diagnostic, sorted by file, line and column.
///
/// Shape (stable; `mcred validate` uses the same): `{"valid", "records", "written", "rejected",
/// "skipped", "errorCount", "warningCount", "messages": [{"level", "code", "file", "line",
/// "column", "field", "record", "element", "value", "message"}]}`, one message a line. With
/// `--state`, `"changes": {"new", "changed", "unchanged", "withdrawn", "rejected"}` precedes the messages.
///
/// A nightly export can yield millions of messages, so they are not kept in memory: each is
/// rendered at once into an anonymous temporary file, and only a small sort key per message
/// (about 40 bytes) stays in memory until the report is written.
public final class ReportCollector: DiagnosticSink, @unchecked Sendable {
    private struct Key {
        var file: Int32, line: Int32, column: Int32, rule: Int32, element: Int32
        var sequence: Int64, offset: Int64, length: Int32
    }

    private let lock = Lock()
    private var keys: [Key] = []
    private var spill: UnsafeMutablePointer<FILE>?
    private var spilled: Int64 = 0
    private var files: [String: Int32] = [:], rules: [String: Int32] = [:], elements: [String: Int32] = [:]
    private var failure: MCredError?

    public init() {
        spill = tmpfile()
        if spill == nil { failure = MCredError(.unwritableOutput, "cannot create a temporary file for the report: \(String(cString: strerror(errno)))") }
    }

    deinit {
        if let spill { fclose(spill) }
    }

    public func emit(_ diagnostic: Diagnostic) {
        let bytes = Self.render(diagnostic)
        lock.withLock {
            guard let spill, failure == nil else { return }
            if fwrite(bytes, 1, bytes.count, spill) != bytes.count {
                failure = MCredError(.unwritableOutput, "cannot write the report's temporary file: \(String(cString: strerror(errno)))")
                return
            }
            func intern(_ text: String, _ table: inout [String: Int32]) -> Int32 {
                if let id = table[text] { return id }
                let id = Int32(table.count)
                table[text] = id
                return id
            }
            let location = diagnostic.location
            keys.append(Key(
                file: location.map { intern($0.file, &files) } ?? -1,
                line: Int32(clamping: location?.line ?? 0), column: Int32(clamping: location?.column ?? 0),
                rule: intern(diagnostic.ruleID, &rules), element: intern(diagnostic.element ?? "", &elements),
                sequence: Int64(keys.count), offset: spilled, length: Int32(bytes.count)))
            spilled += Int64(bytes.count)
        }
    }

    /// Writes the report to `path` (`-` = standard output), atomically for a file. Call once, after
    /// the last diagnostic.
    public func write(summary: ConversionSummary, to path: String) throws(MCredError) {
        do {  // scope: the output is committed or, on a throw, discarded by its deinit
            if let failure { throw failure }
            if let spill, fflush(spill) != 0 {
                throw MCredError(.unwritableOutput, "cannot write the report's temporary file: \(String(cString: strerror(errno)))")
            }
            let output: any ReportOutput = path == "-" ? StandardOutputReport() : try AtomicFile(path: path)
            try output.write(Self.header(summary))
            let order = sortedKeys()
            var buffer: [UInt8] = []
            for (position, key) in order.enumerated() {
                buffer += [0x20, 0x20, 0x20, 0x20]
                let start = buffer.count
                buffer += repeatElement(0, count: Int(key.length))
                let read = buffer.withUnsafeMutableBytes { raw in
                    pread(fileno(spill), raw.baseAddress! + start, Int(key.length), off_t(key.offset))
                }
                if read != Int(key.length) {
                    throw MCredError(.unwritableOutput, "cannot read back the report's temporary file")
                }
                buffer += position + 1 < order.count ? [0x2C, 0x0A] : [0x0A]
                if buffer.count >= 1 << 20 {
                    try output.write(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try output.write(buffer + Array("  ]\n}\n".utf8))
            try output.commit()
        }
    }

    /// Keys in report order: file name, line, column, rule id, element, then emission order.
    private func sortedKeys() -> [Key] {
        func ranks(_ table: [String: Int32]) -> [Int32] {
            var rank = [Int32](repeating: 0, count: table.count)
            for (position, entry) in table.sorted(by: { $0.key < $1.key }).enumerated() { rank[Int(entry.value)] = Int32(position) }
            return rank
        }
        let fileRank = ranks(files), ruleRank = ranks(rules), elementRank = ranks(elements)
        return keys.sorted { a, b in
            let fa = a.file < 0 ? -1 : fileRank[Int(a.file)], fb = b.file < 0 ? -1 : fileRank[Int(b.file)]
            if fa != fb { return fa < fb }
            if a.line != b.line { return a.line < b.line }
            if a.column != b.column { return a.column < b.column }
            if a.rule != b.rule { return ruleRank[Int(a.rule)] < ruleRank[Int(b.rule)] }
            if a.element != b.element { return elementRank[Int(a.element)] < elementRank[Int(b.element)] }
            return a.sequence < b.sequence
        }
    }

    static func header(_ summary: ConversionSummary) -> [UInt8] {
        let valid = summary.errorCount == 0 && summary.rejected == 0
        var text = "{\n  \"valid\": \(valid),\n"
        for (key, value) in [("records", summary.records), ("written", summary.written), ("rejected", summary.rejected),
                             ("skipped", summary.skipped), ("errorCount", summary.errorCount),
                             ("warningCount", summary.warningCount)] {
            text += "  \"\(key)\": \(value),\n"
        }
        if let changes = summary.changes {
            text += "  \"changes\": {\"new\": \(changes.new), \"changed\": \(changes.changed), \"unchanged\": \(changes.unchanged), \"withdrawn\": \(changes.withdrawn), \"rejected\": \(changes.rejected)},\n"
        }
        return Array((text + "  \"messages\": [\n").utf8)
    }

    /// One message as compact JSON.
    static func render(_ diagnostic: Diagnostic) -> [UInt8] {
        var w = JSONByteWriter(pretty: false, initialCapacity: 256)
        w.beginObject()
        w.field("level", diagnostic.severity.rawValue)
        w.field("code", diagnostic.ruleID)
        optional("file", diagnostic.location?.file, &w)
        optionalInteger("line", diagnostic.location?.line, &w)
        optionalInteger("column", diagnostic.location?.column, &w)
        optional("field", diagnostic.location?.field, &w)
        optionalInteger("record", diagnostic.record, &w)
        optional("element", diagnostic.element, &w)
        optional("value", diagnostic.value, &w)
        w.field("message", diagnostic.message)
        w.endObject()
        return w.bytes
    }

    private static func optional(_ key: String, _ value: String?, _ w: inout JSONByteWriter) {
        w.key(key)
        if let value { w.string(value) } else { w.null() }
    }

    private static func optionalInteger(_ key: String, _ value: Int?, _ w: inout JSONByteWriter) {
        w.key(key)
        if let value { w.integer(value) } else { w.null() }
    }
}

/// Where a report goes: a file written atomically, or standard output.
protocol ReportOutput {
    func write(_ bytes: [UInt8]) throws(MCredError)
    func commit() throws(MCredError)
}

extension AtomicFile: ReportOutput {}

struct StandardOutputReport: ReportOutput {
    func write(_ bytes: [UInt8]) throws(MCredError) { try StandardOutput.write(bytes) }
    func commit() throws(MCredError) {}
}
