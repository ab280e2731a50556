/// The four entry points the libFuzzer targets in `Fuzz/` drive, and the corpus-replay test feeds
/// every seed and regression file through: one function per reader of hostile input. Each must
/// return normally for any bytes (a thrown ``MCredError`` is a clean rejection; a trap, a hang or
/// unbounded memory is a bug). The limits are small so the fuzzer reaches the limit paths quickly.
public enum FuzzEntryPoints {
    /// The field limit the CSV target uses (the tool's default is 16 MiB), so oversized fields are hit.
    public static let csvMaxFieldBytes = 4096
    public static let csvMaxRecordBytes = 16384

    /// Reads a CSV export as `convert` does (encoding and delimiter detected), header recognition
    /// included. The first byte picks the chunk size, so the scanner's refill paths are exercised.
    public static func csv(_ data: [UInt8]) {
        let chunk = data.isEmpty ? 1 : Int(data[0] % 64) + 1
        let sink = CollectingDiagnosticSink()
        do {
            let reader = try CSVRecordReader(
                source: MemoryByteSource(data, name: "fuzz.csv", chunkSize: chunk), encoding: nil, delimiter: nil,
                diagnostics: sink, maxFieldBytes: csvMaxFieldBytes, maxRecordBytes: csvMaxRecordBytes)
            _ = HeaderRecognizer(catalog: catalog).recognise(header: reader.header ?? [])
            try drain(reader)
        } catch {
            _ = error.message
        }
    }

    /// Reads XML records as the ELMO preset does (`learningOpportunitySpecification` within `report`).
    public static func xml(_ data: [UInt8]) {
        do {
            let reader = try XMLRecordReader(
                bytes: data, name: "fuzz.xml", recordElement: "learningOpportunitySpecification", scopeElement: "report")
            try drain(reader)
        } catch {
            _ = error.message
        }
    }

    /// Reads every record, as a conversion would, keeping nothing.
    private static func drain(_ reader: any RecordReader) throws(MCredError) {
        var diagnostics: [Diagnostic] = []
        while let record = try reader.next(diagnostics: &diagnostics) {
            _ = record.fields.count
            diagnostics.removeAll(keepingCapacity: true)
        }
    }

    /// Loads a mapping file.
    public static func mapping(_ data: [UInt8]) {
        do {
            let mapping = try MappingLoader.parse(data, name: "fuzz-mapping.json")
            _ = mapping.sources.count
        } catch {
            _ = error.message
        }
    }

    /// Parses and checks credential JSON as `validate` does: the whole input as one document (an
    /// array is several credentials), then each line as NDJSON.
    public static func credential(_ data: [UInt8]) {
        check(data[...], lineOffset: 0, checkArrays: true)
        var line = 0
        for slice in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            check(slice, lineOffset: line, checkArrays: false)
            line += 1
        }
    }

    private static func check(_ bytes: ArraySlice<UInt8>, lineOffset: Int, checkArrays: Bool) {
        let parsed = bytes.withUnsafeBytes { raw in
            Result { () throws(JSONParseError) -> JSONNode in try JSONParser.parse(raw, lineOffset: lineOffset) }
        }
        guard case .success(let node) = parsed else { return }
        if checkArrays, let elements = node.arrayValue {
            for (index, element) in elements.enumerated() {
                _ = checker.check(element, file: "fuzz.json", record: index + 1)
            }
        } else {
            _ = checker.check(node, file: "fuzz.json", record: 1)
        }
    }

    private static let catalog = SchemaCatalog.builtIn
    private static let checker = CredentialChecker(profile: try! Profile.load("eu"))
}
