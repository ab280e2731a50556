import Foundation
import MCredCore

/// `mcred convert`: turns argv into ``ConversionOptions``, wires stderr and progress, maps the outcome to an exit status.
enum ConvertCommand {
    static func run(_ arguments: [String]) throws -> ExitStatus {
        var options = ConversionOptions(referenceDate: todayUTC())
        var quiet = false
        var color = StandardError.isTerminal
        var parser = Arguments(arguments, usage: Usage.convertUsage)
        var help = false
        try parser.parse { name, value in
            switch name {
            case "-h", "--help": help = true
            case "--mapping": options.mappingPath = try value()
            case "--preset": options.preset = try value()
            case "--profile": options.profile = try value()
            case "--set": options.constants.append(try parseSet(try value()))
            case "--out", "-o": options.outputFolder = try value()
            case "--ndjson": options.ndjsonPath = try value()
            case "--report": options.reportPath = try value()
            case "--format":
                let text = try value()
                guard let format = InputFormat(rawValue: text.lowercased()) else {
                    throw UsageError(message: "--format must be csv or xml, not '\(text)'", usage: Usage.convertUsage)
                }
                options.format = format
            case "--delimiter":
                let text = try value()
                guard let byte = DelimiterOption.parse(text) else {
                    throw UsageError(message: "--delimiter must be one character (or 'tab'), not '\(text)'", usage: Usage.convertUsage)
                }
                options.delimiter = byte
            case "--encoding":
                let text = try value()
                guard let encoding = TextEncoding(option: text) else {
                    throw UsageError(message: "--encoding must be utf-8, utf-16, latin1 or windows-1252, not '\(text)'", usage: Usage.convertUsage)
                }
                options.encoding = encoding
            case "--language": options.language = try value().lowercased()
            case "--strict": options.strict = true
            case "--dry-run": options.dryRun = true
            case "--today":
                let text = try value()
                guard case .date(let date) = DateNormalizer.parse(text), text.count == 10 else {
                    throw UsageError(message: "--today must be a date yyyy-mm-dd, not '\(text)'", usage: Usage.convertUsage)
                }
                options.referenceDate = date
            case "-q", "--quiet": quiet = true
            case "--no-color": color = false
            default: return false
            }
            return true
        }
        if help {
            print(Usage.convert)
            return .success
        }
        options.inputs = parser.positionals
        try validate(&options)

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
            var line = "mcred: \(summary.records) records read, \(summary.written) written, \(summary.rejected) rejected"
            if summary.skipped > 0 { line += ", \(summary.skipped) skipped (no result)" }
            line += "; \(summary.errorCount) errors, \(summary.warningCount) warnings"
            if options.dryRun { line += " (dry run: nothing written)" }
            StandardError.write(line + "\n")
        }
        return summary.rejected > 0 ? .rejected : .success
    }

    /// Checks option combinations, with specific messages.
    static func validate(_ options: inout ConversionOptions) throws {
        if options.inputs.isEmpty {
            throw UsageError(message: "no input: give an export file, or '-' for standard input", usage: Usage.convertUsage)
        }
        if options.mappingPath != nil && options.preset != nil {
            throw UsageError(message: "--mapping and --preset cannot be used together", usage: Usage.convertUsage)
        }
        if options.inputs.filter({ $0 == "-" }).count > 1 {
            throw UsageError(message: "standard input ('-') can be read only once", usage: Usage.convertUsage)
        }
        if options.outputFolder == nil && options.ndjsonPath == nil && !options.dryRun {
            options.ndjsonPath = "-"
        }
        if options.ndjsonPath == "-" && options.reportPath == "-" {
            throw UsageError(message: "--ndjson - and --report - cannot both write to standard output", usage: Usage.convertUsage)
        }
    }

    /// `element=value` or `element.part=value`.
    static func parseSet(_ text: String) throws -> (part: PartID, value: String) {
        guard let equals = text.firstIndex(of: "=") else {
            throw UsageError(message: "--set needs ELEMENT=VALUE, got '\(text)'", usage: Usage.convertUsage)
        }
        let name = String(text[..<equals])
        guard let part = PartID(qualifiedName: name) else {
            let known = ElementID.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError(message: "--set: unknown element '\(name)'; elements: \(known) (parts as element.part, see 'mcred elements')", usage: Usage.convertUsage)
        }
        return (part, String(text[text.index(after: equals)...]))
    }

    static func todayUTC() -> ISODate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return ISODate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)!
    }
}
