import MCredCore

/// `mcred mapping init EXPORT`: writes header recognition's guess as an editable mapping file.
enum MappingCommand {
    static func run(_ arguments: [String]) throws -> ExitStatus {
        guard let action = arguments.first, action != "-h", action != "--help" else {
            print(Usage.mapping)
            return .success
        }
        guard action == "init" else {
            throw UsageError(message: "unknown mapping action '\(action)'; known: init", usage: Usage.mappingUsage)
        }
        var options = ConversionOptions(referenceDate: ConvertCommand.todayUTC())
        var outputPath: String?
        var help = false
        var quiet = false
        var parser = Arguments(Array(arguments.dropFirst()), usage: Usage.mappingUsage)
        try parser.parse { name, value in
            switch name {
            case "-h", "--help": help = true
            case "--out", "-o": outputPath = try value()
            case "-q", "--quiet": quiet = true
            default: return try InputOptions.parse(name, value, into: &options, usage: Usage.mappingUsage)
            }
            return true
        }
        if help {
            print(Usage.mapping)
            return .success
        }
        guard parser.positionals.count == 1, let input = parser.positionals.first else {
            throw UsageError(message: "mapping init takes exactly one export (or '-')", usage: Usage.mappingUsage)
        }
        let printer = StderrDiagnosticPrinter(color: StandardError.isTerminal)
        do {
            let (file, explanation) = try MappingInspector.initialMapping(for: input, options: options, diagnostics: printer)
            if let outputPath, outputPath != "-" {
                try AtomicFile.write(file, to: outputPath)
            } else {
                try StandardOutput.write(file)
            }
            if !quiet {
                let fed = ElementID.allCases.count - explanation.unfedMandatory.count - explanation.unfedOptional.count
                var line = "mcred: \(fed) of \(ElementID.allCases.count) elements recognised in the header of \(explanation.file)"
                if !explanation.unfedMandatory.isEmpty {
                    line += "; nothing feeds the mandatory elements \(explanation.unfedMandatory.map(\.rawValue).joined(separator: ", "))"
                }
                if !explanation.unusedColumns.isEmpty {
                    line += "; unused columns: \(explanation.unusedColumns.map { "'\($0.name)'" }.joined(separator: ", "))"
                }
                StandardError.write(line + "\n")
            }
        } catch {
            StandardError.write("mcred: error: \(error.description)\n")
            return .fatal
        }
        return .success
    }
}
