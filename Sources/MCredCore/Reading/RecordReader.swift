/// The first stage: reads an export and yields one ``SourceRecord`` at a time, never the whole file.
public protocol RecordReader: AnyObject {
    /// The input's name as diagnostics show it (the path, or `<stdin>`).
    var file: String { get }
    /// The CSV header; nil for XML.
    var header: [String]? { get }
    /// The next record, or nil at the end. Recoverable problems go to `diagnostics`; an input that
    /// cannot be read any further throws.
    func next(diagnostics: inout [Diagnostic]) throws(MCredError) -> SourceRecord?
    /// Raw bytes consumed so far and the input size when known, for a progress line.
    var bytesRead: Int { get }
    var totalBytes: Int? { get }
    /// Records the reader had to drop (a CSV row with an oversized field), already reported as errors:
    /// they count as read and rejected, so no record disappears from the summary.
    var droppedRecords: Int { get }
}

extension RecordReader {
    public var droppedRecords: Int { 0 }
}
