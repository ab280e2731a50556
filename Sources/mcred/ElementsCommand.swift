import MCredCore

/// `mcred elements`: the Annex I element set as a table (or JSON), from Schemas/elements.json.
enum ElementsCommand {
    static func run(_ arguments: [String]) throws -> ExitStatus {
        var json = false
        var help = false
        var parser = Arguments(arguments, usage: "USAGE: mcred elements [--json]")
        try parser.parse { name, _ in
            switch name {
            case "--json": json = true
            case "-h", "--help": help = true
            default: return false
            }
            return true
        }
        if let extra = parser.positionals.first {
            throw UsageError(message: "unexpected argument '\(extra)'", usage: "USAGE: mcred elements [--json]")
        }
        if help {
            print(Usage.elements)
            return .success
        }
        if json {
            print(SchemaCatalog.embeddedFile("elements.json") ?? "", terminator: "")
            return .success
        }
        print(table())
        return .success
    }

    static func table() -> String {
        let elements = SchemaCatalog.builtIn.elements
        var rows: [[String]] = [["ID", "STATUS", "PARTS", "ELEMENT (ANNEX I)"]]
        for element in elements {
            let status = element.mandatory ? (element.id == "level" ? "mandatory*" : "mandatory") : "optional"
            rows.append([element.id, status, element.parts.joined(separator: ","), element.name])
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            (0..<3).map { row[$0].padding(toLength: widths[$0] + 2, withPad: " ", startingAt: 0) }.joined() + row[3]
        }
        lines.append("")
        lines.append("* level is mandatory where applicable: a mapping can declare it not applicable (\"levelApplicable\": false).")
        lines.append("Use parts as element.part in mappings and --set, e.g. --set awarding-body.legal-id=BE0248015142.")
        return lines.joined(separator: "\n")
    }
}
