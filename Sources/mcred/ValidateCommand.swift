import MCredCore
#if canImport(Glibc)
import Glibc
#endif

/// `mcred validate`: checks credential files and prints the findings in the chosen format.
enum ValidateCommand {
    static func run(_ arguments: [String]) throws -> ExitStatus {
        var format = ValidationFormat.text
        var profileName = "eu"
        var strict = false
        var outputPath = "-"
        var includeNotes = true
        var quiet = false
        var color = StandardOutputTerminal.isTerminal
        var help = false
        var parser = Arguments(arguments, usage: Usage.validateUsage)
        try parser.parse { name, value in
            switch name {
            case "-h", "--help": help = true
            case "--format", "-f":
                let text = try value()
                guard let chosen = ValidationFormat(rawValue: text.lowercased()) else {
                    let known = ValidationFormat.allCases.map(\.rawValue).joined(separator: ", ")
                    throw UsageError(message: "--format must be one of \(known), not '\(text)'", usage: Usage.validateUsage)
                }
                format = chosen
            case "--profile": profileName = try value()
            case "--strict": strict = true
            case "--output", "-o": outputPath = try value()
            case "--no-notes": includeNotes = false
            case "-q", "--quiet": quiet = true
            case "--no-color": color = false
            default: return false
            }
            return true
        }
        if help {
            print(Usage.validate)
            return .success
        }
        let paths = parser.positionals
        if paths.isEmpty {
            throw UsageError(message: "no input: give credential files or folders, or '-' for standard input", usage: Usage.validateUsage)
        }
        if paths.filter({ $0 == "-" }).count > 1 {
            throw UsageError(message: "standard input ('-') can be read only once", usage: Usage.validateUsage)
        }
        try OutputCollisions.check(
            writes: [.init(role: "--output", path: outputPath)], reads: paths.map { .init(role: "input", path: $0) },
            usage: Usage.validateUsage)
        let summary: CredentialValidationSummary
        do {
            let profile = try Profile.load(profileName)
            let checker = CredentialChecker(profile: profile, strict: strict)
            let writer = try ValidationReports.writer(
                format, to: outputPath, includeNotes: includeNotes, color: color && outputPath == "-" && format == .text,
                strict: strict, profileRules: Array(Set(profile.rules.map(\.code))))
            do {
                summary = try CredentialValidator(checker: checker).run(paths) { result throws(MCredError) in try writer.write(result) }
                try writer.finish(summary)
            } catch {
                writer.abandon()
                throw error
            }
        } catch let error as MCredError {
            StandardError.write("mcred: error: \(error.description)\n")
            return .fatal
        }
        if !quiet {
            var line = "mcred: \(summary.credentials) credential\(summary.credentials == 1 ? "" : "s") checked in \(summary.files) file\(summary.files == 1 ? "" : "s"): \(summary.passed) passed, \(summary.failed) failed"
            if summary.unreadable > 0 { line += ", \(summary.unreadable) unreadable" }
            line += "; \(summary.errorCount) errors, \(summary.warningCount) warnings, \(summary.noteCount) notes"
            if !includeNotes && summary.noteCount > 0 { line += " (notes not shown)" }
            if strict { line += " (strict: warnings fail)" }
            StandardError.write(line + "\n")
        }
        if summary.unreadable > 0 { return .fatal }
        // A mistyped folder in CI must not pass: checking nothing is a failure, said even with -q.
        if summary.credentials == 0 {
            StandardError.write("mcred: no credential found in \(paths.joined(separator: ", ")) (files ending .json, .jsonld or .ndjson)\n")
            return .rejected
        }
        return summary.failed > 0 ? .rejected : .success
    }
}

/// Whether standard output is a terminal (colour for `--format text`).
enum StandardOutputTerminal {
    static var isTerminal: Bool { isatty(1) == 1 }
}
