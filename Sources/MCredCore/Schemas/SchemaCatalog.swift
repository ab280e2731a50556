/// The data of `Schemas/` (element set, vocabularies, header synonyms, profiles, presets), parsed once
/// from the copies compiled into the binary.
public struct SchemaCatalog: Sendable {
    /// One row of `Schemas/elements.json`.
    public struct ElementDescription: Sendable {
        public var id: String
        public var name: String
        public var mandatory: Bool
        public var description: String
        public var elm: String
        public var parts: [String]
        public var defaultPart: String?
    }

    public let elements: [ElementDescription]
    public let vocabularies: [VocabularyID: Vocabulary]
    /// Header synonyms per qualified part name (`workload.ects` → `["ECTS", "studiepunten", …]`).
    public let headerSynonyms: [String: [String]]
    /// Headers deliberately left unmapped, with the qualified parts each could mean (`description` →
    /// `further-information`, `learning-outcomes`).
    public let headerAmbiguities: [String: [String]]
    /// Phrases that open "stackable towards X" texts, lowercased (`Schemas/stackability.json`).
    public let stackabilityPhrases: [String]

    /// The catalogue built into this binary.
    public static let builtIn: SchemaCatalog = {
        do {
            return try SchemaCatalog(files: EmbeddedSchemas.files)
        } catch {
            // The embedded files are fixed at build time and checked by EmbeddedSchemasTests.
            preconditionFailure("embedded Schemas/ data is invalid: \(error)")
        }
    }()

    /// The raw text of an embedded schema file (`profiles/eu.json`), if present.
    public static func embeddedFile(_ path: String) -> String? { EmbeddedSchemas.files[path] }

    /// The names of the embedded files below `folder/` without extension (`profiles` → `["eu", "ugent"]`).
    public static func embeddedNames(in folder: String) -> [String] {
        EmbeddedSchemas.files.keys
            .filter { $0.hasPrefix(folder + "/") }
            .map { String($0.dropFirst(folder.count + 1).dropLast(5)) }
            .sorted()
    }

    init(files: [String: String]) throws(MCredError) {
        func parse(_ path: String) throws(MCredError) -> JSONNode {
            guard let text = files[path] else {
                throw MCredError(.badConfiguration, "missing built-in schema file Schemas/\(path)")
            }
            do {
                return try JSONParser.parse(Array(text.utf8))
            } catch {
                throw MCredError(
                    .badConfiguration, error.message,
                    at: SourceLocation(file: "Schemas/" + path, line: error.line, column: error.column))
            }
        }

        let elementsNode = try parse("elements.json")
        elements = (elementsNode["elements"]?.arrayValue ?? []).map { node in
            ElementDescription(
                id: node["id"]?.stringValue ?? "",
                name: node["name"]?.stringValue ?? "",
                mandatory: node["mandatory"]?.boolValue ?? false,
                description: node["description"]?.stringValue ?? "",
                elm: node["elm"]?.stringValue ?? "",
                parts: (node["parts"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue },
                defaultPart: node["defaultPart"]?.stringValue)
        }

        var vocabularies: [VocabularyID: Vocabulary] = [:]
        for id in VocabularyID.allCases {
            let node = try parse("vocabularies/\(id.rawValue).json")
            let scheme = node["scheme"]?.stringValue ?? ""
            var concepts: [Concept] = []
            var synonyms: [[String]] = []
            var attributes: [[String: String]] = []
            for conceptNode in node["concepts"]?.arrayValue ?? [] {
                guard let iri = conceptNode["id"]?.stringValue else { continue }
                let label = conceptNode["label"]?["en"]?.stringValue ?? iri
                concepts.append(Concept(id: iri, scheme: scheme, label: label))
                synonyms.append((conceptNode["synonyms"]?.arrayValue ?? []).compactMap(\.stringValue))
                var extra: [String: String] = [:]
                for member in conceptNode.members ?? [] {
                    if let text = member.value.stringValue, !["id", "note"].contains(member.key) {
                        extra[member.key] = text
                    }
                }
                attributes.append(extra)
            }
            vocabularies[id] = Vocabulary(
                id: id, scheme: scheme, concepts: concepts, synonyms: synonyms, attributes: attributes)
        }
        self.vocabularies = vocabularies

        var headers: [String: [String]] = [:]
        var ambiguities: [String: [String]] = [:]
        if files["headers.json"] != nil {
            let node = try parse("headers.json")
            for member in node["headers"]?.members ?? [] {
                headers[member.key] = (member.value.arrayValue ?? []).compactMap(\.stringValue)
            }
            for member in node["ambiguous"]?.members ?? [] {
                ambiguities[member.key] = (member.value.arrayValue ?? []).compactMap(\.stringValue)
            }
        }
        headerSynonyms = headers
        headerAmbiguities = ambiguities
        stackabilityPhrases = files["stackability.json"] == nil ? [] : try parse("stackability.json")["towards"]?
            .arrayValue?.compactMap { $0.stringValue?.lowercased() }
            .sorted { $0.count > $1.count } ?? []
    }

    public func vocabulary(_ id: VocabularyID) -> Vocabulary {
        guard let vocabulary = vocabularies[id] else { preconditionFailure("vocabulary \(id) not loaded") }
        return vocabulary
    }

    /// The language concept for an ISO 639-1 tag (`en` → …/language/ENG), if known.
    public func languageConcept(forTag tag: String) -> Concept? {
        let vocabulary = vocabulary(.language)
        let lower = tag.lowercased()
        if let position = vocabulary.attributes.firstIndex(where: { $0["iso639_1"] == lower }) {
            return vocabulary.concepts[position]
        }
        return vocabulary.concept(for: tag)
    }
}
