/// The verdict on one credential, as ``CredentialValidator`` hands it out (one value per credential,
/// in input order, as soon as it is checked), for `mcred validate`'s output formats and for
/// aggregators such as `mcred report`.
///
/// - `file`, `line`: where the credential starts (the line of an NDJSON record, the line of the
///   root object, or for a sealed credential the line of its `payload` key).
/// - `record`: 1-based position of the credential in its file (NDJSON line order, array order).
/// - `credentialID`: the document's `id`, when it has one.
/// - `diagnostics`: every finding, sorted by line, column and rule; each carries file, line, column,
///   the JSON path (`location.field`), the rule id and the raw value.
/// - `presentElements`: the Annex I elements the credential carries (mandatory and optional).
/// - `facts`: what the credential says, for tallies (title, awarding body, learner, date, ECTS, EQF).
/// - `outcome`: passed, failed (an error, or a warning under `--strict`) or unreadable (not JSON:
///   then `diagnostics` holds the parse error and nothing else is known).
public struct CredentialCheckResult: Sendable {
    public enum Outcome: String, Sendable {
        case passed, failed, unreadable
    }

    /// How the credential was wrapped in its file.
    public enum Form: String, Sendable {
        /// A plain ELM v3 / EDC credential.
        case plain
        /// A JAdES-sealed credential: `{"payload": "<credential as JSON>", "signatures": [...]}`.
        case sealed
        /// The EDC upload wrapper: `{"credential": {...}}`.
        case uploadWrapper = "upload-wrapper"
    }

    public var file: String
    public var line: Int
    public var record: Int
    public var credentialID: String?
    public var form: Form
    public var diagnostics: [Diagnostic]
    public var presentElements: Set<ElementID>
    public var facts: CredentialFacts
    public var outcome: Outcome

    public init(
        file: String, line: Int, record: Int, credentialID: String? = nil, form: Form = .plain,
        diagnostics: [Diagnostic] = [], presentElements: Set<ElementID> = [], facts: CredentialFacts = CredentialFacts(),
        outcome: Outcome
    ) {
        self.file = file
        self.line = line
        self.record = record
        self.credentialID = credentialID
        self.form = form
        self.diagnostics = diagnostics
        self.presentElements = presentElements
        self.facts = facts
        self.outcome = outcome
    }

    /// The mandatory Annex I elements the credential lacks, in Annex order.
    public var missingMandatoryElements: [ElementID] {
        ElementID.allCases.filter { $0.isMandatory && !presentElements.contains($0) }
    }

    /// `file:line`, or the credential id when the file holds several credentials.
    public var displayName: String {
        if let credentialID { return "\(credentialID) (\(file):\(line))" }
        return "\(file):\(line)"
    }
}

/// The facts a credential states, read from the same places the Annex I check looks at
/// (`Schemas/elements.json`); nil when the credential does not say.
public struct CredentialFacts: Sendable, Hashable {
    /// The micro-credential's title (English when there is an English one, else the first).
    public var title: String?
    /// The awarding body's legal name.
    public var awardingBody: String?
    /// The learner's identifier (student number or national id).
    public var learnerID: String?
    /// The date of issuing as written (`2025-06-30T00:00:00Z`).
    public var issueDateText: String?
    /// Its calendar date (the first ten characters), when they form one.
    public var issueDate: ISODate?
    /// The ECTS credits (`creditPoint.point` with the ECTS framework), when a number.
    public var ectsWorkload: Double?
    /// The EQF level 1–8 of the qualification.
    public var eqfLevel: Int?

    public init(
        title: String? = nil, awardingBody: String? = nil, learnerID: String? = nil, issueDateText: String? = nil,
        issueDate: ISODate? = nil, ectsWorkload: Double? = nil, eqfLevel: Int? = nil
    ) {
        self.title = title
        self.awardingBody = awardingBody
        self.learnerID = learnerID
        self.issueDateText = issueDateText
        self.issueDate = issueDate
        self.ectsWorkload = ectsWorkload
        self.eqfLevel = eqfLevel
    }
}
