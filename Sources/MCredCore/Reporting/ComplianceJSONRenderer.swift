/// `mcred report --json`: the aggregated figures of a ``ComplianceSummary`` for other tools.
///
/// Shape (stable): `{"records", "compliant", "rejected", "unreadable", "skipped", "complianceRate",
/// "learners", "elements": [{"id", "mandatory", "present", "applicable", "rate"}], "awardingBodies":
/// [{"name", "records", "compliant", "rejected"}], "academicYears": [{"year", "credentials",
/// "learners", "compliant"}], "titles": […same…], "ects": [{"value", "records"}], "eqfLevels":
/// [{"level", "records"}], "problems": [{"problem", "records"}], "files": […], "rejectedRecords":
/// {"total", "listed", "records": [{"file", "line", "record", "learner", "title", "missing", "problems"}]}}`.
/// Groupings past the key limit end with an entry named `(others)`. A report of a run whose input
/// broke halfway adds `"stoppedBy"`: what stopped it, the figures covering what was read before.
public enum ComplianceJSONRenderer {
    public static func render(_ summary: ComplianceSummary) -> [UInt8] {
        var w = JSONByteWriter(pretty: true, initialCapacity: 1 << 16)
        w.beginObject()
        for (key, value) in [("records", summary.records), ("compliant", summary.compliant), ("rejected", summary.rejected),
                             ("unreadable", summary.unreadable), ("skipped", summary.skipped)] {
            w.key(key)
            w.integer(value)
        }
        if let stop = summary.stoppedBy {
            // Only in an incomplete report, so a complete one keeps its shape.
            w.key("stoppedBy")
            w.string(stop)
        }
        w.key("complianceRate")
        w.number(ReportNumbers.ratio(summary.compliant, of: summary.records))
        w.key("learners")
        w.integer(summary.learners)
        w.key("learnerCountsAreLowerBounds")
        w.bool(summary.learnerCountsAreLowerBounds)

        w.key("elements")
        w.beginArray()
        for element in ElementID.allCases {
            let (present, applicable) = summary.completeness(of: element)
            w.beginObject()
            w.key("id"); w.string(element.rawValue)
            w.key("mandatory"); w.bool(element.isMandatory)
            w.key("present"); w.integer(present)
            w.key("applicable"); w.integer(applicable)
            w.key("rate"); w.number(ReportNumbers.ratio(present, of: applicable))
            w.endObject()
        }
        w.endArray()

        outcomes("awardingBodies", "name", summary.awardingBodies, &w)
        growth("academicYears", "year", summary.academicYears, chronological: true, &w)
        growth("titles", "title", summary.titles, chronological: false, &w)

        w.key("ects")
        w.beginArray()
        let ects = summary.ects.entries.sorted { ReportNumbers.numericOrder($0.key, $1.key) }
        for (value, records) in ects + (summary.ects.overflowed ? [(ComplianceSummary.others, summary.ects.others)] : []) {
            w.beginObject()
            w.key("value"); if Double(value) != nil { w.number(value) } else { w.string(value) }
            w.key("records"); w.integer(records)
            w.endObject()
        }
        w.endArray()

        w.key("eqfLevels")
        w.beginArray()
        for (index, records) in summary.eqfLevels.enumerated() where records > 0 {
            w.beginObject()
            w.key("level")
            switch index {
            case 0: w.null()
            case 9: w.string("outside 1–8")
            default: w.integer(index)
            }
            w.key("records"); w.integer(records)
            w.endObject()
        }
        w.endArray()

        w.key("problems")
        w.beginArray()
        for (problem, records) in withOthers(summary.problems, rank: { $0 }) {
            w.beginObject()
            w.key("problem"); w.string(problem)
            w.key("records"); w.integer(records)
            w.endObject()
        }
        w.endArray()

        outcomes("files", "file", summary.files, &w)

        w.key("rejectedRecords")
        w.beginObject()
        let listed = summary.rejectedRecords
        w.key("total"); w.integer(summary.rejected)
        w.key("listed"); w.integer(listed.count)
        w.key("records")
        w.beginArray()
        for record in listed {
            w.beginObject()
            w.key("file"); w.string(record.file)
            w.key("line"); w.integer(record.line)
            w.key("record"); w.integer(record.number)
            w.key("learner"); if let learner = record.learner { w.string(learner) } else { w.null() }
            w.key("title"); if let title = record.title { w.string(title) } else { w.null() }
            w.key("missing"); strings(record.missing.map(\.rawValue), &w)
            w.key("problems"); strings(record.problems, &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endObject()
        return w.bytes + [0x0A]
    }

    /// Entries by rank, then `(others)` when the tally overflowed.
    static func withOthers<Value>(_ tally: CappedTally<Value>, rank: (Value) -> Int) -> [(key: String, value: Value)] {
        tally.sorted(by: rank) + (tally.overflowed ? [(ComplianceSummary.others, tally.others)] : [])
    }

    private static func outcomes(_ name: String, _ label: String, _ tally: CappedTally<ComplianceSummary.Outcome>, _ w: inout JSONByteWriter) {
        w.key(name)
        w.beginArray()
        for (key, value) in withOthers(tally, rank: \.records) {
            w.beginObject()
            w.key(label); w.string(key)
            w.key("records"); w.integer(value.records)
            w.key("compliant"); w.integer(value.compliant)
            w.key("rejected"); w.integer(value.rejected)
            w.endObject()
        }
        w.endArray()
    }

    private static func growth(
        _ name: String, _ label: String, _ tally: CappedTally<ComplianceSummary.Growth>, chronological: Bool,
        _ w: inout JSONByteWriter
    ) {
        w.key(name)
        w.beginArray()
        let entries = chronological ? tally.entries.sorted { $0.key < $1.key } + (tally.overflowed ? [(ComplianceSummary.others, tally.others)] : [])
            : withOthers(tally, rank: \.credentials)
        for (key, value) in entries {
            w.beginObject()
            w.key(label); w.string(key)
            w.key("credentials"); w.integer(value.credentials)
            w.key("learners"); w.integer(value.learners)
            w.key("compliant"); w.integer(value.compliant)
            w.endObject()
        }
        w.endArray()
    }

    private static func strings(_ values: [String], _ w: inout JSONByteWriter) {
        w.beginArray()
        for value in values { w.string(value) }
        w.endArray()
    }
}
