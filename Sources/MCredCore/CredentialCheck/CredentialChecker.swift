/// Checks one credential document against Annex I, the ELM structure and a profile.
///
/// Accepts the three forms that circulate: a plain credential, a JAdES-sealed one (the `payload`
/// string is parsed and checked; its findings point at the `payload` key's line, because the whole
/// credential sits on that line of the file) and the EDC upload wrapper `{"credential": {...}}`.
public struct CredentialChecker: Sendable {
    public var rules: CredentialRules
    public var profile: Profile
    /// A warning fails the credential too.
    public var strict: Bool

    public init(rules: CredentialRules = .builtIn, profile: Profile, strict: Bool = false) {
        self.rules = rules
        self.profile = profile
        self.strict = strict
    }

    /// Checks `document`, the `record`-th JSON value of `file`.
    public func check(_ document: JSONNode, file: String, record: Int) -> CredentialCheckResult {
        var form = CredentialCheckResult.Form.plain
        var credential = document
        var fixedLine: Int?
        if let payload = document["payload"], document["signatures"] != nil || document["signature"] != nil {
            form = .sealed
            let line = document.members?.first { $0.key == "payload" }?.line ?? document.line
            fixedLine = line
            guard let parsed = Self.parsePayload(payload) else {
                let diagnostic = Diagnostic.error(
                    "invalid-payload", "the sealed credential's payload is not a JSON credential (neither JSON text nor base64url-encoded JSON)",
                    at: SourceLocation(file: file, line: line, field: "$.payload"), record: record,
                    value: String((payload.stringValue ?? "").prefix(80)))
                return CredentialCheckResult(file: file, line: line, record: record, form: form, diagnostics: [diagnostic], outcome: .unreadable)
            }
            credential = parsed
        } else if let inner = document["credential"], inner.members != nil, document["credentialSubject"] == nil {
            form = .uploadWrapper
            credential = inner
        }
        let locate: (Int, Int, String) -> SourceLocation = { line, column, field in
            if let fixedLine { return SourceLocation(file: file, line: fixedLine, field: field) }
            return SourceLocation(file: file, line: line, column: column, field: field)
        }
        var diagnostics: [Diagnostic] = []
        let startLine = fixedLine ?? credential.line
        guard credential.members != nil else {
            diagnostics.append(.error("not-a-credential", "expected a credential object, found a JSON \(credential.kindName)",
                                      at: locate(credential.line, credential.column, "$"), record: record))
            return CredentialCheckResult(file: file, line: startLine, record: record, form: form, diagnostics: diagnostics, outcome: .failed)
        }

        let context = resolveContext(of: credential, locate: locate, record: record, into: &diagnostics)
        let graph = CredentialGraph(root: credential)
        var structure = CredentialStructureCheck(rules: rules, graph: graph, context: context, record: record, locate: locate)
        structure.walk(credential)
        diagnostics += structure.diagnostics

        var present = Set<ElementID>()
        for element in ElementID.allCases {
            let parts = rules.presentWhen[element] ?? [element.defaultPart]
            if parts.contains(where: { !values(of: $0, in: graph).isEmpty }) {
                present.insert(element)
            } else {
                diagnostics.append(missing(element, parts: parts, graph: graph, locate: locate, record: record))
            }
        }
        checkProfile(graph, locate: locate, record: record, into: &diagnostics)

        diagnostics.sort(by: Diagnostic.reportOrder)
        let fails = diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        return CredentialCheckResult(
            file: file, line: startLine, record: record, credentialID: credential["id"]?.stringValue, form: form,
            diagnostics: diagnostics, presentElements: present, facts: facts(graph), outcome: fails ? .failed : .passed)
    }

    /// The values of a part: those of its first path that has any.
    func values(of part: PartID, in graph: CredentialGraph) -> [LocatedValue] {
        for path in rules.partPaths[part] ?? [] {
            let found = graph.values(at: path)
            if !found.isEmpty { return found }
        }
        return []
    }

    private func missing(
        _ element: ElementID, parts: [PartID], graph: CredentialGraph,
        locate: (Int, Int, String) -> SourceLocation, record: Int
    ) -> Diagnostic {
        let paths = parts.flatMap { rules.partPaths[$0] ?? [] }
        let expected = paths.first
        let reached = expected.map { graph.deepest($0).reached }
        let field = "$." + (expected?.keys.joined(separator: ".") ?? "")
        let location = locate(reached?.line ?? graph.root.line, reached?.column ?? graph.root.column, field)
        let places = paths.prefix(3).map { $0.keys.joined(separator: ".") }.joined(separator: ", ")
        if element.isMandatory {
            var message = "\(element.rawValue) is missing: Annex I makes it mandatory; expected at \(places)"
            if element == .level { message += " (mandatory where applicable: an EQF level on the Qualification)" }
            return .error("missing-mandatory-element", message, at: location, record: record, element: element.rawValue, value: "")
        }
        return .note("missing-optional-element", "\(element.rawValue) (optional) is absent; it would be at \(places)",
                     at: location, record: record, element: element.rawValue, value: "")
    }

    private func facts(_ graph: CredentialGraph) -> CredentialFacts {
        func text(_ part: PartID) -> String? { values(of: part, in: graph).lazy.compactMap { CredentialGraph.firstText($0.node) }.first }
        var facts = CredentialFacts()
        facts.title = text(.title)
        facts.awardingBody = text(.awardingBodyName)
        facts.learnerID = text(.learnerID)
        facts.issueDateText = text(.issueDate)
        if let date = facts.issueDateText, date.utf8.count >= 10 {
            let parts = date.prefix(10).split(separator: "-").compactMap { Int($0) }
            if parts.count == 3 { facts.issueDate = ISODate(year: parts[0], month: parts[1], day: parts[2]) }
        }
        facts.ectsWorkload = text(.workloadECTS).flatMap(LiteralFormats.decimal)
        facts.eqfLevel = text(.levelEQF).flatMap(Self.eqfLevel)
        return facts
    }

    /// `http://data.europa.eu/snb/eqf/6` → 6.
    static func eqfLevel(_ iri: String) -> Int? {
        guard iri.hasPrefix("http://data.europa.eu/snb/eqf/"), let level = Int(iri.dropFirst(30)), (1...8).contains(level) else { return nil }
        return level
    }

    private func checkProfile(
        _ graph: CredentialGraph, locate: (Int, Int, String) -> SourceLocation, record: Int, into diagnostics: inout [Diagnostic]
    ) {
        for rule in profile.rules {
            let found = values(of: rule.part, in: graph)
            let element = rule.part.element.rawValue
            if rule.check == .required {
                guard found.isEmpty else { continue }
                let path = rules.partPaths[rule.part]?.first
                let reached = path.map { graph.deepest($0).reached }
                diagnostics.append(Diagnostic(
                    rule.severity, rule.code, "\(rule.part.qualifiedName) is required by profile \(profile.id): \(rule.message)",
                    at: locate(reached?.line ?? graph.root.line, reached?.column ?? graph.root.column, "$." + (path?.keys.joined(separator: ".") ?? "")),
                    record: record, element: element, value: ""))
                continue
            }
            guard let first = found.first, let raw = CredentialGraph.firstText(first.node),
                  let number = numericValue(rule.part, raw), let relation = rule.failure(for: number) else { continue }
            diagnostics.append(Diagnostic(
                rule.severity, rule.code,
                "\(rule.part.qualifiedName) \(raw) \(relation) \(rule.formattedLimit) under profile \(profile.id) (\(rule.message))",
                at: locate(first.line, first.column, first.jsonPath), record: record, element: element, value: raw))
        }
    }

    private func numericValue(_ part: PartID, _ raw: String) -> Double? {
        switch part {
        case .levelEQF: Self.eqfLevel(raw).map(Double.init)
        case .workloadHours: LiteralFormats.hours(ofDuration: raw)
        default: LiteralFormats.decimal(raw)
        }
    }

    static func parsePayload(_ payload: JSONNode) -> JSONNode? {
        guard let text = payload.stringValue else { return nil }
        if let parsed = try? JSONParser.parse(Array(text.utf8)), parsed.members != nil { return parsed }
        guard let decoded = Base64URL.decode(text), let parsed = try? JSONParser.parse(decoded), parsed.members != nil else { return nil }
        return parsed
    }
}
