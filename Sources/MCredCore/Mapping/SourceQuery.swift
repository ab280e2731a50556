/// A compiled field source: where in a `SourceRecord` to look.
enum SourceQuery: Sendable {
    case column(index: Int, name: String)
    case path(PathQuery)
    case constant(String)
}

/// A compiled XML path: `a/b`, `a/b[@type=x]`, `a/b/@attr`, `//a/b` (inherited context).
struct PathQuery: Sendable, Hashable {
    var path: String
    var attribute: String?
    var predicate: (name: String, value: String)?
    var fromContext: Bool
    let text: String

    static func == (lhs: PathQuery, rhs: PathQuery) -> Bool { lhs.text == rhs.text }
    func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// Parses the path syntax; nil when it is malformed.
    init?(_ text: String) {
        self.text = text
        var rest = Substring(text.trimmingSpaces)
        fromContext = rest.hasPrefix("//")
        if fromContext { rest = rest.dropFirst(2) } else if rest.hasPrefix("/") { rest = rest.dropFirst() }
        if let slashAt = rest.range(of: "/@", options: .backwards) {
            attribute = String(rest[slashAt.upperBound...])
            rest = rest[..<slashAt.lowerBound]
        } else if rest.hasPrefix("@") {
            return nil
        }
        if rest.hasSuffix("]"), let open = rest.lastIndex(of: "[") {
            var inner = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
            guard inner.hasPrefix("@"), let equals = inner.firstIndex(of: "=") else { return nil }
            inner = inner.dropFirst()
            let name = String(inner[..<equals])
            var value = String(inner[inner.index(after: equals)...])
            if value.count >= 2, let first = value.first, first == "'" || first == "\"", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            predicate = (name, value)
            rest = rest[..<open]
        }
        guard !rest.isEmpty, !rest.contains("["), !rest.contains("@") else { return nil }
        path = String(rest)
    }

    /// Whether a field's path is the one asked for (context paths match by suffix: documents differ
    /// above the learner and issuer, e.g. `elmo/learner` vs `elmo/report/learner`).
    func matches(_ field: SourceField, inContext: Bool) -> Bool {
        if inContext {
            guard field.path == path || field.path.hasSuffix("/" + path) else { return false }
        } else if field.path != path {
            return false
        }
        if let predicate, field.attributes[predicate.name] != predicate.value { return false }
        if let attribute, field.attributes[attribute] == nil { return false }
        return true
    }

    func value(of field: SourceField) -> String {
        if let attribute { return field.attributes[attribute] ?? "" }
        return field.value
    }
}
