/// Writes a ``Mapping`` as a mapping file (`Schemas/mapping.schema.json`) that ``MappingLoader``
/// reads back: the output of `mcred mapping init`, meant to be edited.
public enum MappingFileRenderer {
    public static func render(_ mapping: Mapping, description: String) -> [UInt8] {
        var json = JSONByteWriter(pretty: true)
        json.beginObject()
        json.key("description")
        json.string(description)
        if let format = mapping.format {
            json.key("format")
            json.string(format.rawValue)
        }
        json.key("language")
        json.string(mapping.defaultLanguage)
        if !mapping.levelApplicable {
            json.key("levelApplicable")
            json.bool(false)
        }
        if mapping.format == .csv, mapping.delimiter != nil || (mapping.encoding ?? .utf8) != .utf8 {
            json.key("csv")
            json.beginObject()
            if let delimiter = mapping.delimiter {
                json.key("delimiter")
                json.string(delimiter == UInt8(ascii: "\t") ? "\t" : String(Character(Unicode.Scalar(delimiter))))
            }
            if let encoding = mapping.encoding, encoding != .utf8 {
                json.key("encoding")
                json.string(encoding.optionName)
            }
            json.endObject()
        }
        json.key("elements")
        json.beginObject()
        for element in ElementID.allCases {
            let fed = element.parts.filter { !(mapping.sources[$0] ?? []).isEmpty }
            guard !fed.isEmpty else { continue }
            json.key(element.rawValue)
            if fed == [element.defaultPart] {
                write(mapping.sources[element.defaultPart]!, into: &json)
            } else {
                json.beginObject()
                for part in fed {
                    json.key(part.partName)
                    write(mapping.sources[part]!, into: &json)
                }
                json.endObject()
            }
        }
        json.endObject()
        json.endObject()
        return json.bytes + [0x0A]
    }

    private static func write(_ sources: [FieldSource], into json: inout JSONByteWriter) {
        if sources.count == 1 { return write(sources[0], into: &json) }
        json.beginArray()
        for source in sources { write(source, into: &json) }
        json.endArray()
    }

    private static func write(_ source: FieldSource, into json: inout JSONByteWriter) {
        if case .column(let name) = source.origin, source.language == nil, source.datePattern == nil,
            source.separator == nil
        {
            return json.string(name)
        }
        json.beginObject()
        switch source.origin {
        case .column(let name):
            json.key("column")
            json.string(name)
        case .path(let path):
            json.key("path")
            json.string(path)
        case .constant(let value):
            json.key("constant")
            json.string(value)
        }
        if let language = source.language {
            json.key("language")
            json.string(language)
        }
        if let pattern = source.datePattern {
            json.key("datePattern")
            json.string(pattern)
        }
        if let separator = source.separator {
            json.key("separator")
            json.string(separator)
        }
        json.endObject()
    }
}
