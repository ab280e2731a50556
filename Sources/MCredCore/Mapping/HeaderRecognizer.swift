/// Zero-config mapping: recognises column headers as registrars write them (English, Dutch, French,
/// German), ignoring case, accents, spacing and punctuation, using `Schemas/headers.json`.
///
/// A header may end in a language code (`Titel (NL)`, `title_en`, `Intitulé - FR`): the rest is
/// recognised and the column's text is tagged with that language, so a multilingual export needs no
/// mapping either.
public struct HeaderRecognizer: Sendable {
    private let index: [String: PartID]
    private let ambiguous: [String: [PartID]]
    private let languageCodes: Set<String>

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
        var ambiguous: [String: [PartID]] = [:]
        for (header, parts) in catalog.headerAmbiguities {
            ambiguous[MatchKey.make(header)] = parts.compactMap(PartID.init(qualifiedName:))
        }
        self.ambiguous = ambiguous
        let languages = catalog.vocabulary(.language)
        self.languageCodes = Set(languages.attributes.compactMap { $0["iso639_1"] })
    }

    /// The part a header names, if recognised, and the language its suffix gives.
    public func recognise(_ header: String) -> (part: PartID, language: String?)? {
        if let part = index[MatchKey.make(header)] { return (part, nil) }
        guard let (base, language) = splitLanguageSuffix(header), let part = index[MatchKey.make(base)],
            part.kind.isLanguageTagged
        else { return nil }
        return (part, language)
    }

    /// The part a header names, if recognised.
    public func part(forHeader header: String) -> PartID? { recognise(header)?.part }

    /// Reads a whole header row: which column feeds which part, and why the others feed nothing.
    public func recognise(header: [String]) -> HeaderRecognition {
        var columns: [HeaderRecognition.Column] = []
        var fedBy: [PartID: [(column: String, language: String?)]] = [:]
        for (position, name) in header.enumerated() {
            var column = HeaderRecognition.Column(number: position + 1, name: name, use: .unrecognised)
            if let (part, language) = recognise(name) {
                let earlier = fedBy[part] ?? []
                // A language-tagged part takes one column per language; any other part takes the first.
                let anotherLanguage = language != nil && earlier.allSatisfy { $0.language != nil && $0.language != language }
                if let first = earlier.first, !anotherLanguage {
                    column.use = .duplicate(part, usedColumn: first.column)
                } else {
                    column.use = .feeds(part, language: language)
                    fedBy[part, default: []].append((name, language))
                }
            } else if let parts = ambiguous[MatchKey.make(name)] ?? splitLanguageSuffix(name).flatMap({ ambiguous[MatchKey.make($0.base)] }) {
                column.use = .ambiguous(parts)
            }
            columns.append(column)
        }
        // `Naam` + `Voornaam`, `Name` + `Vorname`: beside a given-name column, a bare name column
        // holds the family name (the Belgian and German registrar habit), not the full name.
        if fedBy[.learnerGivenName] != nil, fedBy[.learnerFamilyName] == nil,
            let position = columns.firstIndex(where: { $0.use == .feeds(.learnerFullName, language: nil) })
        {
            columns[position].use = .feeds(.learnerFamilyName, language: nil)
            columns[position].note = "read as the family name beside the given-name column"
        }
        return HeaderRecognition(columns: columns)
    }

    /// `Titel (NL)` → (`Titel`, `nl`); `title_en` → (`title`, `en`); nil when no known code ends the header.
    func splitLanguageSuffix(_ header: String) -> (base: String, language: String)? {
        var scalars = Array(header.unicodeScalars)
        while let last = scalars.last, last == " " || last == ")" || last == "]" { scalars.removeLast() }
        guard scalars.count > 3 else { return nil }
        let code = String(String.UnicodeScalarView(scalars.suffix(2))).lowercased()
        let separator = scalars[scalars.count - 3]
        guard languageCodes.contains(code), " _-([/.".unicodeScalars.contains(separator) else { return nil }
        var base = Array(scalars.dropLast(3))
        while let last = base.last, " _-([/.".unicodeScalars.contains(last) { base.removeLast() }
        guard !base.isEmpty else { return nil }
        return (String(String.UnicodeScalarView(base)), code)
    }
}

/// What header recognition made of one export's header row.
public struct HeaderRecognition: Sendable, Equatable {
    public enum Use: Sendable, Equatable {
        /// The column feeds this part (its text tagged with `language` when the header names one).
        case feeds(PartID, language: String?)
        /// The column names a part an earlier column already feeds.
        case duplicate(PartID, usedColumn: String)
        /// The header could mean any of these parts, so it is left for the user to decide.
        case ambiguous([PartID])
        case unrecognised
    }

    public struct Column: Sendable, Equatable {
        /// 1-based position in the header row.
        public var number: Int
        public var name: String
        public var use: Use
        /// Why a column was read the way it was, when that is not obvious from its header.
        public var note: String?
    }

    public var columns: [Column]

    /// A mapping feeding each recognised part from its columns, in header order.
    public var mapping: Mapping {
        var mapping = Mapping(name: "header recognition")
        for column in columns {
            guard case .feeds(let part, let language) = column.use else { continue }
            mapping.sources[part, default: []].append(
                FieldSource(.column(column.name), language: language, declaredAt: "column \(column.number) '\(column.name)'"))
        }
        return mapping
    }

    /// Columns that feed nothing.
    public var unusedColumns: [Column] {
        columns.filter { if case .feeds = $0.use { false } else { true } }
    }
}

extension PartKind {
    /// Whether values of this kind carry a language tag, so one column per language can feed the part.
    public var isLanguageTagged: Bool {
        switch self {
        case .languageText, .outcomeList: true
        default: false
        }
    }
}
