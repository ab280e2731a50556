/// `mcred report --csv`: one row per record as records come, for a spreadsheet. Nothing is kept in
/// memory beyond the output buffer. Rows end in CRLF and cells are quoted per RFC 4180; every
/// value from the data is neutralised against formula injection (``ReportEscaping/csv(_:)``).
public final class ComplianceCSVWriter {
    public static let columns = [
        "file", "line", "record", "learner", "title", "awarding_body", "academic_year", "ects", "eqf_level",
        "status", "missing_elements", "problems",
    ]
    private let output: AtomicFile
    public private(set) var rows = 0

    public init(path: String) throws(MCredError) {
        output = try AtomicFile(path: path)
        try output.write(Array((Self.columns.joined(separator: ",") + "\r\n").utf8))
    }

    public func write(_ record: ComplianceRecord) throws(MCredError) {
        try output.write(Array(Self.row(record).utf8))
        rows += 1
    }

    /// One row, with its CRLF.
    public static func row(_ record: ComplianceRecord) -> String {
        let cells: [String] = [
            record.file, String(record.line), String(record.number), record.learner ?? "", record.title ?? "",
            record.awardingBody ?? "", record.academicYear ?? "", record.ects ?? "", record.eqfLevel.map(String.init) ?? "",
            record.status.rawValue, record.missingMandatory.map(\.rawValue).joined(separator: " "),
            record.problems.map(\.label).joined(separator: "; "),
        ]
        return cells.map(ReportEscaping.csv).joined(separator: ",") + "\r\n"
    }

    public func finish() throws(MCredError) { try output.commit() }
    public func abandon() { output.discard() }
}
