import MCredCore

/// `mcred state show FILE` and `mcred state history FILE ID`: inspect a `convert --state` file.
enum StateCommand {
    static func run(_ arguments: [String]) throws -> ExitStatus {
        guard let action = arguments.first, action != "-h", action != "--help" else {
            print(Usage.state)
            return .success
        }
        let operands = Array(arguments.dropFirst())
        if operands.contains("-h") || operands.contains("--help") {
            print(Usage.state)
            return .success
        }
        if let option = operands.first(where: { $0.hasPrefix("-") }) {
            throw UsageError(message: "unknown option '\(option)'", usage: Usage.stateUsage)
        }
        switch (action, operands.count) {
        case ("show", 1), ("history", 2): break
        case ("show", _): throw UsageError(message: "state show takes one state file", usage: Usage.stateUsage)
        case ("history", _): throw UsageError(message: "state history takes a state file and a credential id", usage: Usage.stateUsage)
        default: throw UsageError(message: "unknown state action '\(action)'; known: show, history", usage: Usage.stateUsage)
        }
        do {
            let inspector = try StateInspector(path: operands[0])
            if action == "show" {
                try StandardOutput.write(Array(try inspector.summary().utf8))
                return .success
            }
            guard let history = try inspector.history(of: operands[1]) else {
                StandardError.write("mcred: \(operands[0]) has no credential '\(operands[1])'\n")
                return .rejected
            }
            try StandardOutput.write(Array(history.utf8))
            return .success
        } catch {
            StandardError.write("mcred: error: \(error.description)\n")
            return .fatal
        }
    }
}
