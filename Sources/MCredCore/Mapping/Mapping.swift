/// The kind of export being read.
public enum InputFormat: String, Sendable, CaseIterable {
    case csv, xml
}

/// Where one part's raw value comes from, and how to read it.
public struct FieldSource: Sendable, Hashable {
    public enum Origin: Sendable, Hashable {
        /// A CSV column, by header name.
        case column(String)
        /// An XML path of local names relative to the record element (`specifies/learningOpportunityInstance/date`);
        /// `a/b[@type=x]` selects by an attribute of the last step, `a/b/@type` reads an attribute, and a
        /// leading `//` looks in the values inherited from enclosing elements (`//learner/givenNames`).
        case path(String)
        /// The same value for every record.
        case constant(String)
    }

    public var origin: Origin
    /// Language tag for the value; otherwise the element's `xml:lang`, otherwise the mapping's language.
    public var language: String?
    /// Java-style date pattern (`dd/MM/yyyy`) for date parts.
    public var datePattern: String?
    /// Separator between learning outcomes in one cell (default: line breaks and bullets).
    public var separator: String?
    /// Where the source is declared (mapping file position, or `--set`), for error messages.
    public var declaredAt: String?

    public init(
        _ origin: Origin, language: String? = nil, datePattern: String? = nil, separator: String? = nil,
        declaredAt: String? = nil
    ) {
        self.origin = origin
        self.language = language
        self.datePattern = datePattern
        self.separator = separator
        self.declaredAt = declaredAt
    }
}

/// How an export maps onto the EU element set: from a mapping file, a preset, header recognition or `--set`.
public struct Mapping: Sendable {
    /// Human name: the mapping file path, `preset elmo`, or `header recognition`.
    public var name: String
    public var format: InputFormat?
    /// CSV delimiter byte, when the mapping fixes it.
    public var delimiter: UInt8?
    public var encoding: TextEncoding?
    /// XML: the local name of the element that is one record.
    public var recordElement: String?
    /// XML: records are held until this enclosing element closes, so values after them inside it apply too.
    public var scopeElement: String?
    /// XML: a record counts only when one of these paths has a value (ELMO: a learning opportunity with a result).
    public var requireAny: [String]
    /// Annex I makes the level mandatory "where applicable"; `false` declares it not applicable to the export.
    public var levelApplicable: Bool
    /// Language of untagged text.
    public var defaultLanguage: String
    /// Sources per part, tried in order (multilingual parts take every language found).
    public var sources: [PartID: [FieldSource]]
    /// Extra vocabulary synonyms: raw value → concept label, IRI or known synonym.
    public var synonyms: [VocabularyID: [String: String]]

    public init(name: String) {
        self.name = name
        self.requireAny = []
        self.levelApplicable = true
        self.defaultLanguage = "en"
        self.sources = [:]
        self.synonyms = [:]
    }

    /// Adds `--set PART=VALUE`: a constant used when the data has no value for that part.
    public mutating func addFallback(_ part: PartID, value: String) {
        sources[part, default: []].append(FieldSource(.constant(value), declaredAt: "--set"))
    }
}
