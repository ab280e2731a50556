import Foundation
import MCredCore
import XCTest

/// The figures of a compliance report read back from one of its four formats, to check that the
/// formats agree. Each reader parses what a person or tool sees: the JSON's numbers, the Markdown's
/// headline and tables, the HTML's headline tiles and chart labels, the CSV's rows.
struct ReportFigures: Equatable {
    var records = 0, compliant = 0, rejected = 0
    /// Element id → (present, applicable); empty when the format does not carry it (CSV).
    var elements: [String: [Int]] = [:]
    /// Problem label → records.
    var problems: [String: Int] = [:]

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }

    static func number(_ text: String) -> Int { Int(text.replacingOccurrences(of: ",", with: "")) ?? -1 }

    static func fromJSON(_ bytes: [UInt8]) throws -> ReportFigures {
        let root = try JSONParser.parse(bytes)
        func int(_ node: JSONNode?) -> Int { Int(node?.numberText ?? "") ?? -1 }
        var figures = ReportFigures(records: int(root["records"]), compliant: int(root["compliant"]), rejected: int(root["rejected"]))
        for element in root["elements"]?.arrayValue ?? [] {
            figures.elements[element["id"]?.stringValue ?? "?"] = [int(element["present"]), int(element["applicable"])]
        }
        for problem in root["problems"]?.arrayValue ?? [] {
            figures.problems[problem["problem"]?.stringValue ?? "?"] = int(problem["records"])
        }
        return figures
    }

    static func fromMarkdown(_ text: String) -> ReportFigures {
        var figures = ReportFigures()
        if let headline = matches(#"\*\*(\d+) records: (\d+) compliant, (\d+) rejected;"#, in: text).first {
            (figures.records, figures.compliant, figures.rejected) = (number(headline[1]), number(headline[2]), number(headline[3]))
        }
        for row in matches(#"\| `([a-z-]+)` \| (?:yes|no) \| (\d+) \| (\d+) \|"#, in: text) {
            figures.elements[row[1]] = [number(row[2]), number(row[3])]
        }
        let problems = text.components(separatedBy: "### Top problems").last ?? ""
        for row in matches(#"\n\| ([a-z][a-z -]*) \| (\d+) \|"#, in: problems) where row[1] != "Problem" {
            figures.problems[row[1]] = number(row[2])
        }
        return figures
    }

    static func fromHTML(_ text: String) -> ReportFigures {
        var figures = ReportFigures()
        var tiles: [String: Int] = [:]
        for tile in matches(#"data-figure="(records|compliant|rejected)">([\d,]+)<"#, in: text) { tiles[tile[1]] = number(tile[2]) }
        (figures.records, figures.compliant, figures.rejected) = (tiles["records"] ?? -1, tiles["compliant"] ?? -1, tiles["rejected"] ?? -1)
        for chart in text.components(separatedBy: "<svg ").dropFirst() {
            let id = matches(#"^class="chart" role="img" aria-labelledby="([a-z]+)-title""#, in: chart).first?[1]
            if id == "mandatory" || id == "optional" {
                for bar in matches(#"<g><title>([a-z-]+): ([\d,]+) of ([\d,]+) \("#, in: chart) {
                    figures.elements[bar[1]] = [number(bar[2]), number(bar[3])]
                }
            } else if id == "problems" {
                for bar in matches(#"<g><title>([^<:]+): ([\d,]+) records? \("#, in: chart) { figures.problems[bar[1]] = number(bar[2]) }
            }
        }
        return figures
    }

    /// Rows of an RFC 4180 CSV (quoted cells, doubled quotes, CRLF).
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var characters = Array(text).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { cell.append("\"") } else { quoted = false; pending = next }
                } else {
                    cell.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(cell); cell = ""
            } else if character == "\r\n" || character == "\n" {
                row.append(cell); cell = ""
                rows.append(row); row = []
            } else {
                cell.append(character)
            }
        }
        return rows
    }

    static func fromCSV(_ text: String) -> ReportFigures {
        let rows = csvRows(text)
        var figures = ReportFigures()
        let header = rows.first ?? []
        let status = header.firstIndex(of: "status")!, problems = header.firstIndex(of: "problems")!
        for row in rows.dropFirst() {
            figures.records += 1
            if row[status] == "compliant" { figures.compliant += 1 } else { figures.rejected += 1 }
            for problem in row[problems].components(separatedBy: "; ") where !problem.isEmpty {
                figures.problems[problem, default: 0] += 1
            }
        }
        return figures
    }
}
