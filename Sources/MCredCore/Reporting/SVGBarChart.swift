/// A horizontal bar chart as inline SVG, drawn by mcred (no script, no external resource).
///
/// Readable in print and without colour: every bar carries its value as text at its end, series
/// differ by pattern (solid, hatched, dotted) as well as by colour (Okabe–Ito palette, safe for
/// the common colour-vision deficiencies), and a legend names them in words.
struct SVGBarChart {
    /// A data series: its name in the legend and how its bars are drawn.
    enum Series: Int, CaseIterable {
        case primary, secondary, tertiary

        /// The fill in the chart `id`: a colour, or one of the chart's patterns.
        func fill(in id: String) -> String {
            switch self {
            case .primary: "#0072B2"
            case .secondary: "url(#\(id)-hatch)"
            case .tertiary: "url(#\(id)-dots)"
            }
        }
    }

    struct Segment {
        var value: Int
        var series: Series
    }

    /// One category: its label, its segments (stacked in one bar, or one bar each when grouped),
    /// and the text written after the bar.
    struct Bar {
        var label: String
        var segments: [Segment]
        var valueText: String
        /// In a grouped chart, the text after each segment's own bar (else ``valueText`` once).
        var segmentTexts: [String] = []
    }

    var id: String
    var title: String
    var bars: [Bar]
    var legend: [(Series, String)] = []
    /// Whether each segment is its own thin bar (credentials beside learners) instead of stacked.
    var grouped = false
    /// The value a full-width bar stands for; default the largest bar. A track shows the full width.
    var maximum: Int?

    static let width = 1040, labelWidth = 340, barWidth = 360, rowHeight = 24, groupedRowHeight = 14
    static let labelCharacters = 48

    func render() -> String {
        let rows = bars.count
        let perBar = grouped ? max(1, bars.map(\.segments.count).max() ?? 1) : 1
        let barHeight = grouped ? Self.groupedRowHeight * perBar + 10 : Self.rowHeight
        let legendHeight = legend.isEmpty ? 0 : 26
        let height = legendHeight + rows * barHeight + 6
        let scaleMaximum = max(1, maximum ?? bars.map { bar in grouped ? (bar.segments.map(\.value).max() ?? 0) : bar.segments.reduce(0) { $0 + $1.value } }.max() ?? 1)
        var svg = "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-title\" viewBox=\"0 0 \(Self.width) \(height)\" width=\"\(Self.width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"\(id)-title\">\(ReportEscaping.html(title))</title>"
        svg += definitions()
        var x = Self.labelWidth
        for (series, name) in legend {
            svg += "<rect x=\"\(x)\" y=\"4\" width=\"16\" height=\"14\" fill=\"\(fill(series))\" stroke=\"#000\" stroke-width=\"0.5\"/>"
            svg += "<text x=\"\(x + 22)\" y=\"16\" class=\"legend\">\(ReportEscaping.html(name))</text>"
            x += 34 + name.count * 7
        }
        for (index, bar) in bars.enumerated() {
            let top = legendHeight + index * barHeight
            let label = bar.label.count > Self.labelCharacters ? String(bar.label.prefix(Self.labelCharacters - 1)) + "…" : bar.label
            svg += "<g><title>\(ReportEscaping.html(bar.label)): \(ReportEscaping.html(bar.valueText))</title>"
            svg += "<text x=\"\(Self.labelWidth - 8)\" y=\"\(top + (grouped ? barHeight / 2 + 2 : 16))\" text-anchor=\"end\" class=\"label\">\(ReportEscaping.html(label))</text>"
            if maximum != nil {
                svg += "<rect x=\"\(Self.labelWidth)\" y=\"\(top + 4)\" width=\"\(Self.barWidth)\" height=\"\(barHeight - 8)\" class=\"track\"/>"
            }
            var offset = 0
            var end = 0
            for (position, segment) in bar.segments.enumerated() {
                let length = segment.value * Self.barWidth / scaleMaximum
                let y = grouped ? top + 5 + position * Self.groupedRowHeight : top + 4
                let h = grouped ? Self.groupedRowHeight - 2 : barHeight - 8
                let start = grouped ? 0 : offset
                if length > 0 {
                    svg += "<rect x=\"\(Self.labelWidth + start)\" y=\"\(y)\" width=\"\(length)\" height=\"\(h)\" fill=\"\(fill(segment.series))\" stroke=\"#000\" stroke-width=\"0.5\"/>"
                }
                offset += length
                end = max(end, start + length)
            }
            if grouped && !bar.segmentTexts.isEmpty {
                for (position, (segment, text)) in zip(bar.segments, bar.segmentTexts).enumerated() {
                    let textX = Self.labelWidth + segment.value * Self.barWidth / scaleMaximum + 6
                    svg += "<text x=\"\(textX)\" y=\"\(top + 5 + position * Self.groupedRowHeight + 10)\" class=\"value small\">\(ReportEscaping.html(text))</text>"
                }
                svg += "</g>"
                continue
            }
            let textX = Self.labelWidth + (maximum != nil ? Self.barWidth : end) + 8
            svg += "<text x=\"\(textX)\" y=\"\(top + (grouped ? barHeight / 2 + 2 : 16))\" class=\"value\">\(ReportEscaping.html(bar.valueText))</text></g>"
        }
        return svg + "</svg>"
    }

    private func fill(_ series: Series) -> String { series.fill(in: id) }

    /// Patterns for the hatched and dotted series, scoped to this chart by its id.
    private func definitions() -> String {
        "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#F5C46A\"/><rect width=\"2.5\" height=\"6\" fill=\"#B36B00\"/></pattern>"
            + "<pattern id=\"\(id)-dots\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#CDEFE3\"/><circle cx=\"3\" cy=\"3\" r=\"1.6\" fill=\"#00664A\"/></pattern></defs>"
    }
}
