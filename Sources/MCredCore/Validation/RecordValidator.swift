/// Checks a mapped record against Annex I and the active profile.
///
/// Rules: `missing-mandatory-element` (a mandatory element without a value), `out-of-range`
/// (ECTS ≤ 0, EQF outside 1–8, an issue date after the reference date), then the profile's rules.
/// A record with an error is not written; warnings stop it only in strict mode.
public protocol RecordValidating: Sendable {
    func validate(_ record: MappedRecord, diagnostics: inout [Diagnostic]) -> ValidatedRecord?
}

public struct RecordValidator: RecordValidating {
    public var profile: Profile
    /// Today, for "issue date in the future"; fixed by tests for reproducible results.
    public var referenceDate: ISODate
    public var strict: Bool

    public init(profile: Profile, referenceDate: ISODate, strict: Bool = false) {
        self.profile = profile
        self.referenceDate = referenceDate
        self.strict = strict
    }

    public func validate(_ record: MappedRecord, diagnostics: inout [Diagnostic]) -> ValidatedRecord? {
        var problems: [Diagnostic] = []
        checkMandatory(record, earlier: diagnostics, into: &problems)
        checkRanges(record, into: &problems)
        checkProfile(record, into: &problems)
        diagnostics += problems
        let blocking = problems.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        let earlier = diagnostics.contains { $0.record == record.number && $0.severity == .error }
        let earlierWarning = strict && diagnostics.contains { $0.record == record.number && $0.severity == .warning }
        return blocking || earlier || earlierWarning ? nil : ValidatedRecord(record)
    }

    /// `earlier` holds the record's reading and mapping diagnostics: an element whose value was
    /// already reported as an error is not reported again, but one that was only warned about (a
    /// period such as `2012 Høst` where a date belongs) is still missing, quoting that value.
    private func checkMandatory(_ record: MappedRecord, earlier: [Diagnostic], into problems: inout [Diagnostic]) {
        for element in ElementID.allCases where element.isMandatory {
            if element == .level && !record.levelApplicable { continue }
            if isPresent(element, in: record) { continue }
            let reported = earlier.filter { $0.record == record.number && $0.element == element.rawValue }
            if element.parts.contains(where: { record.invalidParts.contains($0) }) {
                if reported.contains(where: { $0.severity == .error }) { continue }
                if let warned = reported.first {
                    problems.append(.error(
                        "missing-mandatory-element",
                        "\(record.label): \(element.rawValue) has no usable value: '\(warned.value ?? "")' (\(warned.ruleID))",
                        at: warned.location ?? record.location(of: element.defaultPart), record: record.number,
                        element: element.rawValue, value: warned.value ?? ""))
                    continue
                }
            }
            let part = element.defaultPart
            let location = record.location(of: part)
            let reason = location.column != nil || location.field != nil ? "is empty" : "has no value and no source in the mapping"
            var message = "\(record.label): \(element.rawValue) \(reason)"
            if element == .level {
                message += " (set \"levelApplicable\": false in the mapping if no EQF level applies to this export)"
            }
            problems.append(.error(
                "missing-mandatory-element", message, at: location, record: record.number,
                element: element.rawValue, value: ""))
        }
    }

    /// Annex I presence: the learner is identified by an id or a name, workload by ECTS or hours,
    /// quality assurance by its type; other elements by their main part.
    private func isPresent(_ element: ElementID, in record: MappedRecord) -> Bool {
        switch element {
        case .learner:
            return record[.learnerID] != nil || record[.learnerFullName] != nil || record[.learnerGivenName] != nil
                || record[.learnerFamilyName] != nil
        case .workload:
            return record[.workloadECTS] != nil || record[.workloadHours] != nil
        case .qualityAssurance:
            return record[.qualityAssuranceType] != nil || record[.qualityAssuranceTitle] != nil
        case .awardingBody:
            return record[.awardingBodyName] != nil
        default:
            return record[element.defaultPart] != nil
        }
    }

    private func checkRanges(_ record: MappedRecord, into problems: inout [Diagnostic]) {
        if let ects = record.decimal(.workloadECTS), let value = Double(ects), value <= 0 {
            problems.append(.error(
                "out-of-range", "\(record.label): workload \(ects) ECTS is not positive",
                at: record.location(of: .workloadECTS), record: record.number, element: "workload", value: ects))
        }
        if let level = record.eqfLevel, !(1...8).contains(level) {
            problems.append(.error(
                "out-of-range", "\(record.label): EQF level \(level) is outside 1–8",
                at: record.location(of: .levelEQF), record: record.number, element: "level", value: String(level)))
        }
        if let date = record.date(.issueDate), date > referenceDate {
            problems.append(.error(
                "out-of-range", "\(record.label): issue date \(date) is in the future (today is \(referenceDate))",
                at: record.location(of: .issueDate), record: record.number, element: "issue-date",
                value: date.description))
        }
        if let birth = record.date(.learnerDateOfBirth), birth > referenceDate {
            problems.append(.error(
                "out-of-range", "\(record.label): date of birth \(birth) is in the future",
                at: record.location(of: .learnerDateOfBirth), record: record.number, element: "learner",
                value: birth.description))
        }
    }

    private func checkProfile(_ record: MappedRecord, into problems: inout [Diagnostic]) {
        for rule in profile.rules {
            var location: SourceLocation { record.location(of: rule.part) }
            if rule.check == .required {
                if record[rule.part] == nil, !record.invalidParts.contains(rule.part) {
                    problems.append(Diagnostic(
                        rule.severity, rule.code,
                        "\(record.label): \(rule.part.qualifiedName) is required by profile \(profile.id): \(rule.message)",
                        at: location, record: record.number, element: rule.part.element.rawValue, value: ""))
                }
                continue
            }
            guard let (number, raw) = numericValue(rule.part, in: record), let relation = rule.failure(for: number) else { continue }
            problems.append(Diagnostic(
                rule.severity, rule.code,
                "\(record.label): \(rule.part.qualifiedName) \(raw) \(relation) \(rule.formattedLimit) under profile \(profile.id) (\(rule.message))",
                at: location, record: record.number, element: rule.part.element.rawValue, value: raw))
        }
    }

    private func numericValue(_ part: PartID, in record: MappedRecord) -> (Double, String)? {
        switch record[part] {
        case .decimal(let text)?: Double(text).map { ($0, text) }
        case .level(let level)?: (Double(level), String(level))
        default: nil
        }
    }
}
