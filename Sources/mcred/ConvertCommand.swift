import Foundation
import MCredCore

/// `mcred convert`: turns argv into ``ConversionOptions``, wires stderr and progress, maps the outcome to an exit status.
enum ConvertCommand {
    static func run(_ arguments: [String]) throws -> ExitStatus {
        var options = ConversionOptions(referenceDate: todayUTC())
        options.jobs = ProcessInfo.processInfo.activeProcessorCount
        var quiet = false
        var color = StandardError.isTerminal
        var parser = Arguments(arguments, usage: Usage.convertUsage)
        var help = false
        var explain = false
        var todayGiven = false
        try parser.parse { name, value in
            switch name {
            case "-h", "--help": help = true
            case "--out", "-o": options.outputFolder = try value()
            case "--ndjson": options.ndjsonPath = try value()
            case "--report": options.reportPath = try value()
            case "--explain": explain = true
            case "--dry-run": options.dryRun = true
            case "--today":
                todayGiven = true
                return try InputOptions.parseRules(name, value, into: &options, usage: Usage.convertUsage)
            case "--state": options.statePath = try value()
            case "--all": options.writeAll = true
            case "--withdrawn": options.withdrawnPath = try value()
            case "--scope":
                let scope = try value()
                guard !scope.isEmpty else { throw UsageError(message: "--scope needs a non-empty value", usage: Usage.convertUsage) }
                options.scope = scope
            case "--state-wait":
                let text = try value()
                guard let seconds = Double(text), seconds >= 0, seconds.isFinite else {
                    throw UsageError(message: "--state-wait must be a number of seconds, not '\(text)'", usage: Usage.convertUsage)
                }
                options.stateWait = seconds
            case "-j", "--jobs":
                let text = try value()
                guard let jobs = Int(text), (1...256).contains(jobs) else {
                    throw UsageError(message: "--jobs must be a number of threads from 1 to 256, not '\(text)'", usage: Usage.convertUsage)
                }
                options.jobs = jobs
            case "-q", "--quiet": quiet = true
            case "--no-color": color = false
            default:
                return try InputOptions.parseRules(name, value, into: &options, usage: Usage.convertUsage)
                    || InputOptions.parse(name, value, into: &options, usage: Usage.convertUsage)
            }
            return true
        }
        if help {
            print(Usage.convert)
            return .success
        }
        options.inputs = parser.positionals
        // The state file's runs are dated by --today when given, so a test or a replayed night is reproducible.
        if todayGiven { options.runTime = options.referenceDate.description }
        try validate(&options)
        if explain { return try self.explain(options, color: color) }

        let printer = StderrDiagnosticPrinter(color: color)
        let progressLine = (!quiet && StandardError.isTerminal) ? ProgressLine() : nil
        printer.beforeEachLine = { progressLine?.clear() }
        let summary: ConversionSummary
        do {
            summary = try Converter.run(options, diagnostics: printer, progress: progressLine.map { line in
                { file, progress in line.update(file: file, progress) }
            })
        } catch {
            progressLine?.clear()
            StandardError.write("mcred: error: \(error.description)\n")
            return .fatal
        }
        progressLine?.clear()
        if !quiet {
            let written = options.dryRun ? "would be written" : "written"
            var line = "mcred: \(summary.records) records read, \(summary.written) \(written), \(summary.rejected) rejected"
            if summary.skipped > 0 { line += ", \(summary.skipped) skipped (no result)" }
            line += "; \(summary.errorCount) errors, \(summary.warningCount) warnings"
            if options.dryRun { line += " (dry run)" }
            StandardError.write(line + "\n")
            if let changes = summary.changes, let state = options.statePath {
                StandardError.write("mcred: \(state): \(changes.text)\(options.dryRun ? " (dry run: state unchanged)" : "")\n")
            }
        }
        return summary.rejected > 0 ? .rejected : .success
    }

    /// Checks option combinations, with specific messages.
    static func validate(_ options: inout ConversionOptions) throws {
        try InputOptions.checkInputs(options, usage: Usage.convertUsage)
        if options.outputFolder == nil && options.ndjsonPath == nil && !options.dryRun {
            options.ndjsonPath = "-"
        }
        if options.ndjsonPath == "-" && options.reportPath == "-" {
            throw UsageError(message: "--ndjson - and --report - cannot both write to standard output", usage: Usage.convertUsage)
        }
        if options.statePath == nil {
            for (given, name) in [(options.writeAll, "--all"), (options.withdrawnPath != nil, "--withdrawn"), (options.scope != nil, "--scope")] where given {
                throw UsageError(message: "\(name) needs --state FILE", usage: Usage.convertUsage)
            }
        }
        if options.withdrawnPath == "-" && (options.ndjsonPath == "-" || options.reportPath == "-") {
            throw UsageError(message: "--withdrawn - cannot share standard output with --ndjson - or --report -", usage: Usage.convertUsage)
        }
        if options.runTime.isEmpty { options.runTime = nowUTC() }
        try OutputCollisions.check(
            writes: [("--ndjson", options.ndjsonPath), ("--report", options.reportPath), ("--withdrawn", options.withdrawnPath)]
                .compactMap { role, path in path.map { .init(role: role, path: $0) } },
            reads: InputOptions.readPaths(options), usage: Usage.convertUsage)
    }

    /// `--explain`: what feeds each element, per input, on stdout; nothing is converted.
    static func explain(_ options: ConversionOptions, color: Bool) throws -> ExitStatus {
        let printer = StderrDiagnosticPrinter(color: color)
        let explanations: [MappingExplanation]
        do {
            explanations = try MappingInspector.explain(options, diagnostics: printer)
        } catch {
            StandardError.write("mcred: error: \(error.description)\n")
            return .fatal
        }
        print(explanations.map(\.text).joined(separator: "\n"), terminator: "")
        return explanations.contains { !$0.unfedMandatory.isEmpty } ? .rejected : .success
    }

    /// `2026-12-04T05:06:07Z`: when a run without --today happened, for the state file's runs table.
    static func nowUTC() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")!
        return formatter.string(from: Date())
    }

    static func todayUTC() -> ISODate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return ISODate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)!
    }
}
