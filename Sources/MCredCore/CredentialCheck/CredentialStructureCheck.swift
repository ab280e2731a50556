/// One walk over a credential for what an ELM consumer would silently lose or misread:
///
/// - `unknown-term` (error): a key that is no term of the declared contexts, no keyword and no IRI;
///   JSON-LD expansion drops it with everything below it.
/// - `concept-without-scheme`, `concept-scheme-mismatch`: a concept without `inScheme`, or in another
///   scheme than the EU list for its property (error where the EDC SHACL shapes enforce the list,
///   warning for the Annex I lists they leave open).
/// - `misplaced-eqf-level` (error): `eqfLevel` on anything but a `Qualification` (ELM defines it there
///   only; the shapes are open, so nothing else would notice).
/// - `invalid-date` (error), `date-without-offset` (warning): an xsd:dateTime key whose value is not
///   ISO 8601 date-time, or has no time zone.
/// - `invalid-duration` (error): an xsd:duration key (`volumeOfLearning`) that is not `PnYnMnDTnHnMnS`.
/// - `unknown-concept`: a concept in an EU list's scheme that the list does not hold (an error for
///   EQF levels, a warning for the longer lists, whose pinned copy may lag behind).
/// - `out-of-range` (error): a credit `point` that is zero or negative.
/// - `invalid-number` (error), `number-not-string` (warning): a credit `point` that is not a decimal
///   number, or is a JSON number where ELM types it as a string.
struct CredentialStructureCheck {
    enum PathComponent {
        case key(String)
        case index(Int)
    }

    let rules: CredentialRules
    let graph: CredentialGraph
    /// Terms of the declared contexts; nil when a context is unknown (then no key is reported).
    let terms: Set<String>?
    let dateTimeTerms: Set<String>
    let durationTerms: Set<String>
    let mapTerms: Set<String>
    let locate: (Int, Int, String) -> SourceLocation
    let record: Int
    var diagnostics: [Diagnostic] = []
    private var path: [PathComponent] = []

    init(rules: CredentialRules, graph: CredentialGraph, context: DeclaredContext, record: Int,
         locate: @escaping (Int, Int, String) -> SourceLocation) {
        self.rules = rules
        self.graph = graph
        terms = context.terms
        dateTimeTerms = context.dateTimeTerms
        durationTerms = context.durationTerms
        mapTerms = context.mapTerms
        self.record = record
        self.locate = locate
    }

    static func render(_ path: [PathComponent]) -> String {
        var text = "$"
        for component in path {
            switch component {
            case .key(let key): text += "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    mutating func emit(_ severity: Diagnostic.Severity, _ rule: String, _ message: String, line: Int, column: Int, value: String?) {
        diagnostics.append(Diagnostic(
            severity, rule, message, at: locate(line, column, Self.render(path)), record: record, value: value))
    }

    static func typeNames(_ node: JSONNode) -> [String] {
        guard let type = node["type"] else { return [] }
        if let name = type.stringValue { return [name] }
        return (type.arrayValue ?? []).compactMap(\.stringValue)
    }

    /// Checks `node` and everything below it; `keysAreTerms` is false for the object of a language
    /// map or another container, whose keys are tags or indexes.
    mutating func walk(_ node: JSONNode, keysAreTerms: Bool = true) {
        switch node.value {
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                switch element.value {
                case .object, .array:
                    path.append(.index(index))
                    walk(element, keysAreTerms: keysAreTerms)
                    path.removeLast()
                default: break
                }
            }
        case .object(let members):
            let types = Self.typeNames(node)
            for member in members {
                let key = member.key
                if key.hasPrefix("@") { continue }
                path.append(.key(key))
                defer { path.removeLast() }
                if keysAreTerms, let terms, !terms.contains(key), !key.contains(":") {
                    emit(.error, "unknown-term",
                         "'\(key)' is not a term of the declared @context: JSON-LD expansion drops it and everything in it",
                         line: member.line, column: member.column, value: key)
                    continue
                }
                check(member, on: types)
                switch member.value.value {
                case .object, .array: walk(member.value, keysAreTerms: !mapTerms.contains(key))
                default: break
                }
            }
        default: break
        }
    }

    private mutating func check(_ member: JSONMember, on types: [String]) {
        let key = member.key
        let values = member.value.arrayValue ?? [member.value]
        if key == "eqfLevel", !types.contains("Qualification") {
            let on = types.isEmpty ? "a node without a type" : "a " + types.joined(separator: "/")
            emit(.error, "misplaced-eqf-level",
                 "eqfLevel is on \(on): ELM defines the EQF level only on a Qualification (set specifiedBy.type to \"Qualification\")",
                 line: member.line, column: member.column, value: types.joined(separator: ","))
        }
        if dateTimeTerms.contains(key) {
            for value in values { checkDate(value, member) }
        } else if durationTerms.contains(key) {
            for value in values {
                guard let text = value.stringValue, LiteralFormats.isDuration(text) else {
                    emit(.error, "invalid-duration", "\(key) must be an ISO 8601 duration such as PT60H, not \(Self.quote(value))",
                         line: member.line, column: member.column, value: Self.raw(value))
                    continue
                }
            }
        } else if key == "point" {
            for value in values { checkPoint(value, member) }
        }
        checkConcepts(member, values: values, on: types)
    }

    private mutating func checkDate(_ value: JSONNode, _ member: JSONMember) {
        guard let text = value.stringValue else {
            emit(.error, "invalid-date", "\(member.key) must be an ISO 8601 date-time string, not \(Self.quote(value))",
                 line: member.line, column: member.column, value: Self.raw(value))
            return
        }
        switch LiteralFormats.dateTimeProblem(text) {
        case nil: break
        case .invalid:
            emit(.error, "invalid-date", "\(member.key) '\(text)' is not an ISO 8601 date-time (YYYY-MM-DDThh:mm:ssZ)",
                 line: member.line, column: member.column, value: text)
        case .dateOnly:
            emit(.error, "invalid-date", "\(member.key) '\(text)' is a date without a time: ELM needs an xsd:dateTime such as \(text)T00:00:00Z",
                 line: member.line, column: member.column, value: text)
        case .noOffset:
            emit(.warning, "date-without-offset", "\(member.key) '\(text)' has no time zone: add Z or an offset such as +02:00",
                 line: member.line, column: member.column, value: text)
        }
    }

    private mutating func checkPoint(_ value: JSONNode, _ member: JSONMember) {
        if let number = value.numberText {
            emit(.warning, "number-not-string", "point \(number) is a JSON number: ELM types credit points as a string (\"\(number)\")",
                 line: member.line, column: member.column, value: number)
        } else if let text = value.stringValue {
            if let number = LiteralFormats.decimal(text) {
                if number <= 0 {
                    emit(.error, "out-of-range", "point '\(text)' is not a positive number of credits",
                         line: member.line, column: member.column, value: text)
                }
            } else {
                emit(.error, "invalid-number", "point '\(text)' is not a number of credits (write digits with a decimal point, e.g. 4.5)",
                     line: member.line, column: member.column, value: text)
            }
        } else {
            emit(.error, "invalid-number", "point must be a number of credits as a string, not \(Self.quote(value))",
                 line: member.line, column: member.column, value: Self.raw(value))
        }
    }

    private mutating func checkConcepts(_ member: JSONMember, values: [JSONNode], on types: [String]) {
        let rule = rules.schemeRules[member.key].flatMap { byType in types.lazy.compactMap { byType[$0] }.first }
        for value in values {
            guard case .object = value.value else {
                if let rule, let text = value.stringValue {
                    emit(rule.severity, "concept-without-scheme",
                         "\(member.key) is the bare IRI '\(text)': write the concept with its inScheme \(rule.scheme)",
                         line: value.line, column: value.column, value: text)
                }
                continue
            }
            let isConcept = Self.typeNames(value).contains("Concept")
            guard rule != nil || isConcept else { continue }
            let copies = [value] + graph.others(sameAs: value).map(\.node)
            let schemes = copies.flatMap { copy -> [String] in
                guard let inScheme = copy["inScheme"] else { return [] }
                return (inScheme.arrayValue ?? [inScheme]).compactMap { $0.stringValue ?? $0["id"]?.stringValue }
            }
            let concept = value["id"]?.stringValue ?? ""
            if schemes.isEmpty {
                let expected = rule.map { ": it belongs in \($0.scheme)" } ?? ""
                emit(rule?.severity ?? .warning, "concept-without-scheme",
                     "the \(member.key) concept \(concept.isEmpty ? "" : "'\(concept)' ")has no inScheme\(expected)",
                     line: value.line, column: value.column, value: concept)
            } else if let rule, !schemes.contains(rule.scheme) {
                emit(rule.severity, "concept-scheme-mismatch",
                     "the \(member.key) concept \(concept.isEmpty ? "" : "'\(concept)' ")is in scheme \(schemes[0]), not the EU list \(rule.scheme)",
                     line: value.line, column: value.column, value: schemes[0])
            } else if !concept.isEmpty, let scheme = schemes.first(where: { rules.conceptsByScheme[$0] != nil }),
                      rules.conceptsByScheme[scheme]?.contains(concept) == false {
                // EQF has eight levels and nothing else; the larger lists (countries, languages,
                // assessment types…) may gain concepts after mcred's copy was pinned.
                let closed = member.key == "eqfLevel"
                emit(closed ? .error : .warning, "unknown-concept",
                     "the \(member.key) concept '\(concept)' is not in the EU list \(scheme)\(closed ? " (levels 1–8)" : "")",
                     line: value.line, column: value.column, value: concept)
            }
        }
    }

    static func raw(_ node: JSONNode) -> String {
        switch node.value {
        case .string(let text): text
        case .number(let text): text
        default: String(decoding: JSONByteWriter.render(node, pretty: false), as: UTF8.self)
        }
    }

    static func quote(_ node: JSONNode) -> String {
        switch node.value {
        case .string(let text): "'\(text)'"
        case .number(let text): "the number \(text)"
        default: "a JSON \(node.kindName)"
        }
    }
}
