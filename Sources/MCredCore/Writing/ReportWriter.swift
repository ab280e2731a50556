/// The `--report` JSON: the summary and every diagnostic, sorted by file and line.
///
/// Shape (stable; `mcred validate --format json` uses the same):
/// `{"valid", "records", "written", "rejected", "skipped", "errorCount", "warningCount", "messages": [
/// {"level", "code", "file", "line", "column", "field", "record", "element", "value", "message"}]}`.
public enum ReportWriter {
    public static func render(summary: ConversionSummary, diagnostics: [Diagnostic]) -> [UInt8] {
        var w = JSONByteWriter(pretty: true)
        w.beginObject()
        w.field("valid", summary.errorCount == 0 && summary.rejected == 0)
        w.key("records")
        w.integer(summary.records)
        w.key("written")
        w.integer(summary.written)
        w.key("rejected")
        w.integer(summary.rejected)
        w.key("skipped")
        w.integer(summary.skipped)
        w.key("errorCount")
        w.integer(summary.errorCount)
        w.key("warningCount")
        w.integer(summary.warningCount)
        w.key("messages")
        w.beginArray()
        for diagnostic in diagnostics.sorted(by: Diagnostic.reportOrder) {
            w.beginObject()
            w.field("level", diagnostic.severity.rawValue)
            w.field("code", diagnostic.ruleID)
            optional("file", diagnostic.location?.file, &w)
            optionalInteger("line", diagnostic.location?.line, &w)
            optionalInteger("column", diagnostic.location?.column, &w)
            optional("field", diagnostic.location?.field, &w)
            optionalInteger("record", diagnostic.record, &w)
            optional("element", diagnostic.element, &w)
            optional("value", diagnostic.value, &w)
            w.field("message", diagnostic.message)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        var bytes = w.bytes
        bytes.append(0x0A)
        return bytes
    }

    private static func optional(_ key: String, _ value: String?, _ w: inout JSONByteWriter) {
        w.key(key)
        if let value { w.string(value) } else { w.null() }
    }

    private static func optionalInteger(_ key: String, _ value: Int?, _ w: inout JSONByteWriter) {
        w.key(key)
        if let value { w.integer(value) } else { w.null() }
    }
}
