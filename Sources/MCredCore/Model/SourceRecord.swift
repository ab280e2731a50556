/// One record as a reader produced it: raw strings with their positions, before any mapping.
///
/// For CSV, `fields[i]` is column `i` of the header. For XML, `fields` are the record element's
/// descendants (path relative to the record) and `context` the values inherited from enclosing
/// and earlier elements (the learner, the issuer) with paths from the document root.
public struct SourceRecord: Sendable {
    /// 1-based position of the record within its file.
    public var number: Int
    public var file: String
    /// 1-based physical line where the record starts.
    public var line: Int
    public var fields: [SourceField]
    public var context: [SourceField]

    public init(number: Int, file: String, line: Int, fields: [SourceField], context: [SourceField] = []) {
        self.number = number
        self.file = file
        self.line = line
        self.fields = fields
        self.context = context
    }
}

/// One raw value: a CSV cell or the text of an XML element (or an attribute-only XML element).
public struct SourceField: Sendable, Hashable {
    /// The CSV header, or the XML path of local names (`specifies/learningOpportunityInstance/date`).
    public var path: String
    public var value: String
    /// The `xml:lang` in force for this element, if any.
    public var language: String?
    /// The element's attributes by local name (`type`, `dtf`, `scheme`); empty for CSV.
    public var attributes: [String: String]
    public var line: Int
    /// 1-based field number for CSV; nil for XML.
    public var column: Int?

    public init(
        path: String, value: String, language: String? = nil, attributes: [String: String] = [:], line: Int,
        column: Int? = nil
    ) {
        self.path = path
        self.value = value
        self.language = language
        self.attributes = attributes
        self.line = line
        self.column = column
    }
}
