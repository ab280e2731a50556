/// The charts of the HTML report, each built from the ``ComplianceSummary`` as an ``SVGBarChart``.
enum ComplianceHTMLCharts {
    typealias Chart = SVGBarChart
    static func grouped(_ value: Int) -> String { ComplianceHTMLRenderer.grouped(value) }

    /// Present out of applicable, one bar per element: solid for mandatory, dotted for optional.
    static func completeness(_ s: ComplianceSummary, mandatory: Bool) -> String {
        let elements = ElementID.allCases.filter { $0.isMandatory == mandatory }
        let series: Chart.Series = mandatory ? .primary : .tertiary
        let bars = elements.map { element -> Chart.Bar in
            let (present, applicable) = s.completeness(of: element)
            // Scale to the applicable records so a full bar means "every record has it".
            let scaled = applicable > 0 ? present * 10_000 / applicable : 0
            return Chart.Bar(
                label: element.rawValue, segments: [Chart.Segment(value: scaled, series: series)],
                valueText: "\(grouped(present)) of \(grouped(applicable)) (\(ReportNumbers.percent(present, of: applicable)))")
        }
        let name = mandatory ? "Mandatory elements" : "Optional elements"
        let chart = Chart(
            id: mandatory ? "mandatory" : "optional", title: "\(name): records with a value", bars: bars,
            legend: [(series, mandatory ? "mandatory: records with a value" : "optional: records with a value")], maximum: 10_000)
        return "<h3 class=\"chart-title\">\(name)</h3>\n" + chart.render()
    }

    static func awardingBodies(_ s: ComplianceSummary) -> String {
        let entries = capped(s.awardingBodies.sorted(by: \.records), others: s.awardingBodies.overflowed ? s.awardingBodies.others : nil) { a, b in
            var sum = a
            sum.records += b.records
            sum.compliant += b.compliant
            return sum
        }
        guard !entries.isEmpty else { return empty }
        let bars = entries.map { key, value in
            Chart.Bar(
                label: key,
                segments: [Chart.Segment(value: value.compliant, series: .primary), Chart.Segment(value: value.rejected, series: .secondary)],
                valueText: "\(grouped(value.compliant)) of \(grouped(value.records)) compliant (\(ReportNumbers.percent(value.compliant, of: value.records))), \(grouped(value.rejected)) rejected")
        }
        return Chart(id: "bodies", title: "Compliant and rejected records per awarding body", bars: bars,
                     legend: [(.primary, "compliant"), (.secondary, "rejected")]).render()
    }

    static func growth(_ tally: CappedTally<ComplianceSummary.Growth>, id: String, title: String, chronological: Bool) -> String {
        // Years in order, records without an issue date last; titles largest first.
        let sorted = chronological
            ? tally.entries.sorted { ($0.key == ComplianceSummary.unknown ? 1 : 0, $0.key) < ($1.key == ComplianceSummary.unknown ? 1 : 0, $1.key) }
            : tally.sorted(by: \.credentials)
        let limit = chronological ? 40 : ComplianceHTMLRenderer.groupLimit
        guard !sorted.isEmpty else { return empty }
        let bars = sorted.prefix(limit).map { key, value in
            Chart.Bar(
                label: key,
                segments: [Chart.Segment(value: value.credentials, series: .primary), Chart.Segment(value: value.learners, series: .tertiary)],
                valueText: "\(grouped(value.credentials)) credentials, \(grouped(value.learners)) learners",
                segmentTexts: ["\(grouped(value.credentials)) credentials", "\(grouped(value.learners)) learners"])
        }
        var html = Chart(id: id, title: title, bars: Array(bars), legend: [(.primary, "credentials"), (.tertiary, "learners")], grouped: true).render()
        // The rest as a sentence, not a bar: summed, it would dwarf the bars it follows.
        var rest = tally.overflowed ? tally.others : ComplianceSummary.Growth()
        for (_, value) in sorted.dropFirst(limit) {
            rest.credentials += value.credentials
            rest.learners += value.learners
        }
        let restKeys = max(0, sorted.count - limit) + tally.otherKeys
        if restKeys > 0 || rest.credentials > 0 {
            html += "\n<p class=\"explanation\">Not shown: \(grouped(restKeys))\(tally.otherKeys >= ComplianceSummary.keyLimit ? " or more" : "") more \(chronological ? "years" : "titles") with \(grouped(rest.credentials)) credentials and \(grouped(rest.learners)) learners (counted once per \(chronological ? "year" : "title")).</p>"
        }
        return html
    }

    static func ects(_ s: ComplianceSummary) -> String {
        var entries = s.ects.entries.sorted { ReportNumbers.numericOrder($0.key, $1.key) }
        if entries.count > 24 {
            // Too many distinct values to show each: the most frequent ones, in numeric order.
            let kept = Set(s.ects.sorted(by: { $0 }).prefix(23).map(\.key))
            let rest = entries.filter { !kept.contains($0.key) }.reduce(0) { $0 + $1.value }
            entries = entries.filter { kept.contains($0.key) } + [(key: "other values", value: rest)]
        }
        if s.ects.overflowed { entries.append((ComplianceSummary.others, s.ects.others)) }
        let total = entries.reduce(0) { $0 + $1.value }
        guard total > 0 else { return empty }
        let bars = entries.map { key, value in
            Chart.Bar(label: Double(key) != nil ? "\(key) ECTS" : key, segments: [Chart.Segment(value: value, series: .primary)],
                      valueText: "\(grouped(value)) (\(ReportNumbers.percent(value, of: total)))")
        }
        return Chart(id: "ects", title: "Records per ECTS value", bars: bars).render()
    }

    static func eqf(_ s: ComplianceSummary) -> String {
        let total = s.eqfLevels.reduce(0, +)
        guard total > 0 else { return empty }
        let bars = s.eqfLevels.enumerated().compactMap { index, value -> Chart.Bar? in
            guard value > 0 || (1...8).contains(index) else { return nil }
            let label = index == 0 ? "no level" : index == 9 ? "outside 1–8" : "EQF \(index)"
            return Chart.Bar(label: label, segments: [Chart.Segment(value: value, series: index == 0 || index == 9 ? .secondary : .primary)],
                             valueText: "\(grouped(value)) (\(ReportNumbers.percent(value, of: total)))")
        }
        // Levels 1–8 first, then records without a level.
        let ordered = bars.filter { $0.label.hasPrefix("EQF") } + bars.filter { !$0.label.hasPrefix("EQF") }
        return Chart(id: "eqf", title: "Records per EQF level", bars: ordered).render()
    }

    static func problems(_ s: ComplianceSummary) -> String {
        let entries = ComplianceJSONRenderer.withOthers(s.problems, rank: { $0 })
        guard !entries.isEmpty else { return "<p>No problems.</p>" }
        let bars = entries.prefix(ComplianceHTMLRenderer.problemLimit).map { key, value in
            Chart.Bar(label: key, segments: [Chart.Segment(value: value, series: .secondary)],
                      valueText: "\(grouped(value)) record\(value == 1 ? "" : "s") (\(ReportNumbers.percent(value, of: s.records)))")
        }
        var html = Chart(id: "problems", title: "Records per problem", bars: Array(bars)).render()
        if entries.count > ComplianceHTMLRenderer.problemLimit {
            html += "\n<p class=\"explanation\">\(entries.count - ComplianceHTMLRenderer.problemLimit) more kinds of problem; the JSON report lists them all.</p>"
        }
        return html
    }

    static let empty = "<p>No data.</p>"

    /// The first `limit` entries, then the rest (and a tally's overflow) summed as one "others" entry.
    static func capped<Value>(
        _ entries: [(key: String, value: Value)], others: Value?, limit: Int = ComplianceHTMLRenderer.groupLimit,
        _ add: (Value, Value) -> Value
    ) -> [(key: String, value: Value)] {
        guard entries.count > limit || others != nil else { return entries }
        var rest = others
        for entry in entries.dropFirst(limit) { rest = rest.map { add($0, entry.value) } ?? entry.value }
        return Array(entries.prefix(limit)) + (rest.map { [(key: ComplianceSummary.others, value: $0)] } ?? [])
    }
}
