/// One part of an Annex I element: the unit a mapping feeds (a column, a path or a constant).
///
/// Ids are `element.part` (`learner.given-name`), or just the element id for single-part elements.
/// The integer raw value indexes per-record storage, so a record holds its values in a flat array.
public enum PartID: Int, CaseIterable, Sendable, Hashable {
    case learnerID, learnerIDScheme, learnerGivenName, learnerFamilyName, learnerFullName, learnerEmail, learnerDateOfBirth
    case title
    case issuerCountry
    case awardingBodyName, awardingBodyID, awardingBodyLegalID, awardingBodyHomepage
    case issueDate
    case learningOutcomes
    case workloadECTS, workloadHours
    case levelEQF
    case assessmentType
    case participationForm
    case qualityAssuranceTitle, qualityAssuranceType, qualityAssuranceAgent, qualityAssuranceAgentCountry
    case prerequisites
    case supervision
    case grade, gradeScheme
    case stackability, stackabilityPartOf
    case furtherInformation, furtherInformationURL

    /// The element this part belongs to.
    public var element: ElementID {
        switch self {
        case .learnerID, .learnerIDScheme, .learnerGivenName, .learnerFamilyName, .learnerFullName, .learnerEmail,
            .learnerDateOfBirth:
            .learner
        case .title: .title
        case .issuerCountry: .issuerCountry
        case .awardingBodyName, .awardingBodyID, .awardingBodyLegalID, .awardingBodyHomepage: .awardingBody
        case .issueDate: .issueDate
        case .learningOutcomes: .learningOutcomes
        case .workloadECTS, .workloadHours: .workload
        case .levelEQF: .level
        case .assessmentType: .assessmentType
        case .participationForm: .participationForm
        case .qualityAssuranceTitle, .qualityAssuranceType, .qualityAssuranceAgent, .qualityAssuranceAgentCountry:
            .qualityAssurance
        case .prerequisites: .prerequisites
        case .supervision: .supervision
        case .grade, .gradeScheme: .grade
        case .stackability, .stackabilityPartOf: .stackability
        case .furtherInformation, .furtherInformationURL: .furtherInformation
        }
    }

    /// The part's own name within its element (`given-name`), `value` for single-part elements.
    public var partName: String {
        switch self {
        case .learnerID: "id"
        case .learnerIDScheme: "id-scheme"
        case .learnerGivenName: "given-name"
        case .learnerFamilyName: "family-name"
        case .learnerFullName: "full-name"
        case .learnerEmail: "email"
        case .learnerDateOfBirth: "date-of-birth"
        case .awardingBodyName: "name"
        case .awardingBodyID: "id"
        case .awardingBodyLegalID: "legal-id"
        case .awardingBodyHomepage: "homepage"
        case .workloadECTS: "ects"
        case .workloadHours: "hours"
        case .levelEQF: "eqf"
        case .qualityAssuranceTitle: "title"
        case .qualityAssuranceType: "type"
        case .qualityAssuranceAgent: "agent"
        case .qualityAssuranceAgentCountry: "agent-country"
        case .grade, .stackability, .furtherInformation: "value"
        case .gradeScheme: "scheme"
        case .stackabilityPartOf: "part-of"
        case .furtherInformationURL: "url"
        case .title, .issuerCountry, .issueDate, .learningOutcomes, .assessmentType, .participationForm,
            .prerequisites, .supervision:
            "value"
        }
    }

    /// `element.part`, or the bare element id for an element's `value` part.
    public var qualifiedName: String {
        partName == "value" ? element.rawValue : "\(element.rawValue).\(partName)"
    }

    /// How a raw value of this part is normalised.
    public var kind: PartKind {
        switch self {
        case .learnerID, .learnerIDScheme, .awardingBodyID, .awardingBodyLegalID, .gradeScheme: .text
        case .learnerGivenName, .learnerFamilyName, .learnerFullName: .text
        case .learnerEmail: .email
        case .learnerDateOfBirth, .issueDate: .date
        case .title, .awardingBodyName, .qualityAssuranceTitle, .qualityAssuranceAgent, .prerequisites, .grade,
            .stackability, .stackabilityPartOf, .furtherInformation:
            .languageText
        case .learningOutcomes: .outcomeList
        case .awardingBodyHomepage, .furtherInformationURL: .url
        case .issuerCountry, .qualityAssuranceAgentCountry: .concept(.country)
        case .workloadECTS: .credits
        case .workloadHours: .hours
        case .levelEQF: .eqfLevel
        case .assessmentType: .concept(.assessmentType)
        case .participationForm: .concept(.participationForm)
        case .qualityAssuranceType: .concept(.qualityAssurance)
        case .supervision: .concept(.supervision)
        }
    }

    /// Looks up `learner.given-name`, `title`, `title.value` or a bare element id (its default part).
    public init?(qualifiedName name: String) {
        let trimmed = name.trimmingSpaces
        if let element = ElementID(rawValue: trimmed) {
            self = element.defaultPart
            return
        }
        guard let dot = trimmed.firstIndex(of: ".") else { return nil }
        let elementName = String(trimmed[..<dot])
        let partName = String(trimmed[trimmed.index(after: dot)...])
        guard let element = ElementID(rawValue: elementName),
            let part = element.parts.first(where: { $0.partName == partName })
        else { return nil }
        self = part
    }
}

/// The normalisation a part's raw value goes through.
public enum PartKind: Sendable, Hashable {
    /// Trimmed text, NFC.
    case text
    /// Text with a language tag (from the source or the export's default language).
    case languageText
    /// Text split into separate learning outcomes at line breaks and bullet marks.
    case outcomeList
    /// A calendar date, written as `YYYY-MM-DDT00:00:00Z`, never shifted through a time zone.
    case date
    /// A positive decimal number of credits (decimal comma accepted).
    case credits
    /// A positive number of hours, written as an xsd:duration.
    case hours
    /// An EQF level 1–8 (`6`, `VI`, `EQF 6`, `Level 6`).
    case eqfLevel
    /// An e-mail address, written as a `mailto:` IRI.
    case email
    /// An absolute http(s) URL.
    case url
    /// A concept of an EU controlled vocabulary.
    case concept(VocabularyID)
}
