import Foundation

/// Reads mapping files (JSON; schema in `Schemas/mapping.schema.json`) and built-in presets.
///
/// Every problem is fatal and names the mapping file, line and column: a wrong mapping would reject
/// or mangle every record, so it is better to stop before reading the export.
public enum MappingLoader {
    /// Loads a mapping file from disk.
    public static func load(path: String) throws(MCredError) -> Mapping {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MCredError(.badConfiguration, "cannot read mapping file '\(path)'")
        }
        return try parse(Array(data), name: path)
    }

    /// The names of the built-in presets (`elmo`).
    public static var presetNames: [String] { SchemaCatalog.embeddedNames(in: "presets") }

    /// Loads a built-in preset by name.
    public static func preset(_ name: String) throws(MCredError) -> Mapping {
        guard let text = SchemaCatalog.embeddedFile("presets/\(name).json") else {
            throw MCredError(
                .badConfiguration,
                "unknown preset '\(name)'; known presets: \(presetNames.joined(separator: ", "))")
        }
        return try parse(Array(text.utf8), name: "Schemas/presets/\(name).json")
    }

    /// Parses mapping JSON.
    public static func parse(_ bytes: [UInt8], name: String) throws(MCredError) -> Mapping {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw MCredError(
                .badConfiguration, "mapping is not valid JSON: \(error.message)",
                at: SourceLocation(file: name, line: error.line, column: error.column))
        }
        var reader = Reader(file: name)
        return try reader.mapping(root)
    }

    private struct Reader {
        let file: String

        func fail(_ message: String, _ node: JSONNode) -> MCredError {
            MCredError(.badConfiguration, message, at: SourceLocation(file: file, line: node.line, column: node.column))
        }

        func fail(_ message: String, _ member: JSONMember) -> MCredError {
            MCredError(
                .badConfiguration, message, at: SourceLocation(file: file, line: member.line, column: member.column))
        }

        func members(_ node: JSONNode, _ what: String) throws(MCredError) -> [JSONMember] {
            guard let members = node.members else { throw fail("\(what) must be an object", node) }
            return members
        }

        func string(_ node: JSONNode, _ what: String) throws(MCredError) -> String {
            guard let text = node.stringValue else { throw fail("\(what) must be a string", node) }
            return text
        }

        func languageTag(_ node: JSONNode) throws(MCredError) -> String {
            let tag = try string(node, "language")
            guard LanguageTag.isValid(tag) else {
                throw fail("language must be a language tag such as \"en\", \"nl\" or \"pt-BR\", not \"\(tag)\"", node)
            }
            return tag.lowercased()
        }

        func unknownKey(_ member: JSONMember, known: [String], in what: String) -> MCredError {
            let hint = closest(member.key, in: known).map { " (did you mean '\($0)'?)" } ?? ""
            return fail(
                "unknown key '\(member.key)' in \(what)\(hint); expected one of: \(known.joined(separator: ", "))",
                member)
        }

        mutating func mapping(_ root: JSONNode) throws(MCredError) -> Mapping {
            var mapping = Mapping(name: file)
            let known = ["$schema", "description", "format", "language", "levelApplicable", "csv", "xml", "elements",
                         "synonyms"]
            for member in try members(root, "a mapping") {
                switch member.key {
                case "$schema", "description":
                    continue
                case "format":
                    let text = try string(member.value, "format")
                    guard let format = InputFormat(rawValue: text) else {
                        throw fail("format must be \"csv\" or \"xml\", not \"\(text)\"", member.value)
                    }
                    mapping.format = format
                case "language":
                    mapping.defaultLanguage = try languageTag(member.value)
                case "levelApplicable":
                    guard let flag = member.value.boolValue else { throw fail("levelApplicable must be true or false", member.value) }
                    mapping.levelApplicable = flag
                case "csv":
                    try csvOptions(member.value, into: &mapping)
                case "xml":
                    try xmlOptions(member.value, into: &mapping)
                case "elements":
                    for element in try members(member.value, "elements") {
                        try elementEntry(element, into: &mapping)
                    }
                case "synonyms":
                    try synonyms(member.value, into: &mapping)
                default:
                    throw unknownKey(member, known: known, in: "the mapping")
                }
            }
            return mapping
        }

        func csvOptions(_ node: JSONNode, into mapping: inout Mapping) throws(MCredError) {
            for member in try members(node, "csv") {
                switch member.key {
                case "delimiter":
                    let text = try string(member.value, "csv.delimiter")
                    guard let byte = DelimiterOption.parse(text) else {
                        throw fail("csv.delimiter must be one character such as \";\" or \"\\t\", not \"\(text)\"", member.value)
                    }
                    mapping.delimiter = byte
                case "encoding":
                    let text = try string(member.value, "csv.encoding")
                    guard let encoding = TextEncoding(option: text) else {
                        throw fail("unknown encoding '\(text)'; use utf-8, utf-16, latin1 or windows-1252", member.value)
                    }
                    mapping.encoding = encoding
                default:
                    throw unknownKey(member, known: ["delimiter", "encoding"], in: "csv")
                }
            }
        }

        func xmlOptions(_ node: JSONNode, into mapping: inout Mapping) throws(MCredError) {
            for member in try members(node, "xml") {
                switch member.key {
                case "record":
                    mapping.recordElement = try string(member.value, "xml.record")
                case "scope":
                    mapping.scopeElement = try string(member.value, "xml.scope")
                case "requireAny":
                    guard let items = member.value.arrayValue else { throw fail("xml.requireAny must be an array of paths", member.value) }
                    var paths: [String] = []
                    for item in items { paths.append(try string(item, "a path in xml.requireAny")) }
                    mapping.requireAny = paths
                default:
                    throw unknownKey(member, known: ["record", "scope", "requireAny"], in: "xml")
                }
            }
        }

        func synonyms(_ node: JSONNode, into mapping: inout Mapping) throws(MCredError) {
            for member in try members(node, "synonyms") {
                guard let vocabulary = VocabularyID(rawValue: member.key) else {
                    throw unknownKey(member, known: VocabularyID.allCases.map(\.rawValue), in: "synonyms")
                }
                for pair in try members(member.value, "synonyms.\(member.key)") {
                    mapping.synonyms[vocabulary, default: [:]][pair.key] = try string(pair.value, "a synonym target")
                }
            }
        }

        func elementEntry(_ member: JSONMember, into mapping: inout Mapping) throws(MCredError) {
            guard let element = ElementID(rawValue: member.key) else {
                throw unknownKey(member, known: ElementID.allCases.map(\.rawValue), in: "elements")
            }
            if isSourceShaped(member.value) {
                mapping.sources[element.defaultPart, default: []] += try sources(member.value, for: element.defaultPart)
                return
            }
            for partMember in try members(member.value, "element '\(element.rawValue)'") {
                guard let part = element.parts.first(where: { $0.partName == partMember.key }) else {
                    throw unknownKey(partMember, known: element.parts.map(\.partName), in: "element '\(element.rawValue)'")
                }
                mapping.sources[part, default: []] += try sources(partMember.value, for: part)
            }
        }

        /// A string, an array, or an object naming a column, path or constant is a source; any other
        /// object maps parts.
        func isSourceShaped(_ node: JSONNode) -> Bool {
            switch node.value {
            case .string, .array: return true
            case .object(let members): return members.contains { ["column", "path", "constant"].contains($0.key) }
            default: return false
            }
        }

        func sources(_ node: JSONNode, for part: PartID) throws(MCredError) -> [FieldSource] {
            let here = "\(file):\(node.line):\(node.column)"
            switch node.value {
            case .string(let text):
                // A bare string names a column (CSV) or a path (XML); the reader decides which.
                return [FieldSource(.column(text), declaredAt: here)]
            case .array(let items):
                var all: [FieldSource] = []
                for item in items { all += try sources(item, for: part) }
                return all
            case .object(let members):
                var origin: FieldSource.Origin?
                var source = FieldSource(.constant(""), declaredAt: here)
                let known = ["column", "path", "constant", "language", "datePattern", "separator"]
                for member in members {
                    switch member.key {
                    case "column", "path", "constant":
                        guard origin == nil else {
                            throw fail("a source has exactly one of column, path or constant", member)
                        }
                        let text = try string(member.value, member.key)
                        origin = member.key == "column" ? .column(text) : member.key == "path" ? .path(text) : .constant(text)
                    case "language":
                        source.language = try languageTag(member.value)
                    case "datePattern":
                        guard part.kind == .date else {
                            throw fail("datePattern applies to dates, not to \(part.qualifiedName)", member)
                        }
                        let pattern = try string(member.value, "datePattern")
                        guard DateNormalizer.isValidPattern(pattern) else {
                            throw fail("datePattern '\(pattern)' needs yyyy, MM and dd (and only separators besides), e.g. \"dd/MM/yyyy\"", member.value)
                        }
                        source.datePattern = pattern
                    case "separator":
                        source.separator = try string(member.value, "separator")
                    default:
                        throw unknownKey(member, known: known, in: "a source")
                    }
                }
                guard let origin else { throw fail("a source needs one of column, path or constant", node) }
                source.origin = origin
                return [source]
            default:
                throw fail("\(part.qualifiedName) must be a column name, a source object or an array of them", node)
            }
        }
    }

    /// The known word nearest to `word`, when it is close enough to be a likely typo.
    static func closest(_ word: String, in known: [String]) -> String? {
        let key = MatchKey.make(word)
        let ranked = known.map { (MatchKey.editDistance(key, MatchKey.make($0)), $0) }.sorted { $0 < $1 }
        guard let best = ranked.first, best.0 <= max(2, key.count / 3) else { return nil }
        return best.1
    }
}

/// Parses delimiter options: one character, or `\t`/`tab`.
public enum DelimiterOption {
    public static func parse(_ text: String) -> UInt8? {
        switch text.lowercased() {
        case "\\t", "tab", "\t": return UInt8(ascii: "\t")
        case "semicolon": return UInt8(ascii: ";")
        case "comma": return UInt8(ascii: ",")
        case "pipe": return UInt8(ascii: "|")
        default:
            let bytes = Array(text.utf8)
            return bytes.count == 1 && bytes[0] != UInt8(ascii: "\"") && bytes[0] != 0x0A && bytes[0] != 0x0D
                ? bytes[0] : nil
        }
    }
}

extension TextEncoding {
    /// Parses `--encoding` values: `utf-8`, `utf-16`, `utf-16le`, `utf-16be`, `latin1`, `iso-8859-1`, `windows-1252`, `cp1252`.
    public init?(option: String) {
        switch MatchKey.make(option) {
        case "utf8": self = .utf8
        case "utf16", "utf16le": self = .utf16le
        case "utf16be": self = .utf16be
        case "latin1", "iso88591", "l1": self = .latin1
        case "windows1252", "cp1252", "win1252": self = .windows1252
        default: return nil
        }
    }
}
