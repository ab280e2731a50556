/// A strict RFC 8259 JSON parser over bytes that records the position of every value.
///
/// Why not Foundation: `JSONSerialization`/`JSONDecoder` lose line numbers (the validator must
/// point at the offending value) and are several times slower on large exports.
///
/// Strictness: exactly one value surrounded by optional whitespace; no comments, trailing commas,
/// single quotes, `NaN`, leading zeros or unescaped control characters; strings must be valid
/// UTF-8 and `\u` escapes must pair surrogates. Duplicate object keys are accepted and kept in
/// order, because reporting them is the validator's job.
///
/// Robustness: the parser is iterative (an explicit stack, never recursion), refuses nesting
/// deeper than ``maximumDepth``, and never traps on any input; it is meant to be fuzzed.
public enum JSONParser {
    /// Deepest nesting of arrays and objects accepted; one level more is a parse error.
    public static var maximumDepth: Int { 512 }

    /// Parses a whole document: one JSON value plus optional whitespace. A leading UTF-8 byte order
    /// mark is skipped (it does not count as a column).
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONNode {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONParseError) -> JSONNode in try parse(buffer) }
        }
        return try result.get()
    }

    /// Parses one JSON value plus optional whitespace from `bytes` (a leading byte order mark is
    /// skipped). `lineOffset` is added to every reported line, so NDJSON readers can parse each line
    /// on its own and still report file lines: pass `n - 1` for the file's line `n`. Byte offsets
    /// in errors stay relative to `bytes`.
    public static func parse(_ bytes: UnsafeRawBufferPointer, lineOffset: Int = 0) throws(JSONParseError) -> JSONNode {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            throw JSONParseError(
                message: "expected a JSON value, found end of input", line: 1 &+ lineOffset, column: 1, byteOffset: 0)
        }
        var parser = JSONParserState(base: base.assumingMemoryBound(to: UInt8.self), count: bytes.count, lineOffset: lineOffset)
        return try parser.parseDocument()
    }
}

/// The mutable cursor and stacks of one parse. Internal: only ``JSONParser`` drives it.
struct JSONParserState {
    /// An open array or object whose elements are still being read. Plain data (no strings), so
    /// reading it from the stack costs no reference counting.
    struct Frame {
        var isObject: Bool
        /// Where this container's children start in `values` (arrays) or `members` (objects).
        var start: Int
        var line: Int
        var column: Int
    }

    let base: UnsafePointer<UInt8>
    let end: Int
    let lineOffset: Int
    var pos = 0
    /// 1-based line of `pos`, not yet shifted by `lineOffset`.
    var line = 1
    /// Offset of the first byte of the current line.
    var lineStart = 0
    /// UTF-8 continuation bytes between `lineStart` and `pos`; subtracting them turns byte columns
    /// into scalar columns. Non-ASCII bytes can only occur inside strings, where they are counted
    /// while being validated, so this costs nothing extra.
    var continuationBytes = 0
    /// Unescaped bytes of the string being read, reused across strings (slow path only).
    var scratch: [UInt8] = []
    /// Children of every open container, innermost last; a closing bracket moves its slice out.
    /// Sharing one stack beats a growing array per container: each result is allocated once, exactly sized.
    var values: [JSONNode] = []
    /// Members of open objects; the last one of an object whose value is being read holds its key
    /// and a placeholder value until the value is complete.
    var members: [JSONMember] = []
    var frames: [Frame] = []

    init(base: UnsafePointer<UInt8>, count: Int, lineOffset: Int) {
        self.base = base
        self.end = count
        self.lineOffset = lineOffset
    }

    // MARK: Positions and errors

    @inline(__always) var reportedLine: Int { line &+ lineOffset }

    /// 1-based scalar column of `offset`, which must lie on the current line at or after every
    /// multi-byte sequence counted so far.
    @inline(__always) func column(at offset: Int) -> Int { offset - lineStart - continuationBytes + 1 }

    func failure(_ message: String, at offset: Int) -> JSONParseError {
        JSONParseError(message: message, line: reportedLine, column: column(at: offset), byteOffset: offset)
    }

    @inline(__always) mutating func skipWhitespace() {
        while pos < end {
            let byte = base[pos]
            if byte > 0x20 { return }
            if byte == 0x20 {
                pos += 1
                // Indentation comes in runs of spaces: skip them a word at a time.
                while end - pos >= 8, UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020 {
                    pos += 8
                }
            } else if byte == 0x0A {
                pos += 1
                line += 1
                lineStart = pos
                continuationBytes = 0
            } else if byte == 0x09 || byte == 0x0D {
                pos += 1
            } else {
                return
            }
        }
    }

    // MARK: Document and containers

    mutating func parseDocument() throws(JSONParseError) -> JSONNode {
        if end >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF {
            pos = 3
            lineStart = 3
        }
        let root = try parseValueTree()
        skipWhitespace()
        if pos < end { throw failure("trailing characters after JSON value", at: pos) }
        return root
    }

    /// Reads one complete value (with everything nested in it) starting at the next non-blank byte.
    mutating func parseValueTree() throws(JSONParseError) -> JSONNode {
        nextValue: while true {
            skipWhitespace()
            guard pos < end else {
                throw failure(
                    frames.isEmpty ? "expected a JSON value, found end of input" : "unexpected end of input, expected a value",
                    at: pos)
            }
            let startLine = reportedLine
            let startColumn = column(at: pos)
            var node: JSONNode
            switch base[pos] {
            case UInt8(ascii: "{"):
                try checkDepth()
                pos += 1
                skipWhitespace()
                if pos < end, base[pos] == UInt8(ascii: "}") {
                    pos += 1
                    node = JSONNode(.object([]), line: startLine, column: startColumn)
                } else {
                    frames.append(Frame(isObject: true, start: members.count, line: startLine, column: startColumn))
                    try parseKeyAndColon(afterComma: false)
                    continue nextValue
                }
            case UInt8(ascii: "["):
                try checkDepth()
                pos += 1
                skipWhitespace()
                if pos < end, base[pos] == UInt8(ascii: "]") {
                    pos += 1
                    node = JSONNode(.array([]), line: startLine, column: startColumn)
                } else {
                    frames.append(Frame(isObject: false, start: values.count, line: startLine, column: startColumn))
                    continue nextValue
                }
            case UInt8(ascii: "\""):
                node = JSONNode(.string(try parseString()), line: startLine, column: startColumn)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                node = JSONNode(.number(try parseNumber()), line: startLine, column: startColumn)
            case UInt8(ascii: "t"):
                try parseLiteral("true")
                node = JSONNode(.bool(true), line: startLine, column: startColumn)
            case UInt8(ascii: "f"):
                try parseLiteral("false")
                node = JSONNode(.bool(false), line: startLine, column: startColumn)
            case UInt8(ascii: "n"):
                try parseLiteral("null")
                node = JSONNode(.null, line: startLine, column: startColumn)
            case let byte:
                throw failure(Self.unexpectedValueMessage(byte), at: pos)
            }

            // Attach the finished value to its container; keep closing containers while the next
            // token closes one, and go back for another value after a comma.
            while let top = frames.indices.last {
                skipWhitespace()
                if frames[top].isObject {
                    members[members.count - 1].value = node
                    guard pos < end else {
                        throw failure("unexpected end of input, expected ',' or '}' after object member", at: pos)
                    }
                    let byte = base[pos]
                    if byte == UInt8(ascii: ",") {
                        pos += 1
                        skipWhitespace()
                        try parseKeyAndColon(afterComma: true)
                        continue nextValue
                    }
                    guard byte == UInt8(ascii: "}") else {
                        throw failure("expected ',' or '}' after object member", at: pos)
                    }
                    pos += 1
                    let frame = frames.removeLast()
                    let children = Self.moveTail(of: &members, from: frame.start, placeholder: JSONMember(key: "", value: JSONNode(.null)))
                    node = JSONNode(.object(children), line: frame.line, column: frame.column)
                } else {
                    values.append(node)
                    guard pos < end else {
                        throw failure("unexpected end of input, expected ',' or ']' after array element", at: pos)
                    }
                    let byte = base[pos]
                    if byte == UInt8(ascii: ",") {
                        pos += 1
                        skipWhitespace()
                        if pos < end, base[pos] == UInt8(ascii: "]") {
                            throw failure("trailing comma in array: expected a value before ']'", at: pos)
                        }
                        continue nextValue
                    }
                    guard byte == UInt8(ascii: "]") else {
                        throw failure("expected ',' or ']' after array element", at: pos)
                    }
                    pos += 1
                    let frame = frames.removeLast()
                    let children = Self.moveTail(of: &values, from: frame.start, placeholder: JSONNode(.null))
                    node = JSONNode(.array(children), line: frame.line, column: frame.column)
                }
            }
            return node
        }
    }

    /// Moves `stack[start...]` into a new, exactly sized array and shrinks `stack` to `start`.
    ///
    /// Moving instead of copying saves a retain and a release per child (measurable on large
    /// files); the vacated slots are refilled with a payload-free placeholder so that shrinking
    /// destroys nothing that was moved.
    @inline(__always)
    static func moveTail<Element>(of stack: inout [Element], from start: Int, placeholder: Element) -> [Element] {
        let count = stack.count - start
        guard count > 0 else { return [] }
        let result = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            stack.withUnsafeMutableBufferPointer { source in
                guard let target = buffer.baseAddress, let origin = source.baseAddress else { return }
                target.moveInitialize(from: origin + start, count: count)
                (origin + start).initialize(repeating: placeholder, count: count)
                initialized = count
            }
        }
        stack.removeLast(count)
        return result
    }

    @inline(__always) func checkDepth() throws(JSONParseError) {
        if frames.count >= JSONParser.maximumDepth {
            throw failure("nesting deeper than \(JSONParser.maximumDepth) levels", at: pos)
        }
    }

    /// Reads `"key" :` for the innermost (object) frame and pushes its member with a placeholder
    /// value; `pos` is at the key's first byte.
    mutating func parseKeyAndColon(afterComma: Bool) throws(JSONParseError) {
        guard pos < end else { throw failure("unexpected end of input, expected an object key", at: pos) }
        let byte = base[pos]
        guard byte == UInt8(ascii: "\"") else {
            let message = if afterComma && byte == UInt8(ascii: "}") {
                "trailing comma in object: expected a key before '}'"
            } else if byte == UInt8(ascii: "'") {
                "object keys must be double-quoted strings"
            } else if afterComma {
                "expected a double-quoted object key after ','"
            } else {
                "expected a double-quoted object key or '}'"
            }
            throw failure(message, at: pos)
        }
        let keyLine = reportedLine
        let keyColumn = column(at: pos)
        let key = try parseString()
        skipWhitespace()
        guard pos < end, base[pos] == UInt8(ascii: ":") else {
            throw failure("expected ':' after object key", at: pos)
        }
        pos += 1
        members.append(JSONMember(key: key, line: keyLine, column: keyColumn, value: JSONNode(.null)))
    }

    static func unexpectedValueMessage(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "'"): "strings must be enclosed in double quotes"
        case UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: ":"):
            "expected a value, found '\(Character(Unicode.Scalar(byte)))'"
        case 0x21...0x7E: "unexpected character '\(Character(Unicode.Scalar(byte)))', expected a JSON value"
        default: "unexpected byte \(hexByte(byte)), expected a JSON value"
        }
    }

    /// `0xC3`: bytes are shown in hex so invisible and invalid ones are unambiguous.
    static func hexByte(_ byte: UInt8) -> String {
        let digits: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F"]
        return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}
