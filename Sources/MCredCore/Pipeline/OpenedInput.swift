/// One export opened for reading, with the mapping that applies to it: the mapping file or preset,
/// or else what header recognition made of the CSV header, completed by the `--set` constants.
///
/// `convert`, `convert --explain` and `mapping init` all open inputs this way, so what `--explain`
/// shows is exactly what `convert` will do.
public struct OpenedInput {
    /// The path as diagnostics show it (`<stdin>` for `-`).
    public let displayName: String
    public let format: InputFormat
    public let reader: any RecordReader
    public let mapping: Mapping
    /// What was recognised in the CSV header, when no mapping file or preset was given.
    public let recognition: HeaderRecognition?

    /// Loads the mapping file or preset the options name; nil means header recognition.
    public static func baseMapping(for options: ConversionOptions) throws(MCredError) -> Mapping? {
        if let path = options.mappingPath { return try MappingLoader.load(path: path) }
        if let preset = options.preset { return try MappingLoader.preset(preset) }
        return nil
    }

    /// Opens `input` (`-` = standard input), reads a CSV header, and settles the mapping.
    public init(
        _ input: String, options: ConversionOptions, baseMapping: Mapping?, language: String,
        catalog: SchemaCatalog, diagnostics: any DiagnosticSink
    ) throws(MCredError) {
        displayName = input == "-" ? "<stdin>" : input
        format = options.format ?? baseMapping?.format ?? (input.lowercased().hasSuffix(".xml") ? .xml : .csv)
        var mapping = baseMapping ?? Mapping(name: "header recognition")
        mapping.defaultLanguage = language
        if options.encoding != nil { mapping.encoding = options.encoding }
        if options.delimiter != nil { mapping.delimiter = options.delimiter }
        var recognition: HeaderRecognition?
        switch format {
        case .csv:
            let csv = try CSVRecordReader(
                source: try FileByteSource(path: input), encoding: mapping.encoding, delimiter: mapping.delimiter,
                diagnostics: diagnostics, maxFieldBytes: options.maxFieldBytes, maxRecordBytes: options.maxRecordBytes)
            mapping.delimiter = csv.delimiter
            mapping.encoding = csv.encoding
            if baseMapping == nil {
                let recognised = HeaderRecognizer(catalog: catalog).recognise(header: csv.header ?? [])
                mapping.sources = recognised.mapping.sources
                recognition = recognised
            }
            reader = csv
        case .xml:
            guard let record = mapping.recordElement else {
                throw MCredError(
                    .badConfiguration,
                    "\(displayName): XML needs a mapping that names the record element (--mapping FILE with \"xml\": {\"record\": …}, or --preset elmo)")
            }
            reader = try XMLRecordReader(
                path: input, displayName: displayName, recordElement: record, scopeElement: mapping.scopeElement,
                totalBytes: FileByteSource.size(of: input))
        }
        // Constants come last: the data wins wherever it has a value.
        for (part, value) in options.constants { mapping.addFallback(part, value: value) }
        self.mapping = mapping
        self.recognition = recognition
    }

    /// The mandatory elements nothing feeds (level only where the mapping says it applies).
    public var unfedMandatoryElements: [ElementID] {
        ElementID.allCases.filter { element in
            element.isMandatory && (element != .level || mapping.levelApplicable)
                && element.parts.allSatisfy { (mapping.sources[$0] ?? []).isEmpty }
        }
    }
}
