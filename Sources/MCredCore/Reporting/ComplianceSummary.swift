/// Every figure of a compliance report, aggregated once from a stream of ``ComplianceRecord``s and
/// rendered by the HTML, Markdown and JSON renderers alike, so the formats cannot disagree.
///
/// Memory is bounded: counts per element, per awarding body, title, year, ECTS value and problem
/// (each at most ``keyLimit`` distinct keys, the rest summed as "others"), the first
/// ``rejectedRecordLimit`` rejected records by file and line, and one 8-byte hash per distinct
/// learner and year or title, to count learners (at most ``learnerHashLimit``, after which
/// learner counts are lower bounds).
public struct ComplianceSummary: Sendable {
    public static let rejectedRecordLimit = 500
    public static let keyLimit = 1000
    public static let learnerHashLimit = 4_000_000

    /// How many records and how many of them passed.
    public struct Outcome: Sendable, Equatable {
        public var records = 0
        public var compliant = 0
        public var rejected: Int { records - compliant }
        public init(records: Int = 0, compliant: Int = 0) {
            self.records = records
            self.compliant = compliant
        }
    }

    /// Credentials (records), distinct learners, and how many records passed.
    public struct Growth: Sendable, Equatable {
        public var credentials = 0
        public var learners = 0
        public var compliant = 0
        public init(credentials: Int = 0, learners: Int = 0, compliant: Int = 0) {
            self.credentials = credentials
            self.learners = learners
            self.compliant = compliant
        }
    }

    /// A rejected record as the table lists it.
    public struct RejectedRecord: Sendable, Equatable {
        public var file: String
        public var line: Int
        public var number: Int
        public var learner: String?
        public var title: String?
        public var missing: [ElementID]
        public var problems: [String]
    }

    /// Records counted (read and mapped), including ``unreadable`` ones.
    public var records: Int { counted + unreadable }
    public private(set) var compliant = 0
    public var rejected: Int { records - compliant }
    /// Records dropped while reading (an oversized field): rejected, without details.
    public var unreadable = 0
    /// XML records without a result, skipped like `convert` skips them.
    public var skipped = 0
    /// Why the run stopped before the end of its input (an invalid byte, malformed XML): the
    /// figures cover the records read before it.
    public var stoppedBy: String?
    /// Records with details (every record but the unreadable ones).
    public private(set) var counted = 0
    /// Per element (Annex I order): records in which it has a value.
    public private(set) var present: [ElementID: Int] = [:]
    /// Records for which the mapping declares that no EQF level applies.
    public private(set) var levelNotApplicable = 0
    public private(set) var awardingBodies = CappedTally(limit: keyLimit, empty: Outcome())
    public private(set) var files = CappedTally(limit: keyLimit, empty: Outcome())
    public private(set) var titles = CappedTally(limit: keyLimit, empty: Growth())
    public private(set) var academicYears = CappedTally(limit: keyLimit, empty: Growth())
    /// Records per ECTS value (`4.5`); records without ECTS are not counted here.
    public private(set) var ects = CappedTally(limit: keyLimit, empty: 0)
    /// Records per EQF level; index 0 counts records without one, 9 levels outside 1–8.
    public private(set) var eqfLevels = [Int](repeating: 0, count: 10)
    /// Records per problem (`missing-mandatory-element quality-assurance`).
    public private(set) var problems = CappedTally(limit: keyLimit, empty: 0)
    /// Distinct learners over all records.
    public private(set) var learners = 0
    /// The first ``rejectedRecordLimit`` rejected records by file, line and record number.
    public var rejectedRecords: [RejectedRecord] {
        rejectedList.sorted(by: Self.tableOrder).prefix(Self.rejectedRecordLimit).map { $0 }
    }
    /// Whether learner counts stopped growing at ``learnerHashLimit``.
    public private(set) var learnerCountsAreLowerBounds = false

    private var rejectedList: [RejectedRecord] = []
    private var learnerHashes: Set<UInt64> = []

    public init() {}

    /// Adds one record's figures.
    public mutating func add(_ record: ComplianceRecord) {
        counted += 1
        let passed = record.status == .compliant
        if passed { compliant += 1 }
        for element in record.present { present[element, default: 0] += 1 }
        if !record.levelApplicable { levelNotApplicable += 1 }
        let compliantCount = passed ? 1 : 0
        awardingBodies.add(record.awardingBody ?? Self.unknown) { $0.records += 1; $0.compliant += compliantCount }
        files.add(record.file) { $0.records += 1; $0.compliant += compliantCount }
        if let value = record.ects { ects.add(value) { $0 += 1 } }
        if let level = record.eqfLevel { eqfLevels[(1...8).contains(level) ? level : 9] += 1 } else { eqfLevels[0] += 1 }
        for problem in record.problems { problems.add(problem.label) { $0 += 1 } }

        let learnerIsNew = record.learner.map { newLearner("all", "", $0) } ?? false
        if learnerIsNew { learners += 1 }
        let title = titles.add(record.title ?? Self.unknown) { $0.credentials += 1; $0.compliant += compliantCount }
        if let learner = record.learner, newLearner("title", title ?? Self.others, learner) {
            titles.update(booked: title) { $0.learners += 1 }
        }
        let year = academicYears.add(record.academicYear ?? Self.unknown) { $0.credentials += 1; $0.compliant += compliantCount }
        if let learner = record.learner, newLearner("year", year ?? Self.others, learner) {
            academicYears.update(booked: year) { $0.learners += 1 }
        }

        if !passed {
            rejectedList.append(RejectedRecord(
                file: record.file, line: record.line, number: record.number, learner: record.learner, title: record.title,
                missing: record.missingMandatory, problems: record.problems.map(\.label)))
            // Keep the first records by file and line, never more than twice the limit.
            if rejectedList.count >= 2 * Self.rejectedRecordLimit {
                rejectedList = Array(rejectedList.sorted(by: Self.tableOrder).prefix(Self.rejectedRecordLimit))
            }
        }
    }

    /// Rejected records: the ones counted plus the unreadable ones.
    public var rejectedNotListed: Int { rejected - rejectedRecords.count }

    /// Records in which `element` has a value, and the number of records it applies to.
    public func completeness(of element: ElementID) -> (present: Int, of: Int) {
        let applicable = element == .level ? counted - levelNotApplicable : counted
        return (present[element] ?? 0, applicable)
    }

    /// Label for records without a value for a grouping (no awarding body, no issue date).
    public static let unknown = "(not stated)"
    /// Label for the keys beyond a cap.
    public static let others = "(others)"

    static func tableOrder(_ a: RejectedRecord, _ b: RejectedRecord) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        return a.number < b.number
    }

    /// Whether the learner is new for this grouping; 64-bit FNV-1a of tag, key and learner.
    private mutating func newLearner(_ tag: String, _ key: String, _ learner: String) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [tag, key, learner] {
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0x1F) &* 0x100_0000_01b3
        }
        if learnerHashes.count >= Self.learnerHashLimit {
            learnerCountsAreLowerBounds = true
            return false
        }
        return learnerHashes.insert(hash).inserted
    }
}
