#if canImport(Glibc)
import Glibc
#endif

private let newline: [UInt8] = [0x0A]

/// The last stage: writes each validated record as a credential document.
public protocol RecordWriter: AnyObject {
    func write(_ record: ValidatedRecord) throws(MCredError)
    /// Told of each record validation rejected, in record order (the state store keeps its
    /// credential rather than withdrawing it). Writers of documents ignore it.
    func reject(_ record: MappedRecord) throws(MCredError)
    /// Completes the output (renames temporary files into place). Not called after a fatal error.
    func finish() throws(MCredError)
    /// Abandons the output after a fatal error: nothing half-written stays under a final name.
    func abandon()
    /// A renderer for a worker thread (`--jobs`), or nil when only ``write(_:)`` can render.
    /// Requirements, not extension-only methods, so calls through `any RecordWriter` reach the writer's own.
    func makeBytesRenderer() -> (any RecordBytesRenderer)?
    /// Writes what a renderer from ``makeBytesRenderer()`` rendered for `record`.
    func write(_ record: ValidatedRecord, rendered: ArraySlice<UInt8>) throws(MCredError)
}

extension RecordWriter {
    public func reject(_ record: MappedRecord) throws(MCredError) {}
    public func makeBytesRenderer() -> (any RecordBytesRenderer)? { nil }
    public func write(_ record: ValidatedRecord, rendered: ArraySlice<UInt8>) throws(MCredError) { try write(record) }
}

/// Renders records into the bytes a writer writes, off the writer's thread (`--jobs`). Each instance
/// is used by one thread at a time.
///
/// A worker renders a whole batch into one buffer, one record after another, and hands the buffer
/// over at the end: no allocation per record, and the writer's thread frees nothing the worker made.
public protocol RecordBytesRenderer: AnyObject {
    /// Appends `record`'s bytes to the buffer being filled and returns where they are in it.
    func render(_ record: ValidatedRecord) -> Range<Int>
    /// Everything rendered since the last call; rendering goes on into `replacement`, emptied.
    func takeRendered(replacingWith replacement: [UInt8]) -> [UInt8]
}

/// A writer whose rendering can run on worker threads: ``RecordWriter/makeBytesRenderer()`` gives a
/// renderer per worker and ``RecordWriter/write(_:rendered:)`` writes what one rendered.
final class CredentialBytesRenderer: RecordBytesRenderer {
    private let renderer: CredentialRenderer
    private var json: JSONByteWriter
    private let lineEnd: Bool

    init(renderer: CredentialRenderer, pretty: Bool, lineEnd: Bool) {
        self.renderer = renderer.forWorker()
        json = JSONByteWriter(pretty: pretty, initialCapacity: 32 << 10)
        self.lineEnd = lineEnd
    }

    func render(_ record: ValidatedRecord) -> Range<Int> {
        let start = json.bytes.count
        json.startDocument()
        renderer.render(record, into: &json)
        if lineEnd { json.appendRaw(0x0A) }
        return start..<json.bytes.count
    }

    func takeRendered(replacingWith replacement: [UInt8]) -> [UInt8] {
        json.exchangeBuffer(replacement)
    }
}

/// `--out DIR`: one pretty-printed `<uuid>.jsonld` per credential, each written atomically.
public final class DirectoryRecordWriter: RecordWriter {
    private let folder: String
    private let renderer: CredentialRenderer
    private var json = JSONByteWriter(pretty: true, initialCapacity: 32 << 10)
    /// Paths written so far, in order.
    public private(set) var written: [String] = []

    public init(folder: String, renderer: CredentialRenderer) throws(MCredError) {
        self.folder = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        self.renderer = renderer
        // Like `mkdir -p`: a nightly job's dated folder (`out/2026/12/03`) need not exist yet.
        var prefix = self.folder.hasPrefix("/") ? "/" : ""
        for component in self.folder.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw MCredError(.unwritableOutput, "cannot create output folder '\(prefix)': \(String(cString: strerror(errno)))")
            }
            prefix += "/"
        }
        AtomicFile.removeLeftovers(in: self.folder)
    }

    public func write(_ record: ValidatedRecord) throws(MCredError) {
        json.reset()
        renderer.render(record, into: &json)
        try writeFile(record, json.bytes[...], newline[...])
    }

    public func makeBytesRenderer() -> (any RecordBytesRenderer)? {
        CredentialBytesRenderer(renderer: renderer, pretty: true, lineEnd: true)
    }

    public func write(_ record: ValidatedRecord, rendered: ArraySlice<UInt8>) throws(MCredError) {
        try writeFile(record, rendered)
    }

    private func writeFile(_ record: ValidatedRecord, _ parts: ArraySlice<UInt8>...) throws(MCredError) {
        let id = renderer.credentialID(record)
        // The id is a UUID we derived, never data: it cannot name a path outside the folder.
        let path = folder + "/" + id.dropFirst("urn:uuid:".count) + ".jsonld"
        let file = try AtomicFile(path: path)
        for part in parts { try file.write(part) }
        try file.commit()
        written.append(path)
    }

    public func finish() throws(MCredError) {}
    public func abandon() {}
}

/// `--ndjson FILE|-`: one compact credential per line, to a file (atomically) or standard output.
public final class NDJSONRecordWriter: RecordWriter {
    private let renderer: CredentialRenderer
    private let file: AtomicFile?
    private var json = JSONByteWriter(pretty: false, initialCapacity: 32 << 10)
    private var stdoutBuffer: [UInt8] = []

    public init(path: String, renderer: CredentialRenderer) throws(MCredError) {
        self.renderer = renderer
        file = path == "-" ? nil : try AtomicFile(path: path)
    }

    public func write(_ record: ValidatedRecord) throws(MCredError) {
        json.reset()
        renderer.render(record, into: &json)
        if let file {
            try file.write(json.bytes)
            try file.write(newline)
        } else {
            stdoutBuffer += json.bytes
            stdoutBuffer.append(0x0A)
            if stdoutBuffer.count >= 1 << 16 { try flushStandardOutput() }
        }
    }

    public func makeBytesRenderer() -> (any RecordBytesRenderer)? {
        CredentialBytesRenderer(renderer: renderer, pretty: false, lineEnd: true)
    }

    /// `rendered` already ends with its newline.
    public func write(_ record: ValidatedRecord, rendered: ArraySlice<UInt8>) throws(MCredError) {
        if let file {
            try file.write(rendered)
        } else {
            stdoutBuffer += rendered
            if stdoutBuffer.count >= 1 << 16 { try flushStandardOutput() }
        }
    }

    private func flushStandardOutput() throws(MCredError) {
        var offset = 0
        while offset < stdoutBuffer.count {
            let written = stdoutBuffer.withUnsafeBytes { raw in
                Glibc.write(1, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw MCredError(.unwritableOutput, "cannot write to standard output: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
        stdoutBuffer.removeAll(keepingCapacity: true)
    }

    public func finish() throws(MCredError) {
        if let file { try file.commit() } else { try flushStandardOutput() }
    }

    public func abandon() {
        file?.discard()
        try? flushStandardOutput()
    }
}
