/// Where `mcred report` writes each format; nil = not asked for. `-` is standard output
/// (Markdown and JSON only).
public struct ComplianceReportOutputs: Sendable {
    public var html: String?
    public var markdown: String?
    public var csv: String?
    public var json: String?
    /// The date printed in the reports: only one the user gave (`--today`), so output is reproducible.
    public var shownDate: ISODate?

    public init(html: String? = nil, markdown: String? = nil, csv: String? = nil, json: String? = nil, shownDate: ISODate? = nil) {
        self.html = html
        self.markdown = markdown
        self.csv = csv
        self.json = json
        self.shownDate = shownDate
    }

    public var isEmpty: Bool { html == nil && markdown == nil && csv == nil && json == nil }
}

/// `mcred report` over registrar exports: runs the conversion pipeline as a dry run (same mapping,
/// preset, profile and `--set` handling as `convert`, no credential written), turns each record into
/// a ``ComplianceRecord``, streams the CSV rows, aggregates one ``ComplianceSummary`` and renders
/// the other formats from it.
public enum ComplianceReporter {
    public static func run(
        _ options: ConversionOptions, outputs: ComplianceReportOutputs, diagnostics: any DiagnosticSink,
        progress: ((String, ConversionProgress) -> Void)? = nil
    ) throws(MCredError) -> ComplianceSummary {
        var options = options
        options.dryRun = true
        options.reportPath = nil
        options.outputFolder = nil
        options.ndjsonPath = nil
        let baseMapping = try OpenedInput.baseMapping(for: options)
        let language = options.language ?? baseMapping?.defaultLanguage ?? "en"
        var csv: ComplianceCSVWriter?
        if let path = outputs.csv { csv = try ComplianceCSVWriter(path: path) }
        let accumulator = Accumulator()
        var conversion: ConversionSummary?
        var stop: MCredError?
        do {
            conversion = try Converter.run(options, diagnostics: diagnostics, progress: progress) { [csv] mapped, passed, list throws(MCredError) in
                let record = ComplianceRecord(mapped: mapped, passed: passed, diagnostics: list, language: language)
                try csv?.write(record)
                accumulator.summary.add(record)
            }
        } catch where error.kind == .unreadableInput {
            // As convert keeps the credentials read before an input broke, the reports keep the
            // records read before it, and say where it stopped.
            stop = error
        } catch {
            csv?.abandon()
            throw error
        }
        var summary = accumulator.summary
        if let conversion {
            summary.unreadable = conversion.records - summary.counted
            summary.skipped = conversion.skipped
        }
        summary.stoppedBy = stop?.description
        try csv?.finish()
        try write(summary, to: outputs)
        if let stop { throw stop }
        return summary
    }

    /// Renders and writes the aggregated formats (HTML, Markdown, JSON), each atomically.
    public static func write(_ summary: ComplianceSummary, to outputs: ComplianceReportOutputs) throws(MCredError) {
        if let path = outputs.json {
            try emit(ComplianceJSONRenderer.render(summary), to: path)
        }
        if let path = outputs.markdown {
            try emit(Array(ComplianceMarkdownRenderer.render(summary, referenceDate: outputs.shownDate).utf8), to: path)
        }
        if let path = outputs.html {
            try AtomicFile.write(Array(ComplianceHTMLRenderer.render(summary, referenceDate: outputs.shownDate).utf8), to: path)
        }
    }

    private static func emit(_ bytes: [UInt8], to path: String) throws(MCredError) {
        if path == "-" { try StandardOutput.write(bytes) } else { try AtomicFile.write(bytes, to: path) }
    }

    /// Holds the summary the observer adds to (the pipeline calls it synchronously, one record at a time).
    final class Accumulator {
        var summary = ComplianceSummary()
    }
}
