/// A place in an ELM credential, as `Schemas/elements.json` writes it in a part's `json` list:
/// `credentialSubject.hasClaim.specifiedBy[type=Qualification].eqfLevel`.
///
/// A step is a JSON key; arrays are looked through, so a single value and a one-element array read
/// the same (official samples write both). `key[path=value]` keeps the nodes whose relative `path`
/// leads to the string `value` or to a node whose `id` is `value`.
public struct ElementPath: Sendable, CustomStringConvertible {
    struct Step: Sendable {
        var key: String
        var filter: Filter?
    }

    struct Filter: Sendable {
        var path: [String]
        var value: String
    }

    let steps: [Step]
    /// The path as written in the schema.
    public let description: String

    /// Parses a path; nil when a bracket is unbalanced or a filter has no `=`.
    public init?(_ text: String) {
        var steps: [Step] = []
        var segment = ""
        var depth = 0
        var segments: [String] = []
        for character in text {
            if character == "[" { depth += 1 }
            if character == "]" { depth -= 1 }
            if character == ".", depth == 0 {
                segments.append(segment)
                segment = ""
            } else {
                segment.append(character)
            }
        }
        segments.append(segment)
        guard depth == 0 else { return nil }
        for part in segments {
            guard let open = part.firstIndex(of: "[") else {
                guard !part.isEmpty else { return nil }
                steps.append(Step(key: part, filter: nil))
                continue
            }
            guard part.last == "]" else { return nil }
            let inner = part[part.index(after: open)..<part.index(before: part.endIndex)]
            guard let equals = inner.firstIndex(of: "=") else { return nil }
            let filterPath = inner[..<equals].split(separator: ".").map(String.init)
            steps.append(Step(
                key: String(part[..<open]),
                filter: Filter(path: filterPath, value: String(inner[inner.index(after: equals)...]))))
        }
        self.steps = steps
        description = text
    }

    /// The keys without filters, for "where it should be" messages: `credentialSubject.hasClaim.title`.
    public var keys: [String] { steps.map(\.key) }
}

/// A value found in a credential, with where it is: the line and column of its key (or of the array
/// element) and its JSON path (`$.credentialSubject.hasClaim[0].title`).
public struct LocatedValue: Sendable {
    public var node: JSONNode
    public var line: Int
    public var column: Int
    public var jsonPath: String
}

/// The credential as JSON-LD reads it for lookups: a node that only references another by `id`
/// (`{"id": "urn:epass:org:1", "type": "Organisation"}`) is read merged with the node of that id.
struct CredentialGraph {
    let root: JSONNode
    /// Objects with an `id` and some content besides `id` and `type`, by id, in document order.
    private var described: [String: [LocatedValue]] = [:]

    init(root: JSONNode) {
        self.root = root
        var stack: [LocatedValue] = [LocatedValue(node: root, line: root.line, column: root.column, jsonPath: "$")]
        while let item = stack.popLast() {
            switch item.node.value {
            case .object(let members):
                var id: String?
                var hasContent = false
                for member in members {
                    if member.key == "id" { id = member.value.stringValue } else if member.key != "type" { hasContent = true }
                    if case .object = member.value.value {
                        stack.append(LocatedValue(node: member.value, line: member.line, column: member.column, jsonPath: item.jsonPath + "." + member.key))
                    } else if case .array = member.value.value {
                        stack.append(LocatedValue(node: member.value, line: member.line, column: member.column, jsonPath: item.jsonPath + "." + member.key))
                    }
                }
                if let id, hasContent { described[id, default: []].append(item) }
            case .array(let elements):
                for (index, element) in elements.enumerated() {
                    switch element.value {
                    case .object, .array:
                        stack.append(LocatedValue(node: element, line: element.line, column: element.column, jsonPath: item.jsonPath + "[\(index)]"))
                    default: break
                    }
                }
            default: break
            }
        }
    }

    /// The nodes written elsewhere with the same `id` as `node`, excluding `node` itself.
    func others(sameAs node: JSONNode) -> [LocatedValue] {
        guard let id = node["id"]?.stringValue, let list = described[id] else { return [] }
        return list.filter { !($0.node.line == node.line && $0.node.column == node.column) }
    }

    /// The values of `key` on `item`, looking through arrays and into merged copies of the node.
    func children(of item: LocatedValue, key: String) -> [LocatedValue] {
        guard case .object = item.node.value else { return [] }
        var found: [LocatedValue] = []
        for source in [item] + others(sameAs: item.node) {
            for member in source.node.members ?? [] where member.key == key {
                let path = source.jsonPath + "." + key
                if let elements = member.value.arrayValue {
                    for (index, element) in elements.enumerated() {
                        found.append(LocatedValue(node: element, line: element.line, column: element.column, jsonPath: path + "[\(index)]"))
                    }
                } else {
                    found.append(LocatedValue(node: member.value, line: member.line, column: member.column, jsonPath: path))
                }
            }
            if !found.isEmpty { break }
        }
        return found
    }

    /// Every value at `path` from the root.
    func values(at path: ElementPath) -> [LocatedValue] {
        deepest(path).values
    }

    /// The values at `path`, or, when there are none, the deepest node the path reached (for
    /// pointing at where a missing element belongs).
    func deepest(_ path: ElementPath) -> (values: [LocatedValue], reached: LocatedValue) {
        var current = [LocatedValue(node: root, line: root.line, column: root.column, jsonPath: "$")]
        var reached = current[0]
        for step in path.steps {
            var next: [LocatedValue] = []
            for item in current {
                for child in children(of: item, key: step.key) where step.filter.map({ matches(child, $0) }) ?? true {
                    next.append(child)
                }
            }
            if next.isEmpty { return ([], reached) }
            current = next
            reached = next[0]
        }
        return (current.filter { CredentialGraph.hasContent($0.node) }, reached)
    }

    private func matches(_ item: LocatedValue, _ filter: ElementPath.Filter) -> Bool {
        var current = [item]
        for key in filter.path {
            current = current.flatMap { children(of: $0, key: key) }
        }
        return current.contains { value in
            value.node.stringValue == filter.value || value.node["id"]?.stringValue == filter.value
        }
    }

    /// Whether a value says something: a non-blank string, a number, a boolean, a node with an id, or a
    /// language map or array with such a value.
    static func hasContent(_ node: JSONNode) -> Bool {
        switch node.value {
        case .null: return false
        case .bool, .number: return true
        case .string(let text): return !text.trimmingSpaces.isEmpty
        case .array(let elements): return elements.contains(where: hasContent)
        case .object(let members):
            if members.contains(where: { $0.key == "id" && hasContent($0.value) }) { return true }
            return members.contains { $0.key != "type" && hasContent($0.value) }
        }
    }

    /// The first text of a value: the string itself, a language map's English (else first) text, a
    /// concept's `id`; nil for anything else.
    static func firstText(_ node: JSONNode) -> String? {
        switch node.value {
        case .string(let text): return text.trimmingSpaces.isEmpty ? nil : text
        case .number(let text): return text
        case .array(let elements): return elements.lazy.compactMap(firstText).first
        case .object(let members):
            if let id = node["id"]?.stringValue { return id }
            if let english = node["en"], let text = firstText(english) { return text }
            return members.lazy.compactMap { firstText($0.value) }.first
        default: return nil
        }
    }
}
