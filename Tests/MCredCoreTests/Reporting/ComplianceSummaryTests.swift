import MCredCore
import XCTest

final class ComplianceSummaryTests: XCTestCase {
    func date(_ y: Int, _ m: Int, _ d: Int) -> ISODate { ISODate(year: y, month: m, day: d)! }

    func record(
        _ number: Int, file: String = "a.csv", passed: Bool = true, learner: String? = "L1", title: String? = "T",
        body: String? = "B", issued: ISODate? = nil, missing: [ElementID] = []
    ) -> ComplianceRecord {
        let diagnostics = missing.map {
            Diagnostic.error("missing-mandatory-element", "x", record: number, element: $0.rawValue)
        }
        return ComplianceRecord(
            file: file, line: number + 1, number: number, status: passed ? .compliant : .rejected,
            present: Set(ElementID.allCases).subtracting(missing), missingMandatory: missing, diagnostics: diagnostics,
            awardingBody: body, title: title, learner: learner, issueDate: issued ?? date(2025, 1, 1), ects: "4", eqfLevel: 6)
    }

    func testAcademicYearRunsFromSeptemberToAugust() {
        XCTAssertEqual(ComplianceRecord.academicYear(of: date(2024, 9, 1)), "2024–25")
        XCTAssertEqual(ComplianceRecord.academicYear(of: date(2025, 8, 31)), "2024–25")
        XCTAssertEqual(ComplianceRecord.academicYear(of: date(2025, 9, 1)), "2025–26")
        XCTAssertEqual(ComplianceRecord.academicYear(of: date(1999, 12, 1)), "1999–00")
        XCTAssertEqual(ComplianceRecord.academicYear(of: date(2008, 10, 1)), "2008–09")
    }

    func testCountsRecordsElementsGroupsAndDistinctLearners() {
        var summary = ComplianceSummary()
        summary.add(record(1, learner: "L1", issued: date(2024, 9, 1)))
        summary.add(record(2, learner: "L1", issued: date(2025, 3, 1)))
        summary.add(record(3, passed: false, learner: "L2", title: "U", issued: date(2025, 9, 1), missing: [.qualityAssurance]))
        XCTAssertEqual(summary.records, 3)
        XCTAssertEqual(summary.compliant, 2)
        XCTAssertEqual(summary.rejected, 1)
        XCTAssertEqual(summary.learners, 2)
        XCTAssertEqual(summary.completeness(of: .qualityAssurance).present, 2)
        XCTAssertEqual(summary.completeness(of: .qualityAssurance).of, 3)
        XCTAssertEqual(summary.academicYears.entries["2024–25"], .init(credentials: 2, learners: 1, compliant: 2))
        XCTAssertEqual(summary.academicYears.entries["2025–26"], .init(credentials: 1, learners: 1, compliant: 0))
        XCTAssertEqual(summary.titles.entries["T"]?.learners, 1)
        XCTAssertEqual(summary.awardingBodies.entries["B"], .init(records: 3, compliant: 2))
        XCTAssertEqual(summary.problems.entries["missing-mandatory-element quality-assurance"], 1)
        XCTAssertEqual(summary.rejectedRecords.map(\.number), [3])
        XCTAssertEqual(summary.rejectedRecords.first?.missing, [.qualityAssurance])
    }

    func testRecordsWithoutGroupingValuesAreNotStated() {
        var summary = ComplianceSummary()
        var undated = record(1, learner: nil, title: nil, body: nil)
        undated.issueDate = nil
        summary.add(undated)
        XCTAssertEqual(summary.awardingBodies.entries[ComplianceSummary.unknown]?.records, 1)
        XCTAssertEqual(summary.academicYears.entries[ComplianceSummary.unknown]?.credentials, 1)
        XCTAssertEqual(summary.learners, 0)
    }

    func testRejectedTableKeepsTheFirstRecordsByFileAndLineWhateverTheArrivalOrder() {
        var summary = ComplianceSummary()
        let total = ComplianceSummary.rejectedRecordLimit * 3 + 7
        for number in (1...total).reversed() {
            summary.add(record(number, file: number % 2 == 0 ? "b.csv" : "a.csv", passed: false, missing: [.title]))
        }
        let listed = summary.rejectedRecords
        XCTAssertEqual(listed.count, ComplianceSummary.rejectedRecordLimit)
        XCTAssertEqual(summary.rejectedNotListed, total - ComplianceSummary.rejectedRecordLimit)
        // Every a.csv record (odd numbers, about half of them) comes before any b.csv record.
        let odd = (1...total).filter { $0 % 2 == 1 }
        XCTAssertEqual(listed.map(\.number), Array(odd.prefix(ComplianceSummary.rejectedRecordLimit)))
    }

    func testCappedTallyFoldsKeysBeyondItsLimitIntoOthers() {
        var tally = CappedTally(limit: 2, empty: 0)
        for key in ["a", "b", "c", "a", "d", "c"] { tally.add(key) { $0 += 1 } }
        XCTAssertEqual(tally.entries, ["a": 2, "b": 1])
        XCTAssertEqual(tally.others, 3)
        XCTAssertEqual(tally.otherKeys, 2)
        XCTAssertEqual(tally.sorted(by: { $0 }).map(\.key), ["a", "b"])
    }

    func testRatiosRoundHalfUpInIntegers() {
        XCTAssertEqual(ReportNumbers.ratio(2, of: 3), "0.6667")
        XCTAssertEqual(ReportNumbers.ratio(1, of: 1), "1.0000")
        XCTAssertEqual(ReportNumbers.ratio(0, of: 0), "0.0000")
        XCTAssertEqual(ReportNumbers.percent(2, of: 3), "66.7%")
        XCTAssertEqual(ReportNumbers.percent(1, of: 8), "12.5%")
        XCTAssertEqual(ReportNumbers.percent(9496, of: 10000), "95.0%")
        XCTAssertEqual(ReportNumbers.percent(3, of: 3), "100.0%")
    }
}
