/// `mcred report --html`: one self-contained page (inline CSS and SVG; no script, font, style sheet
/// or image from elsewhere), so it opens from a file or an e-mail attachment and prints well.
///
/// Every value from the data is escaped (``ReportEscaping/html(_:)``). Long groupings are cut to
/// their largest ``groupLimit`` entries plus one "others" bar, and the rejected-records table to
/// ``ComplianceSummary/rejectedRecordLimit`` rows, so the page stays small for any input size.
public enum ComplianceHTMLRenderer {
    public static let groupLimit = 15
    public static let problemLimit = 12

    public static func render(_ summary: ComplianceSummary, referenceDate: ISODate? = nil) -> String {
        var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<title>Micro-credential compliance report</title>\n<style>\n\(style)</style>\n</head>\n<body>\n<main>\n"
        page += "<h1>Micro-credential compliance report</h1>\n"
        page += "<p class=\"lead\">Records checked against the elements of an EU micro-credential (Council Recommendation of 16 June 2022, Annex I)"
        if let referenceDate { page += ", as of \(referenceDate)" }
        page += ".</p>\n"
        page += headline(summary)
        page += section("completeness", "Completeness per EU element",
            "How many records have a value for each element. Mandatory elements must all be present for a record to comply; level applies where an EQF level applies.",
            ComplianceHTMLCharts.completeness(summary, mandatory: true) + ComplianceHTMLCharts.completeness(summary, mandatory: false))
        page += section("awarding-bodies", "Compliance per awarding body",
            "Records per awarding body, split into compliant and rejected.", ComplianceHTMLCharts.awardingBodies(summary))
        page += section("years", "Learners and credentials per academic year",
            "Academic years run from September to August (2024–25 is 1 September 2024 to 31 August 2025), by issue date. Learners are counted once per year.",
            ComplianceHTMLCharts.growth(summary.academicYears, id: "years", title: "Credentials and learners per academic year", chronological: true))
        page += section("titles", "Learners and credentials per micro-credential",
            "The micro-credentials with the most records; learners are counted once per title.",
            ComplianceHTMLCharts.growth(summary.titles, id: "titles", title: "Credentials and learners per micro-credential title", chronological: false))
        page += section("workload", "Workload (ECTS credits)", "Records per ECTS value; records without ECTS are not shown.",
            ComplianceHTMLCharts.ects(summary))
        page += section("eqf", "EQF levels", "Records per level of the European Qualifications Framework.",
            ComplianceHTMLCharts.eqf(summary))
        page += section("problems", "Most frequent problems", "Records per problem (rule and element); a record may have several.",
            ComplianceHTMLCharts.problems(summary))
        page += section("rejected", "Rejected records", "", rejectedTable(summary))
        page += "</main>\n</body>\n</html>\n"
        return page
    }

    static func headline(_ s: ComplianceSummary) -> String {
        var html = "<section class=\"headline\" aria-label=\"Headline figures\">\n"
        for (label, value, kind) in [("Records", String(s.records), "records"), ("Compliant", String(s.compliant), "compliant"),
                                     ("Rejected", String(s.rejected), "rejected"),
                                     ("Compliance rate", ReportNumbers.percent(s.compliant, of: s.records), "rate")] {
            html += "<div class=\"tile \(kind)\"><div class=\"figure\" data-figure=\"\(kind)\">\(kind == "rate" ? value : grouped(Int(value)!))</div><div class=\"caption\">\(label)</div></div>\n"
        }
        html += "</section>\n"
        var notes: [String] = []
        if s.learners > 0 { notes.append("\(grouped(s.learners)) distinct learners\(s.learnerCountsAreLowerBounds ? " at least" : "")") }
        if s.unreadable > 0 { notes.append("\(grouped(s.unreadable)) records could not be read and count as rejected") }
        if s.skipped > 0 { notes.append("\(grouped(s.skipped)) records without a result were skipped") }
        if let stop = s.stoppedBy { notes.append("<strong>incomplete</strong>: the run stopped at \(ReportEscaping.html(stop))") }
        let files = s.files.sorted(by: \.records)
        if !files.isEmpty {
            let names = files.prefix(5).map { "<code>\(ReportEscaping.html($0.key))</code>" }.joined(separator: ", ")
            notes.append("\(files.count == 1 ? "file" : "\(files.count) files"): \(names)\(files.count > 5 ? ", …" : "")")
        }
        if !notes.isEmpty { html += "<p class=\"notes\">\(notes.joined(separator: "; ")).</p>\n" }
        return html
    }

    static func section(_ id: String, _ title: String, _ explanation: String, _ body: String) -> String {
        var html = "<section id=\"\(id)\">\n<h2>\(title)</h2>\n"
        if !explanation.isEmpty { html += "<p class=\"explanation\">\(explanation)</p>\n" }
        return html + body + "\n</section>\n"
    }

    /// Rejected records grouped by file, by line within a file.
    static func rejectedTable(_ s: ComplianceSummary) -> String {
        let listed = s.rejectedRecords
        guard !listed.isEmpty else {
            return s.rejected == 0 ? "<p>No record was rejected.</p>" : "<p>\(grouped(s.rejected)) records could not be read; see the diagnostics of <code>mcred convert</code>.</p>"
        }
        var html = "<p class=\"explanation\">\(listed.count == s.rejected ? "All \(grouped(s.rejected))" : "The first \(grouped(listed.count)) of \(grouped(s.rejected))") rejected records, by file and line"
        if s.rejectedNotListed > 0 { html += "; \(grouped(s.rejectedNotListed)) more are not listed (the CSV report lists every record)" }
        html += ".</p>\n"
        var index = 0
        while index < listed.count {
            let file = listed[index].file
            var end = index
            while end < listed.count && listed[end].file == file { end += 1 }
            let total = s.files.entries[file]?.rejected
            html += "<h3 class=\"file\"><code>\(ReportEscaping.html(file))</code>: \(total.map { "\(grouped($0)) rejected" } ?? "rejected")\(total.map { $0 > end - index ? ", \(grouped(end - index)) listed" : "" } ?? "")</h3>\n"
            html += "<table class=\"rejected\">\n<thead><tr><th scope=\"col\">Line</th><th scope=\"col\">Record</th><th scope=\"col\">Learner</th><th scope=\"col\">Title</th><th scope=\"col\">Missing mandatory elements</th><th scope=\"col\">Problems</th></tr></thead>\n<tbody>\n"
            for record in listed[index..<end] {
                html += "<tr><td class=\"n\">\(record.line)</td><td class=\"n\">\(record.number)</td>"
                html += "<td>\(ReportEscaping.html(record.learner ?? ""))</td><td>\(ReportEscaping.html(record.title ?? ""))</td>"
                html += "<td>\(record.missing.map { "<code>\($0.rawValue)</code>" }.joined(separator: " "))</td>"
                html += "<td>\(record.problems.map(ReportEscaping.html).joined(separator: "<br>"))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
            index = end
        }
        return html
    }

    /// `12,345`: digits grouped by three for reading.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (position, digit) in digits.enumerated() {
            if position > 0 && (digits.count - position) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    static let style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #111; background: #fff; margin: 0; }
        main { max-width: 1000px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 32px 0 4px; border-bottom: 2px solid #111; padding-bottom: 2px; }
        h3 { font-size: 15px; margin: 18px 0 6px; }
        .lead, .explanation, .notes { color: #333; font-size: 14px; margin: 4px 0 10px; }
        .headline { display: flex; gap: 12px; margin: 16px 0 8px; }
        .tile { flex: 1; border: 2px solid #111; padding: 10px 14px; }
        .tile .figure { font-size: 30px; font-weight: 700; }
        .tile .caption { font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; }
        .tile.rejected { border-style: dashed; }
        .tile.rate { background: #EEF5FB; }
        svg.chart { display: block; max-width: 100%; height: auto; margin: 6px 0 14px; }
        svg.chart text { font-family: inherit; font-size: 12.5px; fill: #111; }
        svg.chart text.legend { font-size: 12.5px; }
        svg.chart text.small { font-size: 11px; }
        svg.chart .track { fill: #F2F2F2; stroke: #888; stroke-width: 0.5; }
        h3.chart-title { font-size: 14px; margin: 14px 0 0; }
        table.rejected { border-collapse: collapse; width: 100%; font-size: 13px; margin-bottom: 8px; }
        table.rejected th, table.rejected td { border: 1px solid #999; padding: 3px 6px; text-align: left; vertical-align: top; }
        table.rejected th { background: #EEE; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92em; }
        @media print {
          main { max-width: none; padding: 0; }
          section { break-inside: avoid-page; }
          table.rejected { break-inside: auto; }
          tr { break-inside: avoid; }
          .tile.rate { background: none; }
        }

        """
}
