/// The sixteen elements of a micro-credential fixed by the EU Council Recommendation of 16 June 2022,
/// Annex I. Raw values are the stable ids used in mappings, `--set`, diagnostics and reports.
///
/// `Schemas/elements.json` is the source of truth for these ids, their parts and descriptions;
/// `ElementSetTests` fails when this enum drifts from it.
public enum ElementID: String, CaseIterable, Sendable, Hashable, Comparable {
    case learner
    case title
    case issuerCountry = "issuer-country"
    case awardingBody = "awarding-body"
    case issueDate = "issue-date"
    case learningOutcomes = "learning-outcomes"
    case workload
    case level
    case assessmentType = "assessment-type"
    case participationForm = "participation-form"
    case qualityAssurance = "quality-assurance"
    case prerequisites
    case supervision
    case grade
    case stackability
    case furtherInformation = "further-information"

    /// Whether Annex I makes the element mandatory (`level` only "where applicable").
    public var isMandatory: Bool {
        switch self {
        case .prerequisites, .supervision, .grade, .stackability, .furtherInformation: false
        default: true
        }
    }

    /// The part that `--set ELEMENT=VALUE` fills when no part is named.
    public var defaultPart: PartID {
        switch self {
        case .learner: .learnerID
        case .title: .title
        case .issuerCountry: .issuerCountry
        case .awardingBody: .awardingBodyName
        case .issueDate: .issueDate
        case .learningOutcomes: .learningOutcomes
        case .workload: .workloadECTS
        case .level: .levelEQF
        case .assessmentType: .assessmentType
        case .participationForm: .participationForm
        case .qualityAssurance: .qualityAssuranceTitle
        case .prerequisites: .prerequisites
        case .supervision: .supervision
        case .grade: .grade
        case .stackability: .stackability
        case .furtherInformation: .furtherInformation
        }
    }

    /// The parts of this element, in schema order.
    public var parts: [PartID] { PartID.allCases.filter { $0.element == self } }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: ElementID, rhs: ElementID) -> Bool { lhs.order < rhs.order }
}
