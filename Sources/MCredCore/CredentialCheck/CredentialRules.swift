/// What `mcred validate` checks a credential against, read once from the embedded `Schemas/`:
/// where each Annex I part lives in ELM (`elements.json`, each part's `json` paths and each element's
/// `presentWhen`) and what a JSON-LD consumer keeps (`elm-terms.json`: context terms, protected-term
/// conflicts, the concept scheme of each concept-valued key).
public struct CredentialRules: Sendable {
    /// One JSON-LD context a credential may declare.
    public struct Context: Sendable {
        public var iri: String
        public var terms: Set<String>
        public var dateTimeTerms: Set<String>
        public var durationTerms: Set<String>
        /// Language maps and other containers: their object keys are tags or indexes, not terms.
        public var mapTerms: Set<String>
    }

    /// A protected term of one context that a later context redefines: strict expansion fails.
    public struct Conflict: Sendable {
        public var protectedBy: String
        public var redefinedBy: String
        public var terms: [String]
    }

    /// The concept scheme the concepts of `key` on a node of `type` must be in.
    public struct SchemeRule: Sendable {
        public var type: String
        public var key: String
        public var scheme: String
        /// `.error` when the EDC SHACL shapes enforce it, `.warning` for an Annex I list they leave open.
        public var severity: Diagnostic.Severity
    }

    public let contexts: [String: Context]
    public let conflicts: [Conflict]
    /// Scheme rules by key, then by node type.
    public let schemeRules: [String: [String: SchemeRule]]
    /// The concept IRIs of each EU list mcred carries whole (`Schemas/vocabularies/`), by scheme: a
    /// concept in one of these schemes but not in its list does not exist (`eqf/9`, `country/XXX`).
    public let conceptsByScheme: [String: Set<String>]
    /// Where each part is found, alternatives in order.
    public let partPaths: [PartID: [ElementPath]]
    /// The parts whose presence makes each element present.
    public let presentWhen: [ElementID: [PartID]]

    /// The rules built into this binary.
    public static let builtIn: CredentialRules = {
        do {
            return try CredentialRules(files: EmbeddedSchemas.files, catalog: .builtIn)
        } catch {
            // The embedded files are fixed at build time and checked by the tests.
            preconditionFailure("embedded Schemas/ data is invalid: \(error)")
        }
    }()

    /// `catalog` holds the same files' vocabularies, already read.
    init(files: [String: String], catalog: SchemaCatalog) throws(MCredError) {
        func parse(_ path: String) throws(MCredError) -> JSONNode {
            guard let text = files[path] else { throw MCredError(.badConfiguration, "missing built-in schema file Schemas/\(path)") }
            do {
                return try JSONParser.parse(Array(text.utf8))
            } catch {
                throw MCredError(.badConfiguration, error.message, at: SourceLocation(file: "Schemas/" + path, line: error.line))
            }
        }
        func strings(_ node: JSONNode?) -> [String] { (node?.arrayValue ?? []).compactMap(\.stringValue) }

        let terms = try parse("elm-terms.json")
        var contexts: [String: Context] = [:]
        for node in terms["contexts"]?.arrayValue ?? [] {
            guard let iri = node["iri"]?.stringValue else { continue }
            contexts[iri] = Context(
                iri: iri, terms: Set(strings(node["terms"])),
                dateTimeTerms: Set(strings(node["dateTimeTerms"]) + strings(node["dateTerms"])),
                durationTerms: Set(strings(node["durationTerms"])), mapTerms: Set(strings(node["mapTerms"])))
        }
        self.contexts = contexts
        conflicts = (terms["conflicts"]?.arrayValue ?? []).map { node in
            Conflict(protectedBy: node["protectedBy"]?.stringValue ?? "", redefinedBy: node["redefinedBy"]?.stringValue ?? "",
                     terms: strings(node["terms"]))
        }
        var schemeRules: [String: [String: SchemeRule]] = [:]
        for node in terms["conceptSchemes"]?.arrayValue ?? [] {
            guard let type = node["type"]?.stringValue, let key = node["key"]?.stringValue,
                  let scheme = node["scheme"]?.stringValue else { continue }
            let severity = Diagnostic.Severity(rawValue: node["severity"]?.stringValue ?? "") ?? .warning
            schemeRules[key, default: [:]][type] = SchemeRule(type: type, key: key, scheme: scheme, severity: severity)
        }
        self.schemeRules = schemeRules

        var partPaths: [PartID: [ElementPath]] = [:]
        var presentWhen: [ElementID: [PartID]] = [:]
        for element in try parse("elements.json")["elements"]?.arrayValue ?? [] {
            guard let elementName = element["id"]?.stringValue, let elementID = ElementID(rawValue: elementName) else { continue }
            for part in element["parts"]?.arrayValue ?? [] {
                guard let partName = part["id"]?.stringValue,
                      let partID = PartID(qualifiedName: partName == "value" ? elementName : "\(elementName).\(partName)")
                else { continue }
                var paths: [ElementPath] = []
                for text in strings(part["json"]) {
                    guard let path = ElementPath(text) else {
                        throw MCredError(.badConfiguration, "Schemas/elements.json: \(elementName).\(partName): bad path '\(text)'")
                    }
                    paths.append(path)
                }
                partPaths[partID] = paths
            }
            presentWhen[elementID] = strings(element["presentWhen"]).compactMap { name in
                PartID(qualifiedName: name == "value" ? elementName : "\(elementName).\(name)")
            }
        }
        self.partPaths = partPaths
        self.presentWhen = presentWhen

        var conceptsByScheme: [String: Set<String>] = [:]
        for (id, vocabulary) in catalog.vocabularies where !Self.partialVocabularies.contains(id) {
            conceptsByScheme[vocabulary.scheme] = Set(vocabulary.concepts.map(\.id))
        }
        self.conceptsByScheme = conceptsByScheme
    }

    /// Vocabularies that hold only part of their EU list (the concepts mcred writes, or the languages
    /// and countries it recognises), so a concept missing from them may still exist.
    static let partialVocabularies: Set<VocabularyID> = [.fileType, .credentialProfile, .language, .country]
}
