/// A usage error: printed with the usage line, exit status 64.
struct UsageError: Error {
    var message: String
    var usage: String
}

/// Minimal argument scanner: `--name value`, `--name=value`, `-x value`, flags, `--` and `-` (stdin).
struct Arguments {
    private var items: [String]
    private let usage: String
    private(set) var positionals: [String] = []

    init(_ items: [String], usage: String) {
        self.items = items
        self.usage = usage
    }

    /// Calls `handle(name, takeValue)` for each option; collects positionals.
    mutating func parse(_ handle: (String, () throws -> String) throws -> Bool) throws {
        var index = 0
        var onlyPositionals = false
        while index < items.count {
            let item = items[index]
            index += 1
            if onlyPositionals || item == "-" || !item.hasPrefix("-") {
                positionals.append(item)
                continue
            }
            if item == "--" {
                onlyPositionals = true
                continue
            }
            var name = item
            var inlineValue: String?
            if item.hasPrefix("--"), let equals = item.firstIndex(of: "=") {
                name = String(item[..<equals])
                inlineValue = String(item[item.index(after: equals)...])
            }
            var consumed = false
            let takeValue: () throws -> String = {
                consumed = true
                if let inlineValue { return inlineValue }
                guard index < items.count else {
                    throw UsageError(message: "missing value for '\(name)'", usage: usage)
                }
                index += 1
                return items[index - 1]
            }
            guard try handle(name, takeValue) else {
                throw UsageError(message: "unknown option '\(name)'", usage: usage)
            }
            if inlineValue != nil && !consumed {
                throw UsageError(message: "option '\(name)' takes no value", usage: usage)
            }
        }
    }
}
