/// One record's standing against Annex I, as `mcred report` counts it: where it is, whether it
/// passed, which elements it has and lacks, which rules it broke, and the few values the report
/// groups by (awarding body, title, learner, academic year, ECTS, EQF level).
///
/// Built from a mapped export record (``init(mapped:passed:diagnostics:language:)``) or from a
/// checked credential file; the aggregation (``ComplianceSummary``) does not care which.
public struct ComplianceRecord: Sendable, Equatable {
    public enum Status: String, Sendable {
        case compliant, rejected
    }

    public var file: String
    public var line: Int
    /// 1-based record number within its file.
    public var number: Int
    public var status: Status
    /// Elements with a value.
    public var present: Set<ElementID>
    /// Mandatory elements without a value, in Annex I order.
    public var missingMandatory: [ElementID]
    /// Whether an EQF level applies at all (a mapping may declare that none does).
    public var levelApplicable: Bool
    /// Rule ids of the record's diagnostics, sorted, each once.
    public var ruleIDs: [String]
    /// The record's problems as (rule id, element) pairs, sorted, each once: what "top problems" counts.
    public var problems: [Problem]
    public var awardingBody: String?
    public var title: String?
    /// The learner's id, else their name: what "learners" counts.
    public var learner: String?
    public var issueDate: ISODate?
    /// ECTS credits as a normalised decimal (`4.5`).
    public var ects: String?
    public var eqfLevel: Int?

    public struct Problem: Sendable, Hashable, Comparable {
        public var rule: String
        public var element: String?
        public init(rule: String, element: String?) {
            self.rule = rule
            self.element = element
        }
        /// `missing-mandatory-element quality-assurance`, or the bare rule id.
        public var label: String { element.map { "\(rule) \($0)" } ?? rule }
        public static func < (lhs: Problem, rhs: Problem) -> Bool { lhs.label < rhs.label }
    }

    public init(
        file: String, line: Int, number: Int, status: Status, present: Set<ElementID>,
        missingMandatory: [ElementID], levelApplicable: Bool = true, diagnostics: [Diagnostic],
        awardingBody: String? = nil, title: String? = nil, learner: String? = nil, issueDate: ISODate? = nil,
        ects: String? = nil, eqfLevel: Int? = nil
    ) {
        self.file = file
        self.line = line
        self.number = number
        self.status = status
        self.present = present
        self.missingMandatory = missingMandatory.sorted()
        self.levelApplicable = levelApplicable
        self.ruleIDs = Set(diagnostics.map(\.ruleID)).sorted()
        // Only problems serious enough to count: errors and warnings, not notes.
        self.problems = Set(diagnostics.filter { $0.severity != .note }.map { Problem(rule: $0.ruleID, element: $0.element) }).sorted()
        self.awardingBody = awardingBody
        self.title = title
        self.learner = learner
        self.issueDate = issueDate
        self.ects = ects
        self.eqfLevel = eqfLevel
    }

    /// From an export record after validation. Missing elements are the ones the validator called
    /// missing (an unreadable value is `invalid-value`, not missing); `language` picks which title
    /// and awarding-body name to show when there are several.
    public init(mapped record: MappedRecord, passed: Bool, diagnostics: [Diagnostic], language: String) {
        let own = diagnostics.filter { $0.record == nil || $0.record == record.number }
        let missing = Set(own.filter { $0.ruleID == "missing-mandatory-element" }.compactMap { $0.element.flatMap(ElementID.init(rawValue:)) })
        let present = Set(ElementID.allCases.filter { record.has($0) && !missing.contains($0) })
        let learner = record.text(.learnerID) ?? record.text(.learnerFullName)
            ?? [record.text(.learnerGivenName), record.text(.learnerFamilyName)].compactMap { $0 }.joined(separator: " ").nonEmpty
        self.init(
            file: record.file, line: record.line, number: record.number, status: passed ? .compliant : .rejected,
            present: present, missingMandatory: Array(missing), levelApplicable: record.levelApplicable, diagnostics: own,
            awardingBody: Self.pick(record.texts(.awardingBodyName), language) ?? record.text(.awardingBodyName),
            title: Self.pick(record.texts(.title), language) ?? record.text(.title),
            learner: learner, issueDate: record.date(.issueDate), ects: record.decimal(.workloadECTS),
            eqfLevel: record.eqfLevel)
    }

    /// The academic year of the issue date, September to August: 2024-09-01 … 2025-08-31 is `2024–25`.
    public var academicYear: String? {
        issueDate.map { Self.academicYear(of: $0) }
    }

    public static func academicYear(of date: ISODate) -> String {
        let start = date.month >= 9 ? date.year : date.year - 1
        let end = (start + 1) % 100
        return "\(start)–\(end < 10 ? "0" : "")\(end)"
    }

    static func pick(_ texts: [LanguageText], _ language: String) -> String? {
        (texts.first { $0.language == language } ?? texts.first)?.text
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
