/// What feeds each EU element for one opened export, and what feeds nothing: the text of
/// `convert --explain`. Built from the same ``OpenedInput`` that `convert` uses, so it cannot drift.
public struct MappingExplanation: Sendable {
    public struct Line: Sendable, Equatable {
        public var part: PartID
        /// `column 6 'Titel (NL)' [nl]`, `path 'title'`, `constant 'BE' (--set)`.
        public var sources: [String]
    }

    public var file: String
    public var mappingName: String
    /// `CSV, delimiter ';', UTF-8` or `XML, record element 'learningOpportunitySpecification'`.
    public var inputDescription: String
    public var defaultLanguage: String
    public var lines: [Line]
    public var unusedColumns: [HeaderRecognition.Column]
    public var unfedMandatory: [ElementID]
    public var unfedOptional: [ElementID]

    public init(_ opened: OpenedInput, languageGiven: Bool) {
        let mapping = opened.mapping
        file = opened.displayName
        mappingName = mapping.name
        defaultLanguage = mapping.defaultLanguage + (languageGiven ? "" : " (the default; --language to change)")
        switch opened.format {
        case .csv:
            let delimiter = CSVDialect(delimiter: mapping.delimiter ?? UInt8(ascii: ",")).delimiterName
            inputDescription = "CSV, delimiter \(delimiter), \(mapping.encoding?.displayName ?? "UTF-8")"
        case .xml:
            inputDescription = "XML, one record per '\(mapping.recordElement ?? "?")' element"
        }
        let header = opened.reader.header ?? []
        var notes: [String: String] = [:]
        for column in opened.recognition?.columns ?? [] { notes[column.name] = column.note }
        lines = PartID.allCases.compactMap { part in
            guard let sources = mapping.sources[part], !sources.isEmpty else { return nil }
            return Line(part: part, sources: sources.map { source in
                var text = Self.describe(source, header: header)
                if case .column(let name) = source.origin, let note = notes[name] { text += " (\(note))" }
                return text
            })
        }
        unusedColumns = opened.recognition?.unusedColumns ?? []
        let unfed = ElementID.allCases.filter { element in
            element.parts.allSatisfy { (mapping.sources[$0] ?? []).isEmpty }
        }
        unfedMandatory = opened.unfedMandatoryElements
        unfedOptional = unfed.filter { !$0.isMandatory || ($0 == .level && !mapping.levelApplicable) }
    }

    static func describe(_ source: FieldSource, header: [String]) -> String {
        var text: String
        switch source.origin {
        case .column(let name):
            if let index = header.firstIndex(of: name) {
                text = "column \(index + 1) '\(name)'"
            } else {
                text = header.isEmpty ? "path '\(name)'" : "column '\(name)' (not in the header)"
            }
        case .path(let path): text = "path '\(path)'"
        case .constant(let value):
            text = "constant '\(value)'" + (source.declaredAt == "--set" ? " (--set)" : "")
        }
        if let language = source.language { text += " [\(language)]" }
        if let pattern = source.datePattern { text += " (date pattern \(pattern))" }
        return text
    }

    /// The explanation as aligned plain text, one part a line.
    public var text: String {
        var out = "\(file): \(mappingName); \(inputDescription); untagged text is in language \(defaultLanguage)\n"
        let width = (lines.map(\.part.qualifiedName.count).max() ?? 0) + 2
        for line in lines {
            let name = line.part.qualifiedName
            out += "  " + name + String(repeating: " ", count: width - name.count) + "<- "
                + line.sources.joined(separator: ", ") + "\n"
        }
        func list(_ elements: [ElementID]) -> String {
            elements.isEmpty ? "none" : elements.map(\.rawValue).joined(separator: ", ")
        }
        out += "mandatory elements nothing feeds: \(list(unfedMandatory))\n"
        out += "optional elements nothing feeds: \(list(unfedOptional))\n"
        if !unusedColumns.isEmpty {
            out += "unused columns: \(Converter.describe(unusedColumns))\n"
        }
        return out
    }
}

extension TextEncoding {
    /// The name `--encoding` accepts and messages show.
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16le: "UTF-16LE"
        case .utf16be: "UTF-16BE"
        case .latin1: "Latin-1"
        case .windows1252: "Windows-1252"
        }
    }

    /// The value a mapping file's `csv.encoding` takes.
    public var optionName: String {
        switch self {
        case .utf8: "utf-8"
        case .utf16le: "utf-16le"
        case .utf16be: "utf-16be"
        case .latin1: "latin1"
        case .windows1252: "windows-1252"
        }
    }
}
