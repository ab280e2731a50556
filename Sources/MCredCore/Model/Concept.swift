/// A concept of a controlled vocabulary, as ELM wants it written in full:
/// `{"id", "type": "Concept", "inScheme": {"id", "type": "ConceptScheme"}, "prefLabel": {"en": …}}`.
public struct Concept: Sendable, Hashable {
    public var id: String
    public var scheme: String
    public var label: String

    public init(id: String, scheme: String, label: String) {
        self.id = id
        self.scheme = scheme
        self.label = label
    }
}

/// The controlled vocabularies mcred normalises values against; each is `Schemas/vocabularies/<id>.json`.
public enum VocabularyID: String, CaseIterable, Sendable, Hashable {
    case country
    case language
    case assessmentType = "assessment-type"
    case participationForm = "participation-form"
    case learningSetting = "learning-setting"
    case supervision
    case qualityAssurance = "quality-assurance"
    case educationCredit = "education-credit"
    case eqf
    case credentialProfile = "credential-profile"
    case fileType = "file-type"
    case encoding
}
