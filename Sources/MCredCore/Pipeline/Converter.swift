/// Builds and runs the pipeline for each input of a `convert` run: chooses the reader, compiles the
/// mapping against the input, and writes credentials and the report.
public enum Converter {
    /// Converts every input. Diagnostics go to `diagnostics` as they happen; the report, when asked
    /// for, is written at the end. Throws on the first fatal problem (after writing what was read).
    public static func run(
        _ options: ConversionOptions, diagnostics: any DiagnosticSink,
        progress: ((String, ConversionProgress) -> Void)? = nil
    ) throws(MCredError) -> ConversionSummary {
        let catalog = SchemaCatalog.builtIn
        let collector = CollectingDiagnosticSink()
        let sink = options.reportPath == nil ? diagnostics : FanOutDiagnosticSink([diagnostics, collector])
        var summary = ConversionSummary()

        var baseMapping: Mapping?
        if let path = options.mappingPath {
            baseMapping = try MappingLoader.load(path: path)
        } else if let preset = options.preset {
            baseMapping = try MappingLoader.preset(preset)
        }
        let profile = try Profile.load(options.profile)
        let validator = RecordValidator(profile: profile, referenceDate: options.referenceDate, strict: options.strict)
        let language = options.language ?? baseMapping?.defaultLanguage ?? "en"
        let renderer = CredentialRenderer(catalog: catalog, defaultLanguage: language)

        var writers: [any RecordWriter] = []
        if !options.dryRun {
            if let folder = options.outputFolder { writers.append(try DirectoryRecordWriter(folder: folder, renderer: renderer)) }
            if let path = options.ndjsonPath { writers.append(try NDJSONRecordWriter(path: path, renderer: renderer)) }
        }
        let writer: (any RecordWriter)? = writers.isEmpty ? nil : writers.count == 1 ? writers[0] : FanOutRecordWriter(writers)

        var failure: MCredError?
        for input in options.inputs {
            do {
                let fileSummary = try convert(
                    input, options: options, baseMapping: baseMapping, language: language, catalog: catalog,
                    validator: validator, writer: writer, diagnostics: sink, progress: progress)
                summary.add(fileSummary)
            } catch {
                failure = error
                break
            }
        }
        if failure == nil {
            do { try writer?.finish() } catch { failure = error }
        } else {
            writer?.abandon()
        }
        if let reportPath = options.reportPath {
            var reportSummary = summary
            if let failure {
                let fatal = Diagnostic.error(failure.kind.rawValue, failure.message, at: failure.location)
                collector.emit(fatal)
                reportSummary.errorCount += 1
            }
            let bytes = ReportWriter.render(summary: reportSummary, diagnostics: collector.diagnostics)
            if reportPath == "-" {
                try StandardOutput.write(bytes)
            } else {
                try AtomicFile.write(bytes, to: reportPath)
            }
        }
        if let failure { throw failure }
        return summary
    }

    private static func convert(
        _ input: String, options: ConversionOptions, baseMapping: Mapping?, language: String, catalog: SchemaCatalog,
        validator: RecordValidator, writer: (any RecordWriter)?, diagnostics: any DiagnosticSink,
        progress: ((String, ConversionProgress) -> Void)?
    ) throws(MCredError) -> ConversionSummary {
        let displayName = input == "-" ? "<stdin>" : input
        let format = options.format ?? baseMapping?.format ?? (input.lowercased().hasSuffix(".xml") ? .xml : .csv)
        var mapping = baseMapping ?? Mapping(name: "header recognition")
        mapping.defaultLanguage = language
        for (part, value) in options.constants { mapping.addFallback(part, value: value) }

        let reader: any RecordReader
        switch format {
        case .csv:
            let source = try FileByteSource(path: input)
            let csv = try CSVRecordReader(
                source: source, encoding: options.encoding ?? mapping.encoding,
                delimiter: options.delimiter ?? mapping.delimiter, diagnostics: diagnostics)
            if baseMapping == nil {
                let recognised = HeaderRecognizer(catalog: catalog).mapping(for: csv.header ?? [])
                for (part, sources) in recognised.sources where mapping.sources[part] == nil || mapping.sources[part]!.allSatisfy({ $0.declaredAt == "--set" }) {
                    mapping.sources[part] = sources + (mapping.sources[part] ?? [])
                }
            }
            reader = csv
        case .xml:
            guard let record = mapping.recordElement else {
                throw MCredError(
                    .badConfiguration,
                    "\(displayName): XML needs a mapping that names the record element (--mapping FILE with \"xml\": {\"record\": …}, or --preset elmo)")
            }
            reader = try XMLRecordReader(path: input, displayName: displayName, recordElement: record,
                                         scopeElement: mapping.scopeElement, totalBytes: FileByteSource.size(of: input))
        }
        let mapper = try RecordMapper(mapping: mapping, format: format, header: reader.header, file: displayName, catalog: catalog)
        var fileSummary = ConversionSummary()
        if let warning = unmappedElementsWarning(mapping, file: displayName) {
            diagnostics.emit(warning)
            fileSummary.warningCount += 1
        }
        let pipeline = ConversionPipeline(
            reader: reader, mapper: mapper, validator: validator, writer: writer.map { NonFinishingWriter($0) },
            diagnostics: diagnostics, accepts: mapper.accepts)
        fileSummary.add(try pipeline.run(progress: progress.map { report in { report(displayName, $0) } }))
        return fileSummary
    }

    /// One warning per file naming the mandatory elements nothing feeds, so a user sees at once what a
    /// file lacks (ELMO has no quality assurance) instead of inferring it from per-record errors.
    static func unmappedElementsWarning(_ mapping: Mapping, file: String) -> Diagnostic? {
        let unmapped = ElementID.allCases.filter { element in
            element.isMandatory && (element != .level || mapping.levelApplicable)
                && element.parts.allSatisfy { (mapping.sources[$0] ?? []).isEmpty }
        }
        guard !unmapped.isEmpty else { return nil }
        let names = unmapped.map(\.rawValue).joined(separator: ", ")
        return .warning(
            "unmapped-element",
            "\(mapping.name) gives no source for the mandatory element\(unmapped.count == 1 ? "" : "s") \(names): every record lacks \(unmapped.count == 1 ? "it" : "them"); supply \(unmapped.count == 1 ? "it" : "them") with --set ELEMENT=VALUE or in the mapping",
            at: SourceLocation(file: file, line: 1), value: names)
    }
}

/// Sends each record to several writers (`--out` and `--ndjson` together).
final class FanOutRecordWriter: RecordWriter {
    let writers: [any RecordWriter]
    init(_ writers: [any RecordWriter]) { self.writers = writers }
    func write(_ record: ValidatedRecord) throws(MCredError) {
        for writer in writers { try writer.write(record) }
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
    func finish() throws(MCredError) {}
    func abandon() {}
}
