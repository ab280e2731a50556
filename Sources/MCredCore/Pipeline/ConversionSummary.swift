/// What a conversion run did, for the closing line, the report and the exit status.
public struct ConversionSummary: Sendable, Equatable {
    /// Records read (XML records that fail the mapping's `requireAny` are not counted).
    public var records = 0
    public var written = 0
    public var rejected = 0
    /// XML records skipped because the mapping's `requireAny` found no value (ELMO: no result).
    public var skipped = 0
    public var errorCount = 0
    public var warningCount = 0
    public var noteCount = 0
    /// With `--state`: new, changed, unchanged, withdrawn and rejected, once the run is committed.
    public var changes: ChangeCounts?

    public init() {}

    public mutating func add(_ other: ConversionSummary) {
        records += other.records
        written += other.written
        rejected += other.rejected
        skipped += other.skipped
        errorCount += other.errorCount
        warningCount += other.warningCount
        noteCount += other.noteCount
    }

    mutating func count(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: errorCount += 1
            case .warning: warningCount += 1
            case .note: noteCount += 1
            }
        }
    }
}

/// A snapshot for the progress line.
public struct ConversionProgress: Sendable {
    public var records: Int
    public var bytesRead: Int
    public var totalBytes: Int?
}
