/// Builds and runs the pipeline for each input of a `convert` run: chooses the reader, compiles the
/// mapping against the input, and writes credentials and the report.
public enum Converter {
    /// Converts every input. Diagnostics go to `diagnostics` as they happen; the report, when asked
    /// for, is written at the end. Throws on the first fatal problem (after writing what was read).
    public static func run(
        _ options: ConversionOptions, diagnostics: any DiagnosticSink,
        progress: ((String, ConversionProgress) -> Void)? = nil, observer: RecordObserver? = nil
    ) throws(MCredError) -> ConversionSummary {
        let catalog = SchemaCatalog.builtIn
        let collector = ReportCollector()
        let sink = options.reportPath == nil ? diagnostics : FanOutDiagnosticSink([diagnostics, collector])
        var summary = ConversionSummary()

        let baseMapping = try OpenedInput.baseMapping(for: options)
        let profile = try Profile.load(options.profile)
        let validator = DuplicateCredentialGuard(
            RecordValidator(profile: profile, referenceDate: options.referenceDate, strict: options.strict))
        let language = options.language ?? baseMapping?.defaultLanguage ?? "en"
        let renderer = CredentialRenderer(catalog: catalog, defaultLanguage: language)

        // The state file's lock comes first: a run that must wait or give up has touched no output.
        let store = try options.statePath.map { (path: String) throws(MCredError) in
            try StateStore.begin(path: path, wait: options.stateWait, time: options.runTime, inputs: options.inputs, scope: options.scope)
        }
        var writers: [any RecordWriter] = []
        do {
            if !options.dryRun {
                if let folder = options.outputFolder { writers.append(try DirectoryRecordWriter(folder: folder, renderer: renderer)) }
                if let path = options.ndjsonPath { writers.append(try NDJSONRecordWriter(path: path, renderer: renderer)) }
            }
        } catch {
            store?.rollBack()
            throw error
        }
        let documents: (any RecordWriter)? = writers.isEmpty ? nil : writers.count == 1 ? writers[0] : FanOutRecordWriter(writers)
        let tracker = store.map {
            ChangeTracker(store: $0, base: documents, writeAll: options.writeAll, scope: options.scope, language: language)
        }
        let writer: (any RecordWriter)? = tracker ?? documents

        var failure: MCredError?
        for input in options.inputs {
            do {
                try convert(
                    input, options: options, baseMapping: baseMapping, language: language, catalog: catalog,
                    validator: validator, writer: writer, diagnostics: sink, progress: progress, observer: observer,
                    into: &summary)
            } catch {
                failure = error
                break
            }
        }
        // An input that breaks halfway keeps what was read before it (every output whole, the report
        // saying how many); an output that cannot be written is abandoned.
        if failure == nil || failure?.kind == .unreadableInput {
            do { try writer?.finish() } catch { failure = error }
        } else {
            writer?.abandon()
        }
        if let store, let tracker {
            summary.written = tracker.written
            if failure == nil {
                do {
                    try complete(tracker, store, options: options, diagnostics: sink, summary: &summary)
                } catch {
                    failure = error
                }
            }
            // A failed run, a dry run or one whose commit failed changes nothing in the state.
            store.rollBack()
        }
        if let reportPath = options.reportPath {
            var reportSummary = summary
            if let failure {
                let fatal = Diagnostic.error(failure.kind.rawValue, failure.message, at: failure.location)
                collector.emit(fatal)
                reportSummary.errorCount += 1
            }
            try collector.write(summary: reportSummary, to: reportPath)
        }
        if let failure { throw failure }
        return summary
    }

    /// Ends a run with a state file: withdraws what the run's scopes no longer have, writes the
    /// withdrawn list, then commits. The list is written before the commit, so a run killed in
    /// between lists the same credentials again next time rather than never.
    private static func complete(
        _ tracker: ChangeTracker, _ store: StateStore, options: ConversionOptions, diagnostics: any DiagnosticSink,
        summary: inout ConversionSummary
    ) throws(MCredError) {
        let outcome = try tracker.completeRun(rejected: summary.rejected)
        for warning in outcome.warnings { diagnostics.emit(warning) }
        summary.warningCount += outcome.warnings.count
        if let path = options.withdrawnPath {
            let list = Array(outcome.withdrawn.map { $0 + "\n" }.joined().utf8)
            if path == "-" { try StandardOutput.write(list) } else { try AtomicFile.write(list, to: path) }
        }
        if !options.dryRun {
            try store.commit(tracker.counts, records: summary.records, written: summary.written, withdrawalScopes: outcome.scopes)
        }
        summary.changes = tracker.counts
    }

    private static func convert(
        _ input: String, options: ConversionOptions, baseMapping: Mapping?, language: String, catalog: SchemaCatalog,
        validator: any RecordValidating, writer: (any RecordWriter)?, diagnostics: any DiagnosticSink,
        progress: ((String, ConversionProgress) -> Void)?, observer: RecordObserver?,
        into summary: inout ConversionSummary
    ) throws(MCredError) {
        // The reader emits CSV structure problems itself; count them with the pipeline's own.
        let readerDiagnostics = CountingDiagnosticSink(diagnostics)
        let opened = try OpenedInput(
            input, options: options, baseMapping: baseMapping, language: language, catalog: catalog,
            diagnostics: readerDiagnostics)
        if let recognition = opened.recognition, recognition.mapping.sources.isEmpty {
            throw MCredError(
                .badConfiguration,
                "no column header is recognised as an EU micro-credential element, so nothing feeds the mandatory elements \(opened.unfedMandatoryElements.map(\.rawValue).joined(separator: ", ")); unused columns: \(describe(recognition.columns)); write a mapping file (start from 'mcred mapping init \(input)') and pass it with --mapping",
                at: SourceLocation(file: opened.displayName, line: 1))
        }
        let mapper = try RecordMapper(
            mapping: opened.mapping, format: opened.format, header: opened.reader.header, file: opened.displayName,
            catalog: catalog)
        if let warning = unmappedElementsWarning(opened) {
            diagnostics.emit(warning)
            summary.warningCount += 1
        }
        var pipeline = ConversionPipeline(
            reader: opened.reader, mapper: mapper, validator: validator, writer: writer.map { NonFinishingWriter($0) },
            diagnostics: diagnostics, accepts: mapper.accepts, observer: observer)
        pipeline.jobs = options.jobs
        defer {
            let counts = readerDiagnostics.counts
            summary.errorCount += counts.errors
            summary.warningCount += counts.warnings
            summary.noteCount += counts.notes
        }
        try pipeline.run(into: &summary, progress: progress.map { report in { report(opened.displayName, $0) } })
    }

    /// One warning per file naming the mandatory elements nothing feeds, so a user sees at once what a
    /// file lacks (ELMO has no quality assurance) instead of inferring it from per-record errors; with
    /// header recognition it also lists the columns left unused, the likely place of what is missing.
    static func unmappedElementsWarning(_ opened: OpenedInput) -> Diagnostic? {
        let unmapped = opened.unfedMandatoryElements
        guard !unmapped.isEmpty else { return nil }
        let names = unmapped.map(\.rawValue).joined(separator: ", ")
        let plural = unmapped.count != 1
        var message = "\(opened.mapping.name) gives no source for the mandatory element\(plural ? "s" : "") \(names): every record lacks \(plural ? "them" : "it")"
        if let recognition = opened.recognition {
            let unused = recognition.unusedColumns
            message += unused.isEmpty ? "; every column is used" : "; unused columns: \(describe(unused))"
            message += "; name the columns in a mapping file (mcred mapping init) or supply constants with --set ELEMENT=VALUE"
        } else {
            message += "; supply \(plural ? "them" : "it") with --set ELEMENT=VALUE or in the mapping"
        }
        return .warning("unmapped-element", message, at: SourceLocation(file: opened.displayName, line: 1), value: names)
    }

    /// `'Naam' (column 3), 'Beschrijving' (column 8, could be further-information or learning-outcomes)`.
    static func describe(_ columns: [HeaderRecognition.Column]) -> String {
        columns.map { column in
            var text = "'\(column.name)' (column \(column.number)"
            switch column.use {
            case .ambiguous(let parts): text += ", could be " + parts.map(\.qualifiedName).joined(separator: " or ")
            case .duplicate(let part, let used): text += ", \(part.qualifiedName) already read from '\(used)'"
            case .feeds, .unrecognised: break
            }
            return text + ")"
        }.joined(separator: ", ")
    }
}

/// Sends each record to several writers (`--out` and `--ndjson` together).
final class FanOutRecordWriter: RecordWriter {
    let writers: [any RecordWriter]
    init(_ writers: [any RecordWriter]) { self.writers = writers }
    func write(_ record: ValidatedRecord) throws(MCredError) {
        for writer in writers { try writer.write(record) }
    }
    func reject(_ record: MappedRecord) throws(MCredError) {
        for writer in writers { try writer.reject(record) }
    }
    func finish() throws(MCredError) {
        for writer in writers { try writer.finish() }
    }
    func abandon() {
        for writer in writers { writer.abandon() }
    }
}

/// Lets one writer span several inputs: the converter finishes it once, after the last input.
final class NonFinishingWriter: RecordWriter {
    let base: any RecordWriter
    init(_ base: any RecordWriter) { self.base = base }
    func write(_ record: ValidatedRecord) throws(MCredError) { try base.write(record) }
    func makeBytesRenderer() -> (any RecordBytesRenderer)? { base.makeBytesRenderer() }
    func write(_ record: ValidatedRecord, rendered: ArraySlice<UInt8>) throws(MCredError) { try base.write(record, rendered: rendered) }
    func reject(_ record: MappedRecord) throws(MCredError) { try base.reject(record) }
    func finish() throws(MCredError) {}
    func abandon() {}
}
