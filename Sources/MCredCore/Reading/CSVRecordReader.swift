/// Reads a CSV export: the first row is the header, each later row one record.
///
/// Ragged rows are read (missing cells count as empty, extra cells are reported and ignored) and
/// duplicate header names are reported: the first column of that name feeds the mapping.
public final class CSVRecordReader: RecordReader {
    /// How many extra cells of a ragged row its diagnostic quotes.
    static let quotedExtraCells = 10

    public let file: String
    public private(set) var header: [String]?
    private let rows: CSVRowReader
    private let source: any ByteSource
    private var recordNumber = 0
    private var numberedSkips = 0
    private var pending: [Diagnostic] = []
    private let rowProblems: RowDiagnosticBuffer

    /// Opens the export and reads its header. A file without a header row is fatal.
    public init(
        source: any ByteSource, encoding: TextEncoding?, delimiter: UInt8?, diagnostics sink: any DiagnosticSink,
        maxFieldBytes: Int = CSVLimits.defaultMaxFieldBytes, maxRecordBytes: Int = CSVLimits.defaultMaxRecordBytes
    ) throws(MCredError) {
        self.source = source
        self.file = source.name
        let rowProblems = RowDiagnosticBuffer(base: sink)
        self.rowProblems = rowProblems
        self.rows = try CSVRowReader(
            source: source, encoding: encoding, dialect: delimiter.map { CSVDialect(delimiter: $0) },
            diagnostics: rowProblems, maxFieldBytes: maxFieldBytes, maxRecordBytes: maxRecordBytes)
        defer { rowProblems.forward(before: .max) }
        guard let first = try rows.next() else {
            throw MCredError(.unreadableInput, "\(file): the file is empty: no header row")
        }
        // A header past the field or row limit was skipped (and reported): the first data row must
        // not silently become the header.
        if rows.skippedRows > 0 {
            throw MCredError(
                .unreadableInput,
                "the header row is larger than the field or row limit (--max-field-bytes, --max-record-bytes); nothing was read",
                at: SourceLocation(file: file, line: 1))
        }
        let names = first.fields.map { $0.trimmingSpaces }
        header = names
        var seen: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            if let earlier = seen[name] {
                pending.append(.warning(
                    "csv-duplicate-header",
                    "column \(index + 1) repeats the header '\(name)' of column \(earlier + 1); the mapping reads column \(earlier + 1)",
                    at: SourceLocation(file: file, line: first.line, column: index + 1, field: name), value: name))
            } else {
                seen[name] = index
            }
        }
    }

    /// The delimiter in use (sniffed unless given).
    public var delimiter: UInt8 { rows.dialect.delimiter }
    public var encoding: TextEncoding { rows.encoding }
    public var bytesRead: Int { rows.bytesRead }
    public var totalBytes: Int? { source.totalBytes }
    public var droppedRecords: Int { rows.skippedRows }

    public func next(diagnostics: inout [Diagnostic]) throws(MCredError) -> SourceRecord? {
        if !pending.isEmpty {
            diagnostics += pending
            pending.removeAll()
        }
        var next = try rows.next()
        // Spreadsheets leave rows of empty cells (`;;;;;;`) below the data: like blank lines, they
        // are no records (as rejected records they would hold back every withdrawal of a nightly run).
        while let candidate = next, candidate.fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
            next = try rows.next()
        }
        guard let row = next else {
            rowProblems.forward(before: .max)
            return nil
        }
        // Dropped rows keep their numbers, so record N is the N-th data row whatever was dropped.
        recordNumber = recordNumber + 1 + rows.skippedRows - numberedSkips
        numberedSkips = rows.skippedRows
        // Problems of rows before this one (dropped rows) go on as they are; this row's own (a stray
        // or unterminated quote) join its record, so --strict and the reports count them.
        rowProblems.forward(before: row.line)
        for var problem in rowProblems.take() {
            problem.record = recordNumber
            diagnostics.append(problem)
        }
        let header = self.header ?? []
        if row.fields.count != header.count {
            // A row with a million extra cells must not make a megabyte diagnostic: the first few
            // are quoted (each cut to an excerpt), the rest counted.
            let extraCells = row.fields.count > header.count ? row.fields[header.count...] : []
            let quoted = extraCells.prefix(Self.quotedExtraCells)
            var extra = row.fields.count > header.count
                ? "; extra cells ignored: " + quoted.map { "'\(CSVScanner.excerpt($0))'" }.joined(separator: ", ")
                : "; missing cells count as empty"
            if extraCells.count > quoted.count { extra += " and \(extraCells.count - quoted.count) more" }
            let value = extraCells.isEmpty ? nil
                : CSVScanner.excerpt(extraCells.prefix(Self.quotedExtraCells).joined(separator: String(UnicodeScalar(delimiter))))
            diagnostics.append(.warning(
                "csv-ragged-row", "record \(recordNumber) has \(row.fields.count) cells, the header has \(header.count)\(extra)",
                at: SourceLocation(file: file, line: row.line, column: min(row.fields.count, header.count) + 1), record: recordNumber,
                value: value))
        }
        var fields: [SourceField] = []
        fields.reserveCapacity(header.count)
        for (index, name) in header.enumerated() {
            let value = index < row.fields.count ? row.fields[index] : ""
            fields.append(SourceField(path: name, value: value, line: row.line, column: index + 1))
        }
        return SourceRecord(number: recordNumber, file: file, line: row.line, fields: fields)
    }
}

/// Holds what the row reader reports until the reader knows which row it belongs to. Only the
/// thread reading the export calls it (the row reader emits while ``CSVRecordReader/next(diagnostics:)``
/// runs), hence no lock.
private final class RowDiagnosticBuffer: DiagnosticSink, @unchecked Sendable {
    private let base: any DiagnosticSink
    private var held: [Diagnostic] = []

    init(base: any DiagnosticSink) { self.base = base }

    func emit(_ diagnostic: Diagnostic) { held.append(diagnostic) }

    /// Passes on what lies before `line` (or has no line).
    func forward(before line: Int) {
        guard !held.isEmpty else { return }
        var kept: [Diagnostic] = []
        for diagnostic in held {
            if let at = diagnostic.location?.line, at >= line { kept.append(diagnostic) } else { base.emit(diagnostic) }
        }
        held = kept
    }

    /// Everything held, removed.
    func take() -> [Diagnostic] {
        defer { held.removeAll(keepingCapacity: true) }
        return held
    }
}
