import MCredCore

/// Options that say how to read an export, shared by `convert` and `mapping init`; with the rules
/// (``parseRules(_:_:into:usage:)``) shared by `convert` and `report`.
enum InputOptions {
    /// Handles `--mapping`, `--preset`, `--profile`, `--strict`, `--today`; false for any other name.
    static func parseRules(
        _ name: String, _ value: () throws -> String, into options: inout ConversionOptions, usage: String
    ) throws -> Bool {
        switch name {
        case "--mapping": options.mappingPath = try value()
        case "--preset": options.preset = try value()
        case "--profile": options.profile = try value()
        case "--strict": options.strict = true
        case "--today":
            let text = try value()
            guard case .date(let date) = DateNormalizer.parse(text), text.count == 10 else {
                throw UsageError(message: "--today must be a date yyyy-mm-dd, not '\(text)'", usage: usage)
            }
            options.referenceDate = date
        default: return false
        }
        return true
    }

    /// The checks every command that reads exports makes of its inputs and mapping.
    static func checkInputs(_ options: ConversionOptions, usage: String) throws {
        if options.inputs.isEmpty {
            throw UsageError(message: "no input: give an export file, or '-' for standard input", usage: usage)
        }
        if options.mappingPath != nil && options.preset != nil {
            throw UsageError(message: "--mapping and --preset cannot be used together", usage: usage)
        }
        if options.inputs.filter({ $0 == "-" }).count > 1 {
            throw UsageError(message: "standard input ('-') can be read only once", usage: usage)
        }
    }

    /// The files a conversion reads: its inputs, mapping, profile file and state file.
    static func readPaths(_ options: ConversionOptions) -> [OutputCollisions.Use] {
        var uses = options.inputs.map { OutputCollisions.Use(role: "input", path: $0) }
        if let mapping = options.mappingPath { uses.append(.init(role: "the mapping", path: mapping)) }
        uses.append(.init(role: "the profile", path: options.profile))  // a built-in name is no file: skipped
        if let state = options.statePath { uses.append(.init(role: "the state file", path: state)) }
        return uses
    }

    /// Handles `--set`, `--format`, `--delimiter`, `--encoding`, `--language`; false for any other name.
    static func parse(
        _ name: String, _ value: () throws -> String, into options: inout ConversionOptions, usage: String
    ) throws -> Bool {
        switch name {
        case "--set": options.constants.append(try parseSet(try value(), usage: usage))
        case "--format":
            let text = try value()
            guard let format = InputFormat(rawValue: text.lowercased()) else {
                throw UsageError(message: "--format must be csv or xml, not '\(text)'", usage: usage)
            }
            options.format = format
        case "--delimiter":
            let text = try value()
            guard let byte = DelimiterOption.parse(text) else {
                throw UsageError(message: "--delimiter must be one character (or 'tab'), not '\(text)'", usage: usage)
            }
            options.delimiter = byte
        case "--encoding":
            let text = try value()
            guard let encoding = TextEncoding(option: text) else {
                throw UsageError(
                    message: "--encoding must be utf-8, utf-16, latin1 or windows-1252, not '\(text)'", usage: usage)
            }
            options.encoding = encoding
        case "--max-field-bytes", "--max-record-bytes":
            let text = try value()
            guard let bytes = parseByteCount(text) else {
                throw UsageError(message: "\(name) must be a positive number of bytes (suffix K, M or G allowed), not '\(text)'", usage: usage)
            }
            if name == "--max-field-bytes" { options.maxFieldBytes = bytes } else { options.maxRecordBytes = bytes }
        case "--language":
            let tag = try value()
            guard LanguageTag.isValid(tag) else {
                throw UsageError(message: "--language must be a language tag such as en, nl or pt-BR, not '\(tag)'", usage: usage)
            }
            options.language = tag.lowercased()
        default: return false
        }
        return true
    }

    /// `4096`, `64K`, `200M`, `1G` (binary multiples); nil unless positive and below 2^62.
    static func parseByteCount(_ text: String) -> Int? {
        var digits = Substring(text)
        var shift = 0
        switch digits.last.map({ Character($0.uppercased()) }) {
        case "K": shift = 10
        case "M": shift = 20
        case "G": shift = 30
        default: break
        }
        if shift > 0 { digits = digits.dropLast() }
        guard let number = Int(digits), number > 0, number < (1 << (62 - shift)) else { return nil }
        return number << shift
    }

    /// `element=value` or `element.part=value`.
    static func parseSet(_ text: String, usage: String) throws -> (part: PartID, value: String) {
        guard let equals = text.firstIndex(of: "=") else {
            throw UsageError(message: "--set needs ELEMENT=VALUE, got '\(text)'", usage: usage)
        }
        let name = String(text[..<equals])
        guard let part = PartID(qualifiedName: name) else {
            let known = ElementID.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError(
                message: "--set: unknown element '\(name)'; elements: \(known) (parts as element.part, see 'mcred elements')",
                usage: usage)
        }
        return (part, String(text[text.index(after: equals)...]))
    }
}
