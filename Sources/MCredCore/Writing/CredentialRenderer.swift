/// Renders a validated record as one ELM v3 / EDC JSON-LD credential, the shape of
/// `../shared/docs/target-example.jsonld`: VC 1.1 envelope with the edc-ap context, every key a term
/// of those contexts, concepts written in full, fixed key order, stable ids.
///
/// Placement choices (see docs/elm-mapping.md): the specification is a `Qualification` so that it may
/// carry `eqfLevel`; assessment type sits on a `LearningAssessmentSpecification` under the
/// qualification's `provenBy`, and when a grade is known also under the achievement's `provenBy`
/// (a `LearningAssessment` must have a grade); institutional quality assurance sits on the awarding
/// body, programme quality assurance on the qualification; stackability and further information are
/// notes with a subject concept.
public struct CredentialRenderer: Sendable {
    private let catalog: SchemaCatalog
    private let defaultLanguage: String
    /// `catalog.languageConcept(forTag:)` scans a vocabulary: each tag is looked up once per run.
    private var languageConcepts: MemoCache<Concept?>
    /// Display languages by the title languages they come from (nearly always one or two sets per run).
    private var displayLanguageSets: MemoCache<DisplayLanguages>

    public init(catalog: SchemaCatalog, defaultLanguage: String = "en") {
        self.catalog = catalog
        self.defaultLanguage = defaultLanguage
        self.languageConcepts = MemoCache<Concept?>(capacity: 256)
        self.displayLanguageSets = MemoCache<DisplayLanguages>(capacity: 256)
    }

    /// The same renderer with caches of its own, for a worker thread (`--jobs`).
    func forWorker() -> CredentialRenderer {
        var copy = self
        copy.languageConcepts = MemoCache<Concept?>(capacity: 256)
        copy.displayLanguageSets = MemoCache<DisplayLanguages>(capacity: 256)
        return copy
    }

    private func languageConcept(forTag tag: String) -> Concept? {
        languageConcepts.value(for: tag) { catalog.languageConcept(forTag: tag) }
    }

    static let contexts = ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"]
    static let genericProfile = "http://data.europa.eu/snb/credential/e34929035b"
    static let noteSubjectScheme = NodeIdentifiers.shared("concept-scheme", "note-subjects")
    static let placeholderImageID = NodeIdentifiers.shared("image", "placeholder")
    static let stackabilitySubject = noteSubject("Integration/stackability options")
    static let furtherInformationSubject = noteSubject("Further information")
    private static func noteSubject(_ label: String) -> Concept {
        Concept(id: NodeIdentifiers.shared("note-subject", label), scheme: noteSubjectScheme, label: label)
    }
    /// A 1×1 PNG: EDC requires a display image; the issuing service replaces it when it renders the credential.
    static let placeholderImage = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mOQSzkBAAHuAUsUyoJ+AAAAAElFTkSuQmCC"
    static let programmeQualityAssurance: Set<String> = [
        "http://data.europa.eu/snb/accreditation/820101cba6", "http://data.europa.eu/snb/accreditation/e57dddfcf3",
    ]

    private static let outcomeRoles = (1...16).map { "outcome-\($0)" }
    private static func outcomeRole(_ index: Int) -> String {
        index < outcomeRoles.count ? outcomeRoles[index] : "outcome-\(index + 1)"
    }

    /// The credential id (`urn:uuid:…`) of a record.
    public func credentialID(_ record: ValidatedRecord) -> String { record.credentialID }

    /// Writes the document into `writer`.
    public func render(_ validated: ValidatedRecord, into w: inout JSONByteWriter) {
        let r = validated.record
        let credentialID = validated.credentialID
        let issueDate = r.date(.issueDate)?.dateTime ?? ""
        let body = AwardingBodyKey(r)

        w.beginObject()
        w.literalKey("@context")
        cached("@context", \.named, &w) { w in
            w.beginArray()
            for context in Self.contexts { w.string(context) }
            w.endArray()
        }
        w.field("id", credentialID)
        w.literalKey("type")
        cached("credential-type", \.named, &w) { w in
            w.beginArray()
            w.string("VerifiableCredential")
            w.string("EuropeanDigitalCredential")
            w.endArray()
        }
        w.literalKey("credentialProfiles")
        cached("credential-profiles", \.named, &w) { w in
            w.beginArray()
            conceptValue(catalog.vocabulary(.credentialProfile).concept(id: Self.genericProfile), &w)
            w.endArray()
        }
        w.literalKey("credentialSchema")
        cached("credential-schema", \.named, &w) { w in
            w.beginArray()
            w.beginObject()
            w.field("id", "http://data.europa.eu/snb/model/ap/edc-generic-full")
            w.field("type", "ShaclValidator2017")
            w.endObject()
            w.endArray()
        }
        w.literalKey("issuer")
        awardingBody(r, body, &w)
        w.field("issued", issueDate)
        w.field("issuanceDate", issueDate)
        w.field("validFrom", issueDate)
        w.literalKey("credentialSubject")
        learner(r, body, credentialID: credentialID, &w)
        w.literalKey("displayParameter")
        displayParameter(r, credentialID: credentialID, &w)
        w.endObject()
    }

    // MARK: - Learner and achievement

    private func learner(_ r: MappedRecord, _ body: AwardingBodyKey, credentialID: String, _ w: inout JSONByteWriter) {
        let awardingKey = NodeIdentifiers.awardingBodyKey(r)
        w.beginObject()
        w.field("id", NodeIdentifiers.person(awardingBodyKey: awardingKey, learnerKey: NodeIdentifiers.learnerKey(r)))
        w.field("type", "Person")
        let given = r.text(.learnerGivenName), family = r.text(.learnerFamilyName)
        if let given { languageMap("givenName", [LanguageText(language: defaultLanguage, text: given)], &w) }
        if let family { languageMap("familyName", [LanguageText(language: defaultLanguage, text: family)], &w) }
        let full = r.text(.learnerFullName) ?? ([given, family].compactMap { $0 }.joined(separator: " "))
        if !full.isEmpty { languageMap("fullName", [LanguageText(language: defaultLanguage, text: full)], &w) }
        if let birth = r.date(.learnerDateOfBirth) { w.field("dateOfBirth", birth.dateTime) }
        if let id = r.text(.learnerID) {
            identifiers(.node("learner-identifier", of: credentialID), notation: id,
                        scheme: r.text(.learnerIDScheme), &w)
        }
        if let email = r.iri(.learnerEmail) {
            w.literalKey("contactPoint")
            w.beginArray()
            w.beginObject()
            w.nodeID("contact-point", of: credentialID)
            w.field("type", "ContactPoint")
            w.literalKey("emailAddress")
            w.beginArray()
            w.beginObject()
            w.field("id", email)
            w.field("type", "Mailbox")
            w.endObject()
            w.endArray()
            w.endObject()
            w.endArray()
        }
        w.literalKey("hasClaim")
        w.beginArray()
        achievement(r, body, credentialID: credentialID, &w)
        w.endArray()
        w.endObject()
    }

    private func achievement(_ r: MappedRecord, _ body: AwardingBodyKey, credentialID: String, _ w: inout JSONByteWriter) {
        let titles = r.texts(.title)
        w.beginObject()
        w.nodeID("achievement", of: credentialID)
        w.field("type", "LearningAchievement")
        languageMap("title", titles, &w)
        w.literalKey("awardedBy")
        awardingProcess(r, body, &w)
        var specification: WrittenValue?
        if !r.texts(.grade).isEmpty {
            w.literalKey("provenBy")
            w.beginArray()
            learningAssessment(r, body, credentialID: credentialID, specification: &specification, &w)
            w.endArray()
        }
        w.literalKey("specifiedBy")
        qualification(r, body, credentialID: credentialID, specification: specification, &w)
        w.endObject()
    }

    /// The same for every record of one awarding body and issue date.
    private func awardingProcess(_ r: MappedRecord, _ body: AwardingBodyKey, _ w: inout JSONByteWriter) {
        let key = AwardingProcessFragment(body: body, issueDate: r.date(.issueDate))
        cached(key, \.awardingProcesses, &w) { w in renderAwardingProcess(r, body, &w) }
    }

    private func renderAwardingProcess(_ r: MappedRecord, _ body: AwardingBodyKey, _ w: inout JSONByteWriter) {
        w.beginObject()
        w.field("id", NodeIdentifiers.shared("awarding-process", NodeIdentifiers.awardingBodyKey(r)
            + "\u{1F}" + (r.date(.issueDate)?.description ?? "")))
        w.field("type", "AwardingProcess")
        if let date = r.date(.issueDate) { w.field("awardingDate", date.dateTime) }
        w.literalKey("awardingBody")
        w.beginArray()
        awardingBody(r, body, &w)
        w.endArray()
        w.endObject()
    }

    /// Sets `specification` to where the assessment specification was written, for ``qualification``.
    private func learningAssessment(
        _ r: MappedRecord, _ body: AwardingBodyKey, credentialID: String, specification: inout WrittenValue?,
        _ w: inout JSONByteWriter
    ) {
        w.beginObject()
        w.nodeID("assessment", of: credentialID)
        w.field("type", "LearningAssessment")
        languageMap("title", r.texts(.title), prefix: "Assessment: ", &w)
        w.literalKey("grade")
        note(.node("grade", of: credentialID), r.texts(.grade), subject: nil, &w)
        if let supervision = r.concept(.supervision) {
            w.literalKey("idVerification")
            conceptValue(supervision, &w)
        }
        w.literalKey("specifiedBy")
        specification = w.writtenValue { w in assessmentSpecification(r, credentialID: credentialID, &w) }
        w.literalKey("awardedBy")
        awardingProcess(r, body, &w)
        w.endObject()
    }

    private func assessmentSpecification(_ r: MappedRecord, credentialID: String, _ w: inout JSONByteWriter) {
        w.beginObject()
        w.nodeID("assessment-specification", of: credentialID)
        w.field("type", "LearningAssessmentSpecification")
        languageMap("title", r.texts(.title), prefix: "Assessment: ", &w)
        if let type = r.concept(.assessmentType) {
            w.literalKey("dcType")
            conceptValue(type, &w)
        }
        w.endObject()
    }

    // MARK: - Qualification (the specification of the achievement)

    /// `specification`: the assessment specification if already written (same bytes, same id).
    private func qualification(
        _ r: MappedRecord, _ body: AwardingBodyKey, credentialID: String, specification: WrittenValue?,
        _ w: inout JSONByteWriter
    ) {
        w.beginObject()
        w.nodeID("specification", of: credentialID)
        w.field("type", "Qualification")
        languageMap("title", r.texts(.title), &w)
        let outcomes = r.texts(.learningOutcomes)
        if !outcomes.isEmpty {
            w.literalKey("learningOutcome")
            w.beginArray()
            for (index, outcome) in outcomes.enumerated() {
                w.beginObject()
                w.nodeID(Self.outcomeRole(index), of: credentialID)
                w.field("type", "LearningOutcome")
                languageMap("title", [outcome], &w)
                w.endObject()
            }
            w.endArray()
        }
        if let ects = r.decimal(.workloadECTS) {
            w.literalKey("creditPoint")
            w.beginArray()
            w.beginObject()
            w.nodeID("credit-point", of: credentialID)
            w.field("type", "CreditPoint")
            w.literalKey("framework")
            cached("ects-framework", \.named, &w) { w in
                conceptValue(catalog.vocabulary(.educationCredit).concept(id: "http://data.europa.eu/snb/education-credit/6fcec5c5af"), &w)
            }
            w.field("point", ects)
            w.endObject()
            w.endArray()
        }
        if let hours = r.duration(.workloadHours) { w.field("volumeOfLearning", hours) }
        if let level = r.eqfLevel {
            w.literalKey("eqfLevel")
            cached(level, \.eqfLevels, &w) { w in
                conceptValue(catalog.vocabulary(.eqf).concept(id: "http://data.europa.eu/snb/eqf/\(level)"), &w)
            }
        }
        if let mode = r.concept(.participationForm) {
            w.literalKey("mode")
            w.beginArray()
            conceptValue(mode, &w)
            w.endArray()
        }
        let prerequisites = r.texts(.prerequisites)
        if !prerequisites.isEmpty {
            w.literalKey("entryRequirement")
            note(.node("entry-requirement", of: credentialID), prerequisites, subject: nil, &w)
        }
        if r.concept(.assessmentType) != nil {
            w.literalKey("provenBy")
            w.beginArray()
            if let specification, w.canRepeat(specification) {
                w.repeatValue(specification)
            } else {
                assessmentSpecification(r, credentialID: credentialID, &w)
            }
            w.endArray()
        }
        if let type = r.concept(.qualityAssuranceType), Self.programmeQualityAssurance.contains(type.id) {
            w.literalKey("accreditation")
            cached(body, \.programmeAccreditations, &w) { w in
                w.beginArray()
                accreditation(r, type: type, &w)
                w.endArray()
            }
        }
        let partOf = r.texts(.stackabilityPartOf)
        if !partOf.isEmpty {
            w.field("isPartialQualification", true)
            w.literalKey("isPartOf")
            w.beginArray()
            w.beginObject()
            w.field("id", NodeIdentifiers.shared("qualification", NodeIdentifiers.awardingBodyKey(r) + "\u{1F}" + partOf[0].text))
            w.field("type", "Qualification")
            languageMap("title", partOf, &w)
            w.endObject()
            w.endArray()
        }
        let stackability = r.texts(.stackability), further = r.texts(.furtherInformation)
        if !stackability.isEmpty || !further.isEmpty {
            w.literalKey("additionalNote")
            w.beginArray()
            if !stackability.isEmpty {
                note(.node("stackability-note", of: credentialID), stackability,
                     subject: Self.stackabilitySubject, &w)
            }
            if !further.isEmpty {
                note(.node("further-information-note", of: credentialID), further,
                     subject: Self.furtherInformationSubject, &w)
            }
            w.endArray()
        }
        if let url = r.iri(.furtherInformationURL) {
            w.literalKey("homepage")
            webResources([url], role: "further-information", key: credentialID, perRecord: true, &w)
        }
        w.endObject()
    }

    // MARK: - Organisations

    /// Written up to three times per credential and usually the same for a whole export.
    private func awardingBody(_ r: MappedRecord, _ body: AwardingBodyKey, _ w: inout JSONByteWriter) {
        cached(body, \.awardingBodies, &w) { w in renderAwardingBody(r, &w) }
    }

    private func renderAwardingBody(_ r: MappedRecord, _ w: inout JSONByteWriter) {
        let key = NodeIdentifiers.awardingBodyKey(r)
        w.beginObject()
        w.field("id", NodeIdentifiers.shared("organisation", key))
        w.field("type", "Organisation")
        languageMap("legalName", r.texts(.awardingBodyName), &w)
        if let legalID = r.text(.awardingBodyLegalID) {
            for property in ["eIDASIdentifier", "registration"] {
                w.key(property)
                legalIdentifier(legalID, country: r.concept(.issuerCountry), &w)
            }
        }
        if let id = r.text(.awardingBodyID) {
            identifiers(.shared(NodeIdentifiers.shared("identifier", key + "\u{1F}" + id)), notation: id, scheme: nil, &w)
        }
        if let homepage = r.iri(.awardingBodyHomepage) {
            w.literalKey("homepage")
            webResources([homepage], role: "homepage", key: key, &w)
        }
        w.literalKey("location")
        location(key: key, country: r.concept(.issuerCountry), &w)
        if let type = r.concept(.qualityAssuranceType), !Self.programmeQualityAssurance.contains(type.id) {
            w.literalKey("accreditation")
            w.beginArray()
            accreditation(r, type: type, &w)
            w.endArray()
        }
        w.endObject()
    }

    private func legalIdentifier(_ notation: String, country: Concept?, _ w: inout JSONByteWriter) {
        w.beginObject()
        w.field("id", NodeIdentifiers.shared("legal-identifier", notation))
        w.field("type", "LegalIdentifier")
        w.field("notation", notation)
        if let country {
            w.literalKey("spatial")
            conceptValue(country, &w)
        }
        w.endObject()
    }

    private func location(key: String, country: Concept?, _ w: inout JSONByteWriter) {
        w.beginArray()
        w.beginObject()
        w.field("id", NodeIdentifiers.shared("location", key))
        w.field("type", "Location")
        w.literalKey("address")
        w.beginArray()
        w.beginObject()
        w.field("id", NodeIdentifiers.shared("address", key))
        w.field("type", "Address")
        if let country {
            w.literalKey("countryCode")
            conceptValue(country, &w)
        }
        w.endObject()
        w.endArray()
        w.endObject()
        w.endArray()
    }

    private func accreditation(_ r: MappedRecord, type: Concept, _ w: inout JSONByteWriter) {
        let titles = r.texts(.qualityAssuranceTitle)
        let agentNames = r.texts(.qualityAssuranceAgent)
        let agentKey = agentNames.first?.text ?? ""
        let agentCountry = r.concept(.qualityAssuranceAgentCountry) ?? r.concept(.issuerCountry)
        w.beginObject()
        w.field("id", NodeIdentifiers.shared("accreditation", NodeIdentifiers.awardingBodyKey(r) + "\u{1F}"
            + type.id + "\u{1F}" + (titles.first?.text ?? "")))
        w.field("type", "Accreditation")
        w.literalKey("dcType")
        conceptValue(type, &w)
        languageMap("title", titles, &w)
        if !agentNames.isEmpty {
            w.literalKey("accreditingAgent")
            w.beginObject()
            w.field("id", NodeIdentifiers.shared("organisation", "agency\u{1F}" + agentKey))
            w.field("type", "Organisation")
            languageMap("legalName", agentNames, &w)
            w.literalKey("location")
            location(key: "agency\u{1F}" + agentKey, country: agentCountry, &w)
            w.endObject()
        }
        w.endObject()
    }

    // MARK: - Display

    /// The display languages of a credential with `titles`: worked out once per set of title languages.
    private func displayLanguages(_ titles: [LanguageText]) -> DisplayLanguages {
        let key = titles.map(\.language).joined(separator: "\u{1F}")
        return displayLanguageSets.value(for: key) {
            var languages: [Concept] = []
            for title in titles {
                if let concept = languageConcept(forTag: title.language), !languages.contains(concept) {
                    languages.append(concept)
                }
            }
            if languages.isEmpty, let english = languageConcept(forTag: "en") { languages = [english] }
            let primary = languageConcept(forTag: defaultLanguage).flatMap { languages.contains($0) ? $0 : nil }
                ?? languages[0]
            let codes = languages.map { language in
                language.id.lastIndex(of: "/").map { String(language.id[language.id.index(after: $0)...]) } ?? language.id
            }
            return DisplayLanguages(
                languages: languages, primary: primary, displayRoles: codes.map { "display-" + $0 },
                detailRoles: codes.map { "display-detail-" + $0 })
        }
    }

    private func displayParameter(_ r: MappedRecord, credentialID: String, _ w: inout JSONByteWriter) {
        let titles = r.texts(.title)
        let display = displayLanguages(titles)
        let languages = display.languages, primary = display.primary
        w.beginObject()
        w.nodeID("display", of: credentialID)
        w.field("type", "DisplayParameter")
        languageMap("title", titles, &w)
        w.literalKey("language")
        w.beginArray()
        for language in languages { conceptValue(language, &w) }
        w.endArray()
        w.literalKey("primaryLanguage")
        conceptValue(primary, &w)
        w.literalKey("individualDisplay")
        w.beginArray()
        let imageID = Self.placeholderImageID
        for (index, language) in languages.enumerated() {
            w.beginObject()
            w.nodeID(display.displayRoles[index], of: credentialID)
            w.field("type", "IndividualDisplay")
            w.literalKey("language")
            conceptValue(language, &w)
            w.literalKey("displayDetail")
            w.beginArray()
            w.beginObject()
            w.nodeID(display.detailRoles[index], of: credentialID)
            w.field("type", "DisplayDetail")
            w.literalKey("page")
            w.integer(1)
            w.literalKey("image")
            cached("placeholder-image", \.named, &w) { w in
                w.beginObject()
                w.field("id", imageID)
                w.field("type", "MediaObject")
                w.literalKey("contentType")
                conceptValue(catalog.vocabulary(.fileType).concept(id: "http://publications.europa.eu/resource/authority/file-type/PNG"), &w)
                w.literalKey("contentEncoding")
                conceptValue(catalog.vocabulary(.encoding).concept(id: "http://data.europa.eu/snb/encoding/6146cde7dd"), &w)
                w.field("content", Self.placeholderImage)
                w.endObject()
            }
            w.endObject()
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    // MARK: - Building blocks

    /// Writes the value `render` writes, rendering it only the first time `key` is seen at this
    /// depth and splicing the same bytes in afterwards. Most of a credential (concepts, the awarding
    /// body, the display image) is the same for every record of an export; `key` must name
    /// everything `render` reads. Each table is emptied when full, so memory stays bounded.
    @inline(__always)
    private func cached<Key: Hashable>(
        _ key: Key, _ table: WritableKeyPath<CredentialFragmentCache, [FragmentEntry<Key>: [UInt8]]>,
        _ w: inout JSONByteWriter, _ render: (inout JSONByteWriter) -> Void
    ) {
        let entry = FragmentEntry(key: key, depth: w.depth)
        if let bytes = w.fragmentCache[keyPath: table][entry] {
            w.splice(bytes)
            return
        }
        var part = w.fragmentWriter()
        render(&part)
        w.splice(part.bytes)
        if w.fragmentCache[keyPath: table].count >= CredentialFragmentCache.capacity {
            w.fragmentCache[keyPath: table].removeAll()
        }
        w.fragmentCache[keyPath: table][entry] = part.bytes
    }

    private func note(_ id: NodeReference, _ texts: [LanguageText], subject: Concept?, _ w: inout JSONByteWriter) {
        w.beginObject()
        w.id(id)
        w.field("type", "Note")
        if let subject {
            w.literalKey("subject")
            conceptValue(subject, &w)
        }
        languageMap("noteLiteral", texts, &w)
        w.endObject()
    }

    /// `"identifier": [{"id", "type": "Identifier", "notation", "schemeName"?}]`.
    private func identifiers(_ id: NodeReference, notation: String, scheme: String?, _ w: inout JSONByteWriter) {
        w.literalKey("identifier")
        w.beginArray()
        w.beginObject()
        w.id(id)
        w.field("type", "Identifier")
        w.field("notation", notation)
        if let scheme { w.field("schemeName", scheme) }
        w.endObject()
        w.endArray()
    }

    /// `perRecord`: the key is the credential's, so the id is new every time and not worth remembering.
    private func webResources(_ urls: [String], role: String, key: String, perRecord: Bool = false, _ w: inout JSONByteWriter) {
        w.beginArray()
        for url in urls {
            w.beginObject()
            let name = role + "\u{1F}" + key + "\u{1F}" + url
            w.field("id", perRecord ? NodeIdentifiers.unshared("web-resource", name) : NodeIdentifiers.shared("web-resource", name))
            w.field("type", "WebResource")
            w.field("contentURL", url)
            w.endObject()
        }
        w.endArray()
    }

    /// `{"en": "…", "nl": "…"}`: one value per language, in the order found, each after `prefix`.
    private func languageMap(
        _ key: StaticString, _ texts: [LanguageText], prefix: StaticString = "", _ w: inout JSONByteWriter
    ) {
        guard !texts.isEmpty else { return }
        w.literalKey(key)
        w.beginObject()
        // A record has one to three languages: a scan of the earlier ones beats hashing into a Set.
        for (index, text) in texts.enumerated()
        where index == 0 || !texts[..<index].contains(where: { $0.language == text.language }) {
            w.key(text.language)
            w.string(text.text, after: prefix)
        }
        w.endObject()
    }

    /// A concept written in full, as the EDC "full" shapes require (they check `inScheme` in the document).
    private func conceptValue(_ concept: Concept?, _ w: inout JSONByteWriter) {
        guard let concept else {
            w.null()
            return
        }
        cached(ConceptKey(concept), \.concepts, &w) { w in renderConcept(concept, &w) }
    }

    private func renderConcept(_ concept: Concept, _ w: inout JSONByteWriter) {
        w.beginObject()
        w.field("id", concept.id)
        w.field("type", "Concept")
        w.literalKey("inScheme")
        w.beginObject()
        w.field("id", concept.scheme)
        w.field("type", "ConceptScheme")
        w.endObject()
        w.literalKey("prefLabel")
        w.beginObject()
        w.literalKey("en")
        w.string(concept.label)
        w.endObject()
        w.endObject()
    }
}

/// A node's id: one of the credential's own, hashed when written, or one already made.
enum NodeReference {
    case node(String, of: String)
    case shared(String)
}

extension JSONByteWriter {
    /// `"id": "urn:uuid:…"` of the credential's node `role` (``NodeIdentifiers/node(_:of:)``),
    /// hashed straight into the buffer: about twenty per credential.
    mutating func nodeID(_ role: String, of credentialID: String) {
        literalKey("id")
        verbatimString { NodeIdentifiers.appendNode(role, of: credentialID, to: &$0) }
    }

    mutating func id(_ reference: NodeReference) {
        switch reference {
        case .node(let role, let credentialID): nodeID(role, of: credentialID)
        case .shared(let id): field("id", id)
        }
    }

    /// `"key": "value"`.
    mutating func field(_ key: StaticString, _ value: String) {
        literalKey(key)
        string(value)
    }

    /// `"key": true|false`.
    mutating func field(_ key: StaticString, _ value: Bool) {
        literalKey(key)
        bool(value)
    }
}

/// The fragments one writer has rendered, by kind: typed tables, so a lookup hashes plain values.
struct CredentialFragmentCache: Sendable {
    /// Entries per table before it is emptied.
    static let capacity = 1024
    var named: [FragmentEntry<String>: [UInt8]] = [:]
    var concepts: [FragmentEntry<ConceptKey>: [UInt8]] = [:]
    var eqfLevels: [FragmentEntry<Int>: [UInt8]] = [:]
    var awardingBodies: [FragmentEntry<AwardingBodyKey>: [UInt8]] = [:]
    var awardingProcesses: [FragmentEntry<AwardingProcessFragment>: [UInt8]] = [:]
    var programmeAccreditations: [FragmentEntry<AwardingBodyKey>: [UInt8]] = [:]
}

/// A fragment's key and the depth it was rendered at (pretty layout indents by depth).
struct FragmentEntry<Key: Hashable>: Hashable {
    var key: Key
    var depth: Int
}
extension FragmentEntry: Sendable where Key: Sendable {}

// Fragment keys: each names everything its fragment's rendering reads, so equal keys mean equal bytes.

/// The languages a credential is displayed in, with the roles of their nodes' ids.
struct DisplayLanguages: Sendable {
    var languages: [Concept]
    var primary: Concept
    var displayRoles: [String]
    var detailRoles: [String]
}

/// A concept, hashed by its id alone (ids are unique IRIs; equality still compares everything):
/// about fifteen lookups per credential.
struct ConceptKey: Hashable, Sendable {
    let concept: Concept
    init(_ concept: Concept) { self.concept = concept }
    func hash(into hasher: inout Hasher) { hasher.combine(concept.id) }
}

/// The awarding body's inputs (it also carries institutional quality assurance).
struct AwardingBodyFragment: Hashable, Sendable {
    var names: [LanguageText]
    var legalID: String?
    var id: String?
    var homepage: String?
    var country: Concept?
    var qualityAssuranceType: Concept?
    var qualityAssuranceTitles: [LanguageText]
    var qualityAssuranceAgents: [LanguageText]
    var qualityAssuranceAgentCountry: Concept?

    init(_ r: MappedRecord) {
        names = r.texts(.awardingBodyName)
        legalID = r.text(.awardingBodyLegalID)
        id = r.text(.awardingBodyID)
        homepage = r.iri(.awardingBodyHomepage)
        country = r.concept(.issuerCountry)
        qualityAssuranceType = r.concept(.qualityAssuranceType)
        qualityAssuranceTitles = r.texts(.qualityAssuranceTitle)
        qualityAssuranceAgents = r.texts(.qualityAssuranceAgent)
        qualityAssuranceAgentCountry = r.concept(.qualityAssuranceAgentCountry)
    }
}

/// ``AwardingBodyFragment`` hashed once per record, though it keys three or four lookups.
struct AwardingBodyKey: Hashable, Sendable {
    let inputs: AwardingBodyFragment
    private let hashValueOfInputs: Int

    init(_ r: MappedRecord) {
        inputs = AwardingBodyFragment(r)
        hashValueOfInputs = inputs.hashValue
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hashValueOfInputs) }
    static func == (a: Self, b: Self) -> Bool { a.hashValueOfInputs == b.hashValueOfInputs && a.inputs == b.inputs }
}

struct AwardingProcessFragment: Hashable, Sendable {
    var body: AwardingBodyKey
    var issueDate: ISODate?
}
