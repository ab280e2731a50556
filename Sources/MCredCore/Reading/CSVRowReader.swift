/// One CSV record as read: its fields, untrimmed, and where it starts.
public struct CSVRow: Sendable, Equatable {
    /// The field values, unquoted and unescaped; spaces are data (callers trim).
    public var fields: [String]
    /// 1-based physical line where the row starts. Blank lines and line breaks inside quoted
    /// fields count, so this is the line an editor shows.
    public var line: Int
    /// Offset of the row's first byte in the decoded UTF-8 text (the BOM excluded). For UTF-8
    /// input without a BOM this is the file offset.
    public var byteOffset: Int

    public init(fields: [String], line: Int, byteOffset: Int) {
        self.fields = fields
        self.line = line
        self.byteOffset = byteOffset
    }
}

/// The documented size limits of CSV input (`--max-field-bytes`, `--max-record-bytes` raise them).
public enum CSVLimits {
    /// A field longer than this is reported as `csv-field-too-large` and its row skipped.
    public static let defaultMaxFieldBytes = 16 << 20
    /// A row longer than this (fields, delimiters and line breaks together) is reported as
    /// `csv-record-too-large` and skipped. Memory per row is bounded by about this much.
    public static let defaultMaxRecordBytes = 64 << 20
}

/// Streams rows out of a CSV byte source: RFC 4180 plus what real registrar exports do.
///
/// - Line ends: LF, CR LF or a lone CR, mixed freely; a last line without one is a row.
/// - Quoted fields may hold delimiters, doubled quotes and line breaks.
/// - Blank lines are skipped but still counted, so ``CSVRow/line`` matches an editor.
/// - Encoding: detected from the BOM (UTF-8, UTF-16LE/BE), else UTF-8; or given. Everything is
///   turned into UTF-8 while streaming. Invalid UTF-8 is fatal (see ``next()``).
/// - Delimiter: sniffed from the first 64 KiB (see ``CSVDialectSniffer``) unless given.
///
/// Recoverable problems become diagnostics on the sink and reading goes on:
/// `csv-unterminated-quote` (error; the field runs to the end of the file and the row is
/// returned), `csv-stray-quote` (warning; the text is kept as data) and `csv-field-too-large`
/// (error; the row is skipped without buffering the rest of the field).
///
/// Memory is bounded by the largest row (and `maxFieldBytes` per field), never by the file.
public final class CSVRowReader {
    /// The buffer starts at twice the sniffing sample, so the sample and a refill fit.
    static let initialCapacity = 2 * CSVDialectSniffer.sampleSize

    /// The dialect in use: the one given, or the sniffed one.
    public let dialect: CSVDialect
    /// The encoding in use: the one given, or the detected one.
    public var encoding: TextEncoding { decoder.encoding }
    /// Raw bytes consumed from the source so far (read-ahead included), for a progress line.
    public var bytesRead: Int { decoder.rawBytesRead }
    /// The source's name, as used in diagnostics.
    public let sourceName: String

    private let decoder: StreamingTextDecoder
    private var scanner: CSVScanner

    /// Opens a reader and, unless `dialect` is given, sniffs the delimiter.
    ///
    /// - Parameters:
    ///   - encoding: nil = detect: a UTF-8 BOM is stripped, a UTF-16 LE/BE BOM selects UTF-16
    ///     (transcoded to UTF-8), anything else is read as UTF-8.
    ///   - dialect: nil = sniff the delimiter among `,` `;` TAB `|` from the first 64 KiB.
    ///   - maxFieldBytes: longer fields are reported as `csv-field-too-large` and their row skipped.
    /// - Throws: ``MCredError`` when the source cannot be read, or `.badConfiguration` for a
    ///   dialect the tokenizer cannot use.
    public convenience init(
        source: any ByteSource, encoding: TextEncoding? = nil, dialect: CSVDialect? = nil,
        diagnostics: any DiagnosticSink, maxFieldBytes: Int = CSVLimits.defaultMaxFieldBytes,
        maxRecordBytes: Int = CSVLimits.defaultMaxRecordBytes
    ) throws(MCredError) {
        try self.init(
            source: source, encoding: encoding, dialect: dialect, diagnostics: diagnostics,
            maxFieldBytes: maxFieldBytes, maxRecordBytes: maxRecordBytes, bufferCapacity: Self.initialCapacity,
            sampleSize: CSVDialectSniffer.sampleSize)
    }

    /// Tests shrink the buffer and the read-ahead so that rows straddle refills everywhere.
    init(
        source: any ByteSource, encoding: TextEncoding?, dialect: CSVDialect?, diagnostics: any DiagnosticSink,
        maxFieldBytes: Int, maxRecordBytes: Int = CSVLimits.defaultMaxRecordBytes, bufferCapacity: Int, sampleSize: Int
    ) throws(MCredError) {
        try dialect?.validate()
        sourceName = source.name
        decoder = try StreamingTextDecoder(source: source, encoding: encoding)
        scanner = CSVScanner(
            capacity: bufferCapacity, maxFieldBytes: max(1, maxFieldBytes), maxRecordBytes: max(1, maxRecordBytes),
            sourceName: source.name, diagnostics: diagnostics)
        // Read the sample. Invalid UTF-8 in it is reported later, when the rows before it have
        // been returned, so the error can carry the right line number.
        let sampleSize = min(sampleSize, scanner.capacity - CSVScanner.minimumRoom)
        while scanner.end < sampleSize && !scanner.atEnd && decoder.failure == nil {
            let n = try decoder.fill(scanner.storage + scanner.end, capacity: scanner.capacity - scanner.end)
            if n == 0 && decoder.failure == nil { scanner.atEnd = true }
            scanner.end += n
        }
        if let dialect {
            self.dialect = dialect
        } else {
            let sampleCount = min(scanner.end, sampleSize)
            let sample = UnsafeBufferPointer(start: scanner.storage, count: sampleCount)
            self.dialect = CSVDialectSniffer.sniff(sample, isComplete: scanner.atEnd && sampleCount == scanner.end)
        }
        scanner.configure(self.dialect)
    }

    deinit {
        scanner.deallocate()
    }

    /// The next non-blank row, or nil at the end of the input.
    ///
    /// - Throws: ``MCredError`` (`.unreadableInput`) only when the source fails or, for UTF-8,
    ///   on an invalid byte; the error names the byte offset, the line, the byte in hex and the
    ///   `--encoding` fix, and its `location` is that line. Rows before the bad byte are
    ///   returned first.
    /// Rows dropped because a field passed `maxFieldBytes` (each reported as `csv-field-too-large`)
    /// or the row passed `maxRecordBytes` (`csv-record-too-large`).
    public private(set) var skippedRows = 0

    public func next() throws(MCredError) -> CSVRow? {
        while true {
            if scanner.skipping != nil {
                if !scanner.skipRow() { try refill() }
                continue
            }
            switch scanner.nextRow() {
            case .row(let row):
                // The whole row was in the buffer: same limit, counted the same way.
                if scanner.baseOffset + scanner.pos - row.byteOffset > scanner.maxRecordBytes {
                    scanner.reportRecordTooLarge(line: row.line, start: row.byteOffset - scanner.baseOffset)
                    skippedRows += 1
                    continue
                }
                return row
            case .end:
                return nil
            case .needMore:
                // The partial row is [pos, end): past the record limit it is skipped, so a row of a
                // million short fields cannot grow the buffer without bound either.
                if scanner.end - scanner.pos > scanner.maxRecordBytes {
                    scanner.beginSkippingRecord()
                    skippedRows += 1
                    continue
                }
                try refill()
            case .oversized(let column, let line, let start):
                scanner.beginSkipping(column: column, line: line, fieldStart: start)
                skippedRows += 1
            }
        }
    }

    /// Reads more decoded text behind the unconsumed bytes.
    ///
    /// A partial row is parsed again from its start after each refill, so a refill brings in at
    /// least as many bytes as the partial row already has: a multi-megabyte field is then
    /// re-scanned a bounded number of times per byte, not once per 64 KiB read. For ordinary rows
    /// this is a single read, so rows from a pipe are returned as soon as they arrive.
    private func refill() throws(MCredError) {
        let partial = scanner.end - scanner.pos
        let (room, free) = scanner.makeRoom()
        let wanted = min(free, max(1, partial))
        var added = 0
        while added < wanted && free - added >= StreamingTextDecoder.minimumCapacity {
            let n = try decoder.fill(room + added, capacity: free - added)
            if n == 0 { break }
            added += n
        }
        if added > 0 {
            scanner.end += added
            return
        }
        if let failure = decoder.failure {
            let line = scanner.lineAtEnd()
            let digits = String(failure.byte, radix: 16, uppercase: true)
            let hex = "0x" + (digits.count < 2 ? "0" : "") + digits
            throw MCredError(
                .unreadableInput,
                "invalid UTF-8 byte \(hex) at byte offset \(failure.offset) (line \(line)); "
                    + "if the file is Latin-1 or Windows-1252, pass --encoding latin1 or --encoding windows-1252",
                at: SourceLocation(file: sourceName, line: line))
        }
        scanner.atEnd = true
    }
}

extension CSVRowReader {
    /// The current capacity of the row buffer (tests check that it stays bounded).
    var bufferCapacity: Int { scanner.capacity }
}
