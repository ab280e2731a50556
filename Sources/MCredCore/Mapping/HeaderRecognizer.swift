/// Zero-config mapping: recognises column headers as registrars write them (English, Dutch, French,
/// German), ignoring case, accents, spacing and punctuation, using `Schemas/headers.json`.
public struct HeaderRecognizer: Sendable {
    private let index: [String: PartID]

    public init(catalog: SchemaCatalog) {
        var index: [String: PartID] = [:]
        for part in PartID.allCases {
            let names = [part.qualifiedName] + (catalog.headerSynonyms[part.qualifiedName] ?? [])
                + (part.partName == "value" ? catalog.headerSynonyms[part.element.rawValue + ".value"] ?? [] : [])
            for name in names {
                let key = MatchKey.make(name)
                if !key.isEmpty, index[key] == nil { index[key] = part }
            }
        }
        self.index = index
    }

    /// The part a header names, if recognised.
    public func part(forHeader header: String) -> PartID? { index[MatchKey.make(header)] }

    /// A mapping that feeds each recognised part from the first column that names it.
    public func mapping(for header: [String]) -> Mapping {
        var mapping = Mapping(name: "header recognition")
        for name in header {
            guard let part = part(forHeader: name), mapping.sources[part] == nil else { continue }
            mapping.sources[part] = [FieldSource(.column(name), declaredAt: "header '\(name)'")]
        }
        return mapping
    }
}
