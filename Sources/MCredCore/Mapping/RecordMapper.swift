/// Turns a raw ``SourceRecord`` into a ``MappedRecord``: finds each part's value through the mapping,
/// then normalises it (dates, numbers, levels, vocabulary concepts, language tags).
///
/// Values that cannot be normalised are reported as `invalid-value` with the raw value and never
/// guessed; the part is then left empty and marked invalid, so the validator does not also call it missing.
public protocol RecordMapping: Sendable {
    func map(_ record: SourceRecord, diagnostics: inout [Diagnostic]) -> MappedRecord
    /// A mapper for one worker thread (`--jobs`) that maps exactly like this one.
    func forWorker() -> any RecordMapping
}

extension RecordMapping {
    public func forWorker() -> any RecordMapping { self }
}

public struct RecordMapper: RecordMapping {
    private let mapping: Mapping
    /// Each part's sources, compiled against the input, by `PartID.rawValue`.
    private let queries: [[CompiledSource]]
    /// The parts some source feeds, in `PartID` order: the others are never looked at per record.
    private let fedParts: [PartID]
    /// Parts with a constant among their sources (a language-tagged one then collects its values
    /// first: the data's win over the constants').
    private let partsWithConstants: Set<PartID>
    /// Parts fed by constants only: mapped once, at compile time, and copied into every record.
    private var precomputed: [PrecomputedPart?]
    private let expectedPlaces: ExpectedPlaces
    private let vocabularies: [VocabularyID: Vocabulary]
    private var file: String
    private let requireAny: [PathQuery]
    private let stackabilityPhrases: [String]
    /// Quality-assurance texts repeat in every record (often a constant): read each one once.
    private var mentionCache = MemoCache<Concept?>(capacity: 1024)
    /// Dates, numbers, levels, concepts and URLs recur across records: each raw value is normalised once.
    private var normalisedValues = NormalisedValueCache<PartValue>(capacity: 1 << 14)
    /// Outcome lists repeat per course.
    private var outcomeLists = NormalisedValueCache<[String]>(capacity: 1 << 12)

    /// `record.file`, as this mapper's own copy when it is the input this mapper was made for.
    /// About twenty locations per record hold the name: with `--jobs`, each worker then counts
    /// references to a string of its own instead of all of them to the reader's one.
    @inline(__always) private func fileName(of record: SourceRecord) -> String {
        record.file == file ? file : record.file
    }

    /// The same mapper with caches of its own.
    public func forWorker() -> any RecordMapping {
        var copy = self
        copy.file = String(decoding: Array(file.utf8), as: UTF8.self)
        copy.mentionCache = MemoCache(capacity: 1024)
        copy.normalisedValues = NormalisedValueCache(capacity: 1 << 14)
        copy.outcomeLists = NormalisedValueCache(capacity: 1 << 12)
        return copy
    }

    /// Compiles `mapping` for one input. For CSV, `header` resolves column names (a missing column is fatal).
    public init(mapping: Mapping, format: InputFormat, header: [String]?, file: String, catalog: SchemaCatalog)
        throws(MCredError)
    {
        self.mapping = mapping
        self.file = file
        self.stackabilityPhrases = catalog.stackabilityPhrases
        var vocabularies = catalog.vocabularies
        for (id, synonyms) in mapping.synonyms.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let (extended, unknown) = catalog.vocabulary(id).adding(synonyms: synonyms)
            if let target = unknown.first {
                throw MCredError(
                    .badConfiguration,
                    "\(mapping.name): synonym target '\(target)' is not a concept of the \(id.rawValue) vocabulary")
            }
            vocabularies[id] = extended
        }
        self.vocabularies = vocabularies

        let headerIndex = Self.headerIndex(header ?? [])
        var queries: [[CompiledSource]] = Array(repeating: [], count: PartID.allCases.count)
        for part in PartID.allCases {
            for source in mapping.sources[part] ?? [] {
                let query: SourceQuery
                switch (source.origin, format) {
                case (.constant(let value), _):
                    query = .constant(value)
                case (.column(let name), .csv):
                    guard let index = headerIndex[name] ?? headerIndex[MatchKey.make(name)] else {
                        let known = header ?? []
                        let hint = MappingLoader.closest(name, in: known).map { " (did you mean '\($0)'?)" } ?? ""
                        throw MCredError(
                            .badConfiguration,
                            "\(source.declaredAt ?? mapping.name): column '\(name)' for \(part.qualifiedName) is not in the header of \(file)\(hint); columns: \(known.joined(separator: ", "))")
                    }
                    query = .column(index: index, name: (header ?? [])[index])
                case (.path(let text), .csv):
                    throw MCredError(
                        .badConfiguration,
                        "\(source.declaredAt ?? mapping.name): \(part.qualifiedName) uses the XML path '\(text)' but \(file) is CSV; use \"column\"")
                case (.column(let text), .xml), (.path(let text), .xml):
                    guard let path = PathQuery(text) else {
                        throw MCredError(
                            .badConfiguration,
                            "\(source.declaredAt ?? mapping.name): '\(text)' is not a valid path (use a/b, a/b[@type=x], a/b/@attr or //a/b)")
                    }
                    query = .path(path)
                }
                queries[part.rawValue].append(CompiledSource(query: query, source: source))
            }
        }
        self.queries = queries
        self.fedParts = PartID.allCases.filter { !queries[$0.rawValue].isEmpty }
        self.partsWithConstants = Set(PartID.allCases.filter { part in queries[part.rawValue].contains(where: \.isConstant) })
        self.expectedPlaces = ExpectedPlaces(PartID.allCases.map { part in Self.expectedPlace(queries[part.rawValue]) })
        self.requireAny = mapping.requireAny.compactMap(PathQuery.init)
        self.precomputed = Array(repeating: nil, count: PartID.allCases.count)
        try checkConstants()
        self.precomputed = precomputeConstantParts()
    }

    /// One part's sources, compiled: a reference, so handing it around per record copies nothing.
    private final class CompiledSource: Sendable {
        let query: SourceQuery
        let source: FieldSource
        init(query: SourceQuery, source: FieldSource) {
            self.query = query
            self.source = source
        }

        var isConstant: Bool {
            if case .constant = query { true } else { false }
        }
    }

    /// A part fed by constants only, as every record maps it.
    private struct PrecomputedPart {
        var value: PartValue?
        var origin: ValueOrigin?
        var invalid: Bool
    }

    /// Maps each constants-only part once. A part whose mapping says anything (a note) is left to
    /// be mapped per record, so each record still gets its diagnostics.
    private func precomputeConstantParts() -> [PrecomputedPart?] {
        var result: [PrecomputedPart?] = Array(repeating: nil, count: PartID.allCases.count)
        let probe = SourceRecord(number: 0, file: file, line: 1, fields: [])
        for part in fedParts {
            guard queries[part.rawValue].allSatisfy(\.isConstant) else { continue }
            var mapped = MappedRecord(number: 0, file: file, line: 1, levelApplicable: mapping.levelApplicable)
            var diagnostics: [Diagnostic] = []
            mapPart(part, record: probe, into: &mapped, diagnostics: &diagnostics)
            guard diagnostics.isEmpty else { continue }
            result[part.rawValue] = PrecomputedPart(
                value: mapped[part], origin: mapped.origins[part.rawValue], invalid: mapped.invalidParts.contains(part))
        }
        return result
    }

    /// A constant is the same in every record: one that cannot be normalised (`--set
    /// issuer-country=Atlantis`) is a bad mapping, reported once, not an error in every record.
    private func checkConstants() throws(MCredError) {
        var probe = MappedRecord(number: 0, file: file, line: 1)
        for part in PartID.allCases where !part.kind.isLanguageTagged {
            for compiled in queries[part.rawValue] {
                let source = compiled.source
                guard case .constant(let value) = source.origin, TextNormalizer.text(value) != nil else { continue }
                var diagnostics: [Diagnostic] = []
                let raw = RawValue(text: value, language: nil, attributes: [:], origin: .constant, compiled: compiled)
                if normalise(part, raw: raw, record: probe, diagnostics: &diagnostics) == nil
                    || diagnostics.contains(where: { $0.severity != .note })
                {
                    let reason = diagnostics.first.map { $0.message.replacingOccurrences(of: "record 0: ", with: "") }
                        ?? "\(part.qualifiedName) '\(value)' is not valid"
                    throw MCredError(.badConfiguration, "\(source.declaredAt ?? mapping.name): constant \(reason)")
                }
            }
        }
        probe.levelApplicable = mapping.levelApplicable
    }

    /// Header name → column index, by exact name and by match key (first occurrence wins).
    private static func headerIndex(_ header: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, name) in header.enumerated() {
            if index[name] == nil { index[name] = position }
            let key = MatchKey.make(name)
            if !key.isEmpty, index[key] == nil { index[key] = position }
        }
        return index
    }

    /// Whether an XML record qualifies (ELMO: only learning opportunities with a result become credentials).
    public func accepts(_ record: SourceRecord) -> Bool {
        guard !requireAny.isEmpty else { return true }
        return requireAny.contains { query in
            record.fields.contains { query.matches($0, inContext: false) && !query.value(of: $0).trimmingSpaces.isEmpty }
        }
    }

    /// One raw value found for a part.
    private struct RawValue {
        var text: String
        var language: String?
        var attributes: [String: String]
        var origin: ValueOrigin
        var compiled: CompiledSource
        var source: FieldSource { compiled.source }
    }

    /// Calls `take` with each raw value found for `part`, in source order, until it returns false.
    /// Nothing is collected: most parts want only the first value.
    private func forEachRawValue(_ part: PartID, in record: SourceRecord, _ take: (RawValue) -> Bool) {
        for compiled in queries[part.rawValue] {
            let source = compiled.source
            switch compiled.query {
            case .constant(let value):
                guard TextNormalizer.hasText(value) else { continue }
                if !take(RawValue(text: value, language: source.language, attributes: [:], origin: .constant, compiled: compiled)) {
                    return
                }
            case .column(let index, let name):
                guard index < record.fields.count else { continue }
                let value = record.fields[index].value
                guard TextNormalizer.hasText(value) else { continue }
                let location = SourceLocation(file: fileName(of: record), line: record.fields[index].line, column: index + 1, field: name)
                if !take(RawValue(text: value, language: source.language, attributes: [:], origin: .field(location), compiled: compiled)) {
                    return
                }
            case .path(let path):
                let pool = path.fromContext ? record.context : record.fields
                // By index: only the fields that match are copied out of the record.
                for index in pool.indices where path.matches(pool[index], inContext: path.fromContext) {
                    let field = pool[index]
                    let value = path.value(of: field)
                    guard TextNormalizer.hasText(value) else { continue }
                    let location = SourceLocation(file: fileName(of: record), line: field.line, field: path.text)
                    let raw = RawValue(
                        text: value, language: source.language ?? field.language, attributes: field.attributes,
                        origin: .field(location), compiled: compiled)
                    if !take(raw) { return }
                }
            }
        }
    }

    /// The first column or path a part is read from (constants are in no place).
    private static func expectedPlace(_ sources: [CompiledSource]) -> ExpectedPlaces.Place? {
        for compiled in sources {
            switch compiled.query {
            case .column(let index, let name): return ExpectedPlaces.Place(column: index + 1, field: name)
            case .path(let path): return ExpectedPlaces.Place(column: nil, field: path.text)
            case .constant: continue
            }
        }
        return nil
    }

    public func map(_ record: SourceRecord, diagnostics: inout [Diagnostic]) -> MappedRecord {
        var mapped = MappedRecord(number: record.number, file: fileName(of: record), line: record.line,
                                  levelApplicable: mapping.levelApplicable)
        mapped.expectedPlaces = expectedPlaces
        for part in fedParts {
            if let fixed = precomputed[part.rawValue] {
                mapped[part] = fixed.value
                mapped.origins[part.rawValue] = fixed.origin
                if fixed.invalid { mapped.invalidParts.insert(part) }
                continue
            }
            mapPart(part, record: record, into: &mapped, diagnostics: &diagnostics)
        }
        completeQualityAssurance(&mapped, diagnostics: &diagnostics)
        completeStackability(&mapped)
        return mapped
    }

    private func mapPart(_ part: PartID, record: SourceRecord, into mapped: inout MappedRecord, diagnostics: inout [Diagnostic]) {
        switch part.kind {
        case .languageText, .outcomeList:
            mapLanguageTexts(part, record: record, into: &mapped, diagnostics: &diagnostics)
        default:
            var first: RawValue?
            forEachRawValue(part, in: record) { raw in
                first = raw
                return false
            }
            guard let raw = first else { return }
            mapped.origins[part.rawValue] = raw.origin
            if let value = normaliseRemembering(part, raw: raw, record: mapped, diagnostics: &diagnostics) {
                mapped[part] = value
            } else {
                mapped.invalidParts.insert(part)
            }
        }
    }

    /// "Stackable towards the Postgraduate Certificate in Data Science" (or `stapelbaar naar …`,
    /// `capitalisable vers …`, `anrechenbar auf …`) names the larger credential: it feeds
    /// stackability.part-of when nothing else does, so the qualification links to it.
    private func completeStackability(_ mapped: inout MappedRecord) {
        guard mapped[.stackabilityPartOf] == nil, case .texts(let texts)? = mapped[.stackability] else { return }
        var targets: [LanguageText] = []
        for text in texts {
            let lower = text.text.lowercased()
            guard let phrase = stackabilityPhrases.first(where: { lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ":") })
            else { continue }
            var rest = text.text.dropFirst(phrase.count).drop { $0 == " " || $0 == ":" }
            while let last = rest.last, last == "." || last == " " { rest = rest.dropLast() }
            if !rest.isEmpty { targets.append(LanguageText(language: text.language, text: String(rest))) }
        }
        guard !targets.isEmpty else { return }
        mapped[.stackabilityPartOf] = .texts(targets)
        mapped.origins[PartID.stackabilityPartOf.rawValue] = mapped.origins[PartID.stackability.rawValue]
    }

    private func mapLanguageTexts(
        _ part: PartID, record: SourceRecord, into mapped: inout MappedRecord, diagnostics: inout [Diagnostic]
    ) {
        var texts: [LanguageText] = []
        if !partsWithConstants.contains(part) {
            // Only data: each value as it is found, nothing collected first.
            forEachRawValue(part, in: record) { raw in
                if mapped.origins[part.rawValue] == nil { mapped.origins[part.rawValue] = raw.origin }
                addLanguageText(part, raw, to: &texts, mapped: mapped, diagnostics: &diagnostics)
                return true
            }
        } else {
            var raws: [RawValue] = []
            forEachRawValue(part, in: record) { raw in
                raws.append(raw)
                return true
            }
            guard !raws.isEmpty else { return }
            // Data first; constants (mapping constants, --set) then fill only the languages the data
            // left empty, so values from the data always win.
            let fromData = raws.filter { if case .field = $0.origin { true } else { false } }
            let constants = raws.filter { if case .constant = $0.origin { true } else { false } }
            mapped.origins[part.rawValue] = (fromData.first ?? constants.first)?.origin
            for raw in fromData + constants {
                addLanguageText(part, raw, to: &texts, mapped: mapped, diagnostics: &diagnostics)
            }
        }
        if !texts.isEmpty { mapped[part] = .texts(texts) }
    }

    /// One raw value of a language-tagged part: a text in its language (the first of a language
    /// wins), or an outcome list split into its outcomes.
    private func addLanguageText(
        _ part: PartID, _ raw: RawValue, to texts: inout [LanguageText], mapped: MappedRecord,
        diagnostics: inout [Diagnostic]
    ) {
        let language = Self.lowercasedTag(raw.language ?? mapping.defaultLanguage)
        let isConstant = raw.origin == .constant
        if part.kind == .outcomeList {
            if isConstant, !texts.isEmpty { return }
            let key = NormalisedValueCache<[String]>.Key(part: part, qualifier: raw.source.separator, raw: raw.text)
            let outcomes = outcomeLists.value(for: key) ?? {
                let split = TextNormalizer.outcomes(raw.text, separator: raw.source.separator)
                outcomeLists.remember(split, for: key)
                return split
            }()
            for outcome in outcomes {
                texts.append(LanguageText(language: language, text: outcome))
            }
        } else if let text = TextNormalizer.text(raw.text) {
            if let existing = texts.first(where: { $0.language == language }) {
                if existing.text != text, !isConstant {
                    diagnostics.append(.warning(
                        "duplicate-language",
                        "\(mapped.label): \(part.qualifiedName) has a second '\(language)' value; keeping '\(existing.text)'",
                        at: location(raw.origin, record: mapped), record: mapped.number,
                        element: part.element.rawValue, value: raw.text))
                }
                return
            }
            texts.append(LanguageText(language: language, text: text))
        }
    }

    /// Language tags are nearly always lowercase ASCII already (`en`, `nl`): keep those as they are.
    private static func lowercasedTag(_ tag: String) -> String {
        tag.utf8.allSatisfy({ $0 < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) ? tag : tag.lowercased()
    }

    private func location(_ origin: ValueOrigin, record: MappedRecord) -> SourceLocation {
        if case .field(let location) = origin { return location }
        return SourceLocation(file: record.file, line: record.line)
    }

    private func invalid(
        _ part: PartID, _ raw: RawValue, record: MappedRecord, _ problem: String, diagnostics: inout [Diagnostic]
    ) {
        let origin = raw.source.declaredAt.map { $0 == "--set" ? " (from --set)" : "" } ?? ""
        diagnostics.append(.error(
            "invalid-value", "\(record.label): \(part.qualifiedName) '\(raw.text)'\(origin) \(problem)",
            at: location(raw.origin, record: record), record: record.number, element: part.element.rawValue,
            value: raw.text))
    }

    /// ``normalise(_:raw:record:diagnostics:)`` through ``normalisedValues`` for the kinds whose
    /// values repeat; free text and e-mail addresses are mostly unique and cheap, so they skip it.
    private func normaliseRemembering(
        _ part: PartID, raw: RawValue, record: MappedRecord, diagnostics: inout [Diagnostic]
    ) -> PartValue? {
        switch part.kind {
        case .text, .email, .languageText, .outcomeList:
            return normalise(part, raw: raw, record: record, diagnostics: &diagnostics)
        case .date, .credits, .hours, .eqfLevel, .url, .concept:
            break
        }
        let pattern = part.kind == .date ? raw.source.datePattern ?? raw.attributes["dtf"] : nil
        let key = NormalisedValueCache<PartValue>.Key(part: part, qualifier: pattern, raw: raw.text)
        if let known = normalisedValues.value(for: key) { return known }
        let before = diagnostics.count
        let value = normalise(part, raw: raw, record: record, diagnostics: &diagnostics)
        if let value, diagnostics.count == before { normalisedValues.remember(value, for: key) }
        return value
    }

    private func normalise(
        _ part: PartID, raw: RawValue, record: MappedRecord, diagnostics: inout [Diagnostic]
    ) -> PartValue? {
        switch part.kind {
        case .text:
            return TextNormalizer.text(raw.text).map(PartValue.text)
        case .languageText, .outcomeList:
            return nil  // handled by mapLanguageTexts
        case .date:
            let pattern = raw.source.datePattern ?? raw.attributes["dtf"]
            switch DateNormalizer.parse(raw.text, pattern: pattern) {
            case .date(let date):
                return .date(date)
            case .period:
                diagnostics.append(.warning(
                    "not-a-date",
                    "\(record.label): \(part.qualifiedName) '\(raw.text)' names a period, not a date; no date is guessed",
                    at: location(raw.origin, record: record), record: record.number, element: part.element.rawValue,
                    value: raw.text))
                return nil
            case .invalid(let reason):
                invalid(part, raw, record: record, reason, diagnostics: &diagnostics)
                return nil
            }
        case .credits:
            guard let value = NumberNormalizer.credits(raw.text) else {
                invalid(part, raw, record: record, "is not a number of credits", diagnostics: &diagnostics)
                return nil
            }
            return .decimal(value)
        case .hours:
            guard let value = NumberNormalizer.hours(raw.text) else {
                invalid(part, raw, record: record, "is not a number of hours", diagnostics: &diagnostics)
                return nil
            }
            return .duration(value)
        case .eqfLevel:
            if let concept = vocabularies[.eqf]?.concept(for: raw.text),
                let level = Int(concept.id.split(separator: "/").last ?? "")
            {
                return .level(level)
            }
            guard let level = NumberNormalizer.eqfLevel(raw.text) else {
                invalid(part, raw, record: record, "is not an EQF level (expected 1–8, VI, 'EQF 6', 'Level 6')",
                        diagnostics: &diagnostics)
                return nil
            }
            return .level(level)
        case .email:
            guard let value = TextNormalizer.email(raw.text) else {
                invalid(part, raw, record: record, "is not an e-mail address", diagnostics: &diagnostics)
                return nil
            }
            return .iri(value)
        case .url:
            guard let value = TextNormalizer.url(raw.text) else {
                invalid(part, raw, record: record, "is not an absolute http(s) URL", diagnostics: &diagnostics)
                return nil
            }
            return .iri(value)
        case .concept(let id):
            guard let vocabulary = vocabularies[id] else { return nil }
            if let concept = vocabulary.concept(for: raw.text) { return .concept(concept) }
            let nearest = vocabulary.nearestLabels(to: raw.text).map { "'\($0)'" }.joined(separator: ", ")
            invalid(part, raw, record: record,
                    "is not a known \(id.rawValue) value; nearest: \(nearest) (a mapping can add synonyms)",
                    diagnostics: &diagnostics)
            return nil
        }
    }

    /// Quality assurance is usually given as one text ("institutional review by NVAO"): its type and
    /// agency are read from that text when the mapping does not give them separately.
    private func completeQualityAssurance(_ record: inout MappedRecord, diagnostics: inout [Diagnostic]) {
        let titles = record.texts(.qualityAssuranceTitle)
        if titles.isEmpty, let type = record.concept(.qualityAssuranceType) {
            record[.qualityAssuranceTitle] = .texts([LanguageText(language: "en", text: type.label)])
        }
        guard let title = titles.first else { return }
        if record[.qualityAssuranceType] == nil, !record.invalidParts.contains(.qualityAssuranceType) {
            let vocabulary = vocabularies[.qualityAssurance]
            if let concept = mentionCache.value(for: title.text, { vocabulary?.conceptMentioned(in: title.text) }) {
                record[.qualityAssuranceType] = .concept(concept)
            } else {
                let labels = vocabularies[.qualityAssurance]?.concepts.map { "'\($0.label)'" }.joined(separator: ", ") ?? ""
                diagnostics.append(.error(
                    "invalid-value",
                    "\(record.label): quality-assurance '\(title.text)' does not say which type of quality assurance it is; mention one of \(labels) or set quality-assurance.type",
                    at: record.location(of: .qualityAssuranceTitle), record: record.number,
                    element: ElementID.qualityAssurance.rawValue, value: title.text))
                record.invalidParts.insert(.qualityAssuranceType)
            }
        }
        if record[.qualityAssuranceAgent] == nil, let agency = Self.agency(in: title.text) {
            record[.qualityAssuranceAgent] = .texts([LanguageText(language: title.language, text: agency)])
        }
    }

    /// The agency named after "by" (or door, par, durch) in a quality-assurance text.
    static func agency(in text: String) -> String? {
        for word in [" by ", " door ", " par ", " durch "] {
            if let range = text.range(of: word, options: .backwards) {
                let agency = text[range.upperBound...].trimmingSpaces
                if !agency.isEmpty { return agency }
            }
        }
        return nil
    }
}
