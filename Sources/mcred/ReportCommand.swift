import MCredCore

/// `mcred report`: compliance reports (HTML, Markdown, CSV, JSON) over registrar exports, with the
/// same mapping, preset, profile and input options as `convert`; nothing is converted.
enum ReportCommand {
    static func run(_ arguments: [String]) throws -> ExitStatus {
        var options = ConversionOptions(referenceDate: ConvertCommand.todayUTC())
        var outputs = ComplianceReportOutputs()
        var quiet = false, verbose = false, help = false
        var color = StandardError.isTerminal
        var parser = Arguments(arguments, usage: Usage.reportUsage)
        try parser.parse { name, value in
            switch name {
            case "-h", "--help": help = true
            case "--html": outputs.html = try value()
            case "--md", "--markdown": outputs.markdown = try value()
            case "--csv": outputs.csv = try value()
            case "--json": outputs.json = try value()
            case "-v", "--verbose": verbose = true
            case "-q", "--quiet": quiet = true
            case "--no-color": color = false
            default:
                if name == "--today" {
                    // A date the user gives is shown in the reports; the default "today" is not.
                    let handled = try InputOptions.parseRules(name, value, into: &options, usage: Usage.reportUsage)
                    outputs.shownDate = options.referenceDate
                    return handled
                }
                return try InputOptions.parseRules(name, value, into: &options, usage: Usage.reportUsage)
                    || InputOptions.parse(name, value, into: &options, usage: Usage.reportUsage)
            }
            return true
        }
        if help {
            print(Usage.report)
            return .success
        }
        options.inputs = parser.positionals
        try InputOptions.checkInputs(options, usage: Usage.reportUsage)
        if outputs.isEmpty {
            throw UsageError(message: "no output: give --html, --md, --csv or --json", usage: Usage.reportUsage)
        }
        if outputs.markdown == "-" && outputs.json == "-" {
            throw UsageError(message: "--md - and --json - cannot both write to standard output", usage: Usage.reportUsage)
        }
        if outputs.html == "-" || outputs.csv == "-" {
            throw UsageError(message: "--html and --csv write files; only --md and --json take '-'", usage: Usage.reportUsage)
        }
        try OutputCollisions.check(
            writes: [("--html", outputs.html), ("--md", outputs.markdown), ("--csv", outputs.csv), ("--json", outputs.json)]
                .compactMap { role, path in path.map { .init(role: role, path: $0) } },
            reads: InputOptions.readPaths(options), usage: Usage.reportUsage)

        // Every record's problems are in the reports; stderr gets them only with --verbose, and
        // otherwise only what concerns a whole file (a mandatory element nothing feeds).
        let printer = StderrDiagnosticPrinter(color: color)
        let sink: any DiagnosticSink = verbose ? printer : FileLevelDiagnostics(printer)
        let progressLine = (!quiet && StandardError.isTerminal) ? ProgressLine() : nil
        printer.beforeEachLine = { progressLine?.clear() }
        let summary: ComplianceSummary
        do {
            summary = try ComplianceReporter.run(options, outputs: outputs, diagnostics: sink, progress: progressLine.map { line in
                { file, progress in line.update(file: file, progress) }
            })
        } catch {
            progressLine?.clear()
            StandardError.write("mcred: error: \(error.description)\n")
            return .fatal
        }
        progressLine?.clear()
        if !quiet {
            var line = "mcred: \(summary.records) records, \(summary.compliant) compliant, \(summary.rejected) rejected"
            line += " (compliance rate \(ReportNumbers.percent(summary.compliant, of: summary.records)))"
            if summary.skipped > 0 { line += ", \(summary.skipped) skipped (no result)" }
            StandardError.write(line + "\n")
        }
        return summary.rejected > 0 ? .rejected : .success
    }
}

/// Passes on only diagnostics that belong to no single record.
struct FileLevelDiagnostics: DiagnosticSink {
    let base: any DiagnosticSink
    init(_ base: any DiagnosticSink) { self.base = base }
    func emit(_ diagnostic: Diagnostic) {
        if diagnostic.record == nil { base.emit(diagnostic) }
    }
}
