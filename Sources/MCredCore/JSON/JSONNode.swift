/// One JSON value with the position of its first byte in the source text.
///
/// Produced by ``JSONParser``; positions make validator diagnostics point at the offending
/// value. `line` is 1-based. `column` is 1-based and counts Unicode scalars (code points) from the
/// start of the line, so a value after `"é", ` is reported where an editor shows it; a tab counts
/// as one column and a leading byte order mark is not counted.
///
/// Equality (`==`) compares positions too. Use ``hasSameContent(as:)`` to compare only the values.
public struct JSONNode: Sendable, Equatable {
    /// The value itself.
    ///
    /// Not `indirect`: the payloads that recurse (`array`, `object`) are already heap-allocated
    /// arrays, and boxing every case would cost one allocation per parsed value.
    public enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        /// The number's text exactly as written (already validated against the RFC 8259
        /// grammar by the parser), so `1.0` and `1` stay distinct and no precision is lost.
        case number(String)
        case string(String)
        case array([JSONNode])
        /// Members in document order; duplicate keys are kept so the validator can report them.
        case object([JSONMember])
    }

    public var value: Value
    /// 1-based line of the value's first byte.
    public var line: Int
    /// 1-based column of the value's first byte, in Unicode scalars from the start of the line.
    public var column: Int

    /// A node; positions default to 0 ("not from a source text") for values built in code.
    public init(_ value: Value, line: Int = 0, column: Int = 0) {
        self.value = value
        self.line = line
        self.column = column
    }

    /// The first member named `key` when this is an object; `nil` otherwise or when absent.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        for member in members where member.key == key { return member.value }
        return nil
    }

    /// The element at `index` when this is an array and the index is in range; `nil` otherwise.
    public subscript(index: Int) -> JSONNode? {
        guard case .array(let elements) = value, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// The string when this is a string.
    public var stringValue: String? {
        if case .string(let string) = value { return string }
        return nil
    }

    /// The elements when this is an array.
    public var arrayValue: [JSONNode]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    /// The members, in document order and with duplicates, when this is an object.
    public var members: [JSONMember]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// The boolean when this is `true` or `false`.
    public var boolValue: Bool? {
        if case .bool(let bool) = value { return bool }
        return nil
    }

    /// The number's text as written when this is a number.
    public var numberText: String? {
        if case .number(let text) = value { return text }
        return nil
    }

    /// Whether this is `null`.
    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// The JSON type name, as used in messages: `object`, `array`, `string`, `number`,
    /// `boolean` or `null` (JSON Schema's spelling).
    public var kindName: String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// Whether both nodes hold the same value, ignoring every line and column.
    ///
    /// Numbers compare by their text (`1.0` differs from `1`); object members compare in order.
    public func hasSameContent(as other: JSONNode) -> Bool {
        switch (value, other.value) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)):
            guard a.count == b.count else { return false }
            for index in a.indices where !a[index].hasSameContent(as: b[index]) { return false }
            return true
        case let (.object(a), .object(b)):
            guard a.count == b.count else { return false }
            for index in a.indices {
                guard a[index].key == b[index].key, a[index].value.hasSameContent(as: b[index].value) else {
                    return false
                }
            }
            return true
        default:
            return false
        }
    }
}

/// One `"key": value` pair of a JSON object; `line` and `column` are those of the key's opening quote.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    /// 1-based line of the key.
    public var line: Int
    /// 1-based column of the key, in Unicode scalars (see ``JSONNode``).
    public var column: Int
    public var value: JSONNode

    /// A member; positions default to 0 for members built in code.
    public init(key: String, line: Int = 0, column: Int = 0, value: JSONNode) {
        self.key = key
        self.line = line
        self.column = column
        self.value = value
    }
}

/// Why a text is not JSON, and where: `line`/`column` (1-based, column in Unicode scalars) and
/// `byteOffset` (0-based, from the start of the parsed buffer) point at the offending byte.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A short human sentence, e.g. `expected ',' or '}' after object member`.
    public var message: String
    public var line: Int
    public var column: Int
    public var byteOffset: Int

    public init(message: String, line: Int, column: Int, byteOffset: Int) {
        self.message = message
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }

    /// `line:column: message`, ready to be prefixed with a file name.
    public var description: String { "\(line):\(column): \(message)" }
}
