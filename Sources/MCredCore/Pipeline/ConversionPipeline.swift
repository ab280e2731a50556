/// The conversion pipeline, one record at a time, like a compiler's stages:
///
/// 1. **Read** (``RecordReader``): bytes → ``SourceRecord`` (raw strings with file and line).
/// 2. **Map** (``RecordMapping``): ``SourceRecord`` → ``MappedRecord`` (element parts, normalised).
/// 3. **Validate** (``RecordValidating``): ``MappedRecord`` → ``ValidatedRecord``, or rejected.
/// 4. **Write** (``RecordWriter``): ``ValidatedRecord`` → a JSON-LD credential document.
///
/// Each record's diagnostics go to the sink as soon as the record is done. A bad record never stops
/// the good ones; only an input that cannot be read further or an output that cannot be written
/// throws, and records read before an unreadable part are still written.
public struct ConversionPipeline {
    public var reader: any RecordReader
    public var mapper: any RecordMapping
    public var validator: any RecordValidating
    public var writer: (any RecordWriter)?
    public var diagnostics: any DiagnosticSink
    /// Records skipped before mapping (the mapper's `requireAny`).
    public var accepts: (SourceRecord) -> Bool
    /// Sees every mapped record with its verdict and diagnostics (`mcred report`), after validation.
    public var observer: RecordObserver?
    /// Worker threads for mapping, validation and rendering (`--jobs`); 1 runs everything on the
    /// calling thread. Output and diagnostics are the same for any number.
    public var jobs = 1

    public init(
        reader: any RecordReader, mapper: any RecordMapping, validator: any RecordValidating,
        writer: (any RecordWriter)?, diagnostics: any DiagnosticSink,
        accepts: @escaping (SourceRecord) -> Bool = { _ in true }, observer: RecordObserver? = nil
    ) {
        self.observer = observer
        self.reader = reader
        self.mapper = mapper
        self.validator = validator
        self.writer = writer
        self.diagnostics = diagnostics
        self.accepts = accepts
    }

    /// Runs to the end of the input. `progress` is called now and then (every 4096 records).
    public func run(progress: ((ConversionProgress) -> Void)? = nil) throws(MCredError) -> ConversionSummary {
        var summary = ConversionSummary()
        try run(into: &summary, progress: progress)
        return summary
    }

    /// Runs to the end of the input, adding to `summary` as it goes, so that when a fatal problem
    /// stops the run the summary still says what was read and written before it.
    public func run(
        into summary: inout ConversionSummary, progress: ((ConversionProgress) -> Void)? = nil
    ) throws(MCredError) {
        if jobs > 1 {
            try runInParallel(jobs: jobs, into: &summary, progress: progress)
            return
        }
        let start = summary.records
        var recordDiagnostics: [Diagnostic] = []
        do {
            while true {
                recordDiagnostics.removeAll(keepingCapacity: true)
                let next: SourceRecord?
                do {
                    next = try reader.next(diagnostics: &recordDiagnostics)
                } catch {
                    emit(recordDiagnostics, into: &summary)
                    throw ReadFailure(error: error)
                }
                guard let source = next else {
                    emit(recordDiagnostics, into: &summary)
                    summary.records += reader.droppedRecords
                    summary.rejected += reader.droppedRecords
                    break
                }
                guard accepts(source) else {
                    summary.skipped += 1
                    emit(recordDiagnostics, into: &summary)
                    continue
                }
                summary.records += 1
                let mapped = mapper.map(source, diagnostics: &recordDiagnostics)
                let valid = validator.validate(mapped, diagnostics: &recordDiagnostics)
                if let valid {
                    try writer?.write(valid)
                    summary.written += 1
                } else {
                    try writer?.reject(mapped)
                    summary.rejected += 1
                }
                try observer?(mapped, valid != nil, recordDiagnostics)
                emit(recordDiagnostics, into: &summary)
                if (summary.records - start) & 65535 == 0 { MemoryHygiene.returnFreedMemory() }
                if let progress, (summary.records - start) & 4095 == 0 {
                    progress(ConversionProgress(records: summary.records - start, bytesRead: reader.bytesRead, totalBytes: reader.totalBytes))
                }
            }
        } catch let failure as ReadFailure {
            // Keep what was read before the input broke, then report the break as fatal.
            try writer?.finish()
            throw failure.error
        } catch let error as MCredError {
            writer?.abandon()
            throw error
        } catch {
            writer?.abandon()
            throw MCredError(.unwritableOutput, "\(error)")
        }
        try writer?.finish()
    }

    func emit(_ list: [Diagnostic], into summary: inout ConversionSummary) {
        summary.count(list)
        // A record's problems in column order, as the report lists them.
        for diagnostic in list.count > 1 ? list.sorted(by: Diagnostic.reportOrder) : list { diagnostics.emit(diagnostic) }
    }

    private struct ReadFailure: Error {
        var error: MCredError
    }
}

/// Called once per mapped record: the record, whether it passed, and all its diagnostics (reading,
/// mapping and validation). Throws only when its own output cannot be written.
public typealias RecordObserver = (MappedRecord, Bool, [Diagnostic]) throws(MCredError) -> Void
