/// A text with its language tag (`en`, `nl`), as ELM language maps want it.
public struct LanguageText: Sendable, Hashable {
    public var language: String
    public var text: String
    public init(language: String, text: String) {
        self.language = language
        self.text = text
    }
}

/// A normalised value of one element part.
public enum PartValue: Sendable, Hashable {
    case text(String)
    case texts([LanguageText])
    case date(ISODate)
    /// A decimal number written without exponent or superfluous zeros (`4.5`).
    case decimal(String)
    /// An xsd:duration (`PT100H`).
    case duration(String)
    case level(Int)
    case concept(Concept)
    /// An IRI (`mailto:` address, http URL).
    case iri(String)
}

/// Where a part's value came from: a cell or element of the input, the mapping's constant, or `--set`.
public enum ValueOrigin: Sendable, Hashable {
    case field(SourceLocation)
    case constant
}

/// A record after mapping: every element part normalised, with where it came from.
public struct MappedRecord: Sendable {
    public var number: Int
    public var file: String
    public var line: Int
    /// Values indexed by `PartID.rawValue`.
    public var values: [PartValue?]
    /// Origins indexed by `PartID.rawValue`.
    public var origins: [ValueOrigin?]
    /// Parts whose raw value could not be normalised (already reported as `invalid-value`).
    public var invalidParts: Set<PartID>
    /// Where the mapping expects each part, for locating "is empty" diagnostics (CSV column, XML path).
    public var expectedPlaces: ExpectedPlaces?
    /// Whether the EQF level applies to this export (Annex I: "where applicable").
    public var levelApplicable: Bool

    public init(number: Int, file: String, line: Int, levelApplicable: Bool = true) {
        self.number = number
        self.file = file
        self.line = line
        self.values = Array(repeating: nil, count: PartID.allCases.count)
        self.origins = Array(repeating: nil, count: PartID.allCases.count)
        self.expectedPlaces = nil
        self.invalidParts = []
        self.levelApplicable = levelApplicable
    }

    public subscript(part: PartID) -> PartValue? {
        get { values[part.rawValue] }
        set { values[part.rawValue] = newValue }
    }

    /// Whether any part of the element has a value.
    public func has(_ element: ElementID) -> Bool {
        element.parts.contains { values[$0.rawValue] != nil }
    }

    // Typed accessors used by the writer and the rules.
    public func text(_ part: PartID) -> String? {
        if case .text(let value)? = self[part] { return value }
        return nil
    }
    public func texts(_ part: PartID) -> [LanguageText] {
        if case .texts(let value)? = self[part] { return value }
        return []
    }
    public func date(_ part: PartID) -> ISODate? {
        if case .date(let value)? = self[part] { return value }
        return nil
    }
    public func decimal(_ part: PartID) -> String? {
        if case .decimal(let value)? = self[part] { return value }
        return nil
    }
    public func duration(_ part: PartID) -> String? {
        if case .duration(let value)? = self[part] { return value }
        return nil
    }
    public func concept(_ part: PartID) -> Concept? {
        if case .concept(let value)? = self[part] { return value }
        return nil
    }
    public func iri(_ part: PartID) -> String? {
        if case .iri(let value)? = self[part] { return value }
        return nil
    }
    public var eqfLevel: Int? {
        if case .level(let value)? = self[.levelEQF] { return value }
        return nil
    }

    /// "record 16 (learner 0123)", the way diagnostics name a record.
    public var label: String {
        if let learner = text(.learnerID) { return "record \(number) (learner \(learner))" }
        return "record \(number)"
    }

    /// The best location for a diagnostic about `part`: its value's cell, the record's first line for
    /// a constant, where the mapping expects it, or the record's first line.
    public func location(of part: PartID) -> SourceLocation {
        switch origins[part.rawValue] {
        case .field(let location)?: return location
        // A constant (the mapping's or --set) is in no cell: naming the column would blame the data.
        case .constant?: return SourceLocation(file: file, line: line)
        case nil: break
        }
        if let place = expectedPlaces?[part] {
            return SourceLocation(file: file, line: line, column: place.column, field: place.field)
        }
        return SourceLocation(file: file, line: line)
    }
}

/// Where a mapping reads each part (a CSV column, an XML path), the same for every record of an
/// input: shared by its records and turned into a location only when a diagnostic needs one.
public final class ExpectedPlaces: Sendable {
    public struct Place: Sendable {
        /// The CSV column (1-based), nil for XML.
        public var column: Int?
        /// The column's header or the XML path.
        public var field: String
    }

    private let places: [Place?]

    /// `places` is indexed by `PartID.rawValue`.
    public init(_ places: [Place?]) {
        precondition(places.count == PartID.allCases.count, "one place (or nil) per part")
        self.places = places
    }

    public subscript(part: PartID) -> Place? { places[part.rawValue] }
}

/// A record that passed validation and will be written.
public struct ValidatedRecord: Sendable {
    public var record: MappedRecord
    /// The credential id (`urn:uuid:…`), computed once for the duplicate check and the writer.
    public var credentialID: String
    public init(_ record: MappedRecord, credentialID: String? = nil) {
        self.record = record
        self.credentialID = credentialID ?? NodeIdentifiers.credentialID(for: record)
    }
}
