/// A compiled field source: where in a `SourceRecord` to look.
enum SourceQuery: Sendable {
    case column(index: Int, name: String)
    case path(PathQuery)
    case constant(String)
}

/// A compiled XML path: `a/b`, `a/b[@type=x]`, `a/b/@attr`, `//a/b` (inherited context).
///
/// The mapper copies its queries for every part of every record and matches each against every field, so the
/// compiled parts live in one immutable object (a copy is one retain) and everything a match needs is worked
/// out here once.
struct PathQuery: Sendable, Hashable {
    private final class Compiled: Sendable {
        let path: String
        let attribute: String?
        let predicate: (name: String, value: String)?
        let fromContext: Bool
        let text: String
        /// `/` + `path`: context fields match by suffix.
        let contextSuffix: String
        /// Whether a field needs attributes to match at all.
        let needsAttributes: Bool

        init(path: String, attribute: String?, predicate: (name: String, value: String)?, fromContext: Bool, text: String) {
            self.path = path
            self.attribute = attribute
            self.predicate = predicate
            self.fromContext = fromContext
            self.text = text
            contextSuffix = "/" + path
            needsAttributes = attribute != nil || predicate != nil
        }
    }

    private let compiled: Compiled

    /// The element path, without a leading `//` or `/`, predicate or attribute.
    var path: String { compiled.path }
    /// The attribute whose value is wanted (`a/b/@attr`), if any.
    var attribute: String? { compiled.attribute }
    /// The attribute test (`a/b[@type=x]`), if any; quotes around the value are removed.
    var predicate: (name: String, value: String)? { compiled.predicate }
    /// `//a/b`: the value comes from the record's inherited context.
    var fromContext: Bool { compiled.fromContext }
    /// The path as the mapping wrote it.
    var text: String { compiled.text }

    static func == (lhs: PathQuery, rhs: PathQuery) -> Bool { lhs.text == rhs.text }
    func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// Parses the path syntax; nil when it is malformed.
    init?(_ text: String) {
        var attribute: String?
        var predicate: (name: String, value: String)?
        var rest = Substring(text.trimmingSpaces)
        let fromContext = rest.hasPrefix("//")
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
        compiled = Compiled(
            path: String(rest), attribute: attribute, predicate: predicate, fromContext: fromContext, text: text)
    }

    /// Whether a field's path is the one asked for (context paths match by suffix: documents differ
    /// above the learner and issuer, e.g. `elmo/learner` vs `elmo/report/learner`).
    func matches(_ field: SourceField, inContext: Bool) -> Bool {
        let compiled = compiled
        if inContext {
            guard field.path == compiled.path || field.path.hasSuffix(compiled.contextSuffix) else { return false }
        } else if field.path != compiled.path {
            return false
        }
        guard compiled.needsAttributes else { return true }
        // Most fields have no attributes: no lookups then.
        if field.attributes.isEmpty { return false }
        if let predicate = compiled.predicate, field.attributes[predicate.name] != predicate.value { return false }
        if let attribute = compiled.attribute, field.attributes[attribute] == nil { return false }
        return true
    }

    func value(of field: SourceField) -> String {
        if let attribute = compiled.attribute { return field.attributes[attribute] ?? "" }
        return field.value
    }
}
