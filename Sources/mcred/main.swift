import MCredCore
#if canImport(Glibc)
import Glibc
#endif

/// Entry point: dispatches to a subcommand and exits with its status. Everything else lives in MCredCore.
func runMain() -> ExitStatus {
    var arguments = Array(CommandLine.arguments.dropFirst())
    guard let first = arguments.first else {
        StandardError.write(Usage.main + "\n")
        return .usage
    }
    arguments.removeFirst()
    do {
        switch first {
        case "-h", "--help", "help":
            if first == "help", let topic = arguments.first {
                return try runMainSubcommand(topic, ["--help"])
            }
            print(Usage.main)
            return .success
        case "--version":
            print("mcred \(Usage.version)")
            return .success
        default:
            return try runMainSubcommand(first, arguments)
        }
    } catch let error as UsageError {
        // Point at the help of the subcommand whose usage failed (`mcred convert --help`).
        let command = error.usage.hasPrefix("USAGE: mcred ")
            ? error.usage.dropFirst("USAGE: ".count).split(separator: " ").prefix(while: { !$0.hasPrefix("[") && !$0.hasPrefix("<") }).joined(separator: " ")
            : "mcred"
        StandardError.write("mcred: error: \(error.message)\n\(error.usage)\nSee '\(command) --help'.\n")
        return .usage
    } catch {
        StandardError.write("mcred: error: \(error)\n")
        return .fatal
    }
}

func runMainSubcommand(_ name: String, _ arguments: [String]) throws -> ExitStatus {
    switch name {
    case "convert": return try ConvertCommand.run(arguments)
    case "elements": return try ElementsCommand.run(arguments)
    case "mapping": return try MappingCommand.run(arguments)
    case "report": return try ReportCommand.run(arguments)
    case "validate": return try ValidateCommand.run(arguments)
    case "state": return try StateCommand.run(arguments)
    default:
        throw UsageError(message: "unknown subcommand '\(name)'", usage: "USAGE: mcred <subcommand> [options]")
    }
}

Interruption.install()
Interruption.exit(runMain())
