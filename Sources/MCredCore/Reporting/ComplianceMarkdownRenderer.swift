/// `mcred report --md`: the headline, the completeness of every EU element, compliance per awarding
/// body and the top problems,
/// short enough for a CI job summary (`$GITHUB_STEP_SUMMARY`). Every value from the data is
/// escaped (``ReportEscaping/markdown(_:)``).
public enum ComplianceMarkdownRenderer {
    /// How many problems are listed; the rest are counted in one line.
    public static let problemLimit = 10
    public static let bodyLimit = 10

    public static func render(_ summary: ComplianceSummary, referenceDate: ISODate? = nil) -> String {
        var out = "## Micro-credential compliance (EU Council Recommendation 2022, Annex I)\n\n"
        out += "**\(summary.records) records: \(summary.compliant) compliant, \(summary.rejected) rejected; "
        out += "compliance rate \(ReportNumbers.percent(summary.compliant, of: summary.records))**"
        if let referenceDate { out += " (as of \(referenceDate))" }
        out += "\n"
        var notes: [String] = []
        if summary.unreadable > 0 { notes.append("\(summary.unreadable) unreadable records are counted as rejected") }
        if summary.skipped > 0 { notes.append("\(summary.skipped) records without a result were skipped") }
        if let stop = summary.stoppedBy { notes.append("**incomplete**: the run stopped at \(ReportEscaping.markdown(stop))") }
        if !notes.isEmpty { out += "\n" + notes.joined(separator: "; ") + ".\n" }

        out += "\n| Element | Mandatory | Present | Records | Rate |\n|---|---|---:|---:|---:|\n"
        for element in ElementID.allCases {
            let (present, applicable) = summary.completeness(of: element)
            out += "| `\(element.rawValue)` | \(element.isMandatory ? "yes" : "no") | \(present) | \(applicable) | \(ReportNumbers.percent(present, of: applicable)) |\n"
        }

        let bodies = ComplianceJSONRenderer.withOthers(summary.awardingBodies, rank: \.records)
        if !bodies.isEmpty {
            out += "\n### Compliance per awarding body\n\n| Awarding body | Records | Compliant | Rejected | Rate |\n|---|---:|---:|---:|---:|\n"
            for (body, outcome) in bodies.prefix(bodyLimit) {
                out += "| \(ReportEscaping.markdown(body)) | \(outcome.records) | \(outcome.compliant) | \(outcome.rejected) | \(ReportNumbers.percent(outcome.compliant, of: outcome.records)) |\n"
            }
            if bodies.count > bodyLimit {
                out += "\n\(bodies.count - bodyLimit) more awarding bodies: see the HTML or JSON report.\n"
            }
        }

        let problems = ComplianceJSONRenderer.withOthers(summary.problems, rank: { $0 })
        out += "\n### Top problems\n\n"
        if problems.isEmpty {
            out += "None.\n"
        } else {
            out += "| Problem | Records |\n|---|---:|\n"
            for (problem, records) in problems.prefix(problemLimit) {
                out += "| \(ReportEscaping.markdown(problem)) | \(records) |\n"
            }
            if problems.count > problemLimit {
                out += "\n\(problems.count - problemLimit) more kinds of problem: see the HTML or JSON report.\n"
            }
        }
        return out
    }
}
