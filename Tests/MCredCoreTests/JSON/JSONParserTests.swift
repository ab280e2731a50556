import MCredCore
import XCTest

/// Parses UTF-8 text.
private func parseJSON(_ text: String) throws(JSONParseError) -> JSONNode {
    try JSONParser.parse(Array(text.utf8))
}

/// The error for `bytes`, failing the test if they parse.
private func parseFailure(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> JSONParseError? {
    do {
        let node = try JSONParser.parse(bytes)
        XCTFail("expected a parse error, got \(node.kindName)", file: file, line: line)
        return nil
    } catch {
        return error
    }
}

final class JSONParserTests: XCTestCase {
    func testScalars() throws {
        XCTAssertEqual(try parseJSON("null").value, .null)
        XCTAssertEqual(try parseJSON("true").value, .bool(true))
        XCTAssertEqual(try parseJSON(" false ").value, .bool(false))
        XCTAssertEqual(try parseJSON("\"hi\"").value, .string("hi"))
        XCTAssertEqual(try parseJSON("\"\"").value, .string(""))
        XCTAssertEqual(try parseJSON("[]").value, .array([]))
        XCTAssertEqual(try parseJSON("{}").value, .object([]))
        XCTAssertEqual(try parseJSON(" \t\r\n[ \n ] \n").value, .array([]))
    }

    func testNumbersKeepTheirText() throws {
        for text in ["0", "-0", "1", "-1", "10", "123456789012345678901234567890", "0.5", "-0.0", "1.25e10",
                     "1E+2", "1e-2", "6.02214076E23", "0e0", "-0.000001"] {
            XCTAssertEqual(try parseJSON(text).numberText, text)
            XCTAssertEqual(try parseJSON("[\(text)]")[0]?.numberText, text)
        }
    }

    func testInvalidNumbers() {
        let cases: [(String, String, Int)] = [
            ("-", "invalid number: expected a digit after '-'", 2),
            ("-a", "invalid number: expected a digit after '-'", 2),
            ("01", "invalid number: leading zeros are not allowed", 1),
            ("[-012]", "invalid number: leading zeros are not allowed", 2),
            ("1.", "invalid number: expected a digit after '.'", 3),
            ("1.e5", "invalid number: expected a digit after '.'", 3),
            ("1e", "invalid number: expected a digit in the exponent", 3),
            ("1e+", "invalid number: expected a digit in the exponent", 4),
            (".5", "unexpected character '.', expected a JSON value", 1),
            ("+1", "unexpected character '+', expected a JSON value", 1),
            ("1.5.2", "trailing characters after JSON value", 4),
            ("[1x]", "expected ',' or ']' after array element", 3),
        ]
        for (text, message, column) in cases {
            guard let error = parseFailure(Array(text.utf8)) else { continue }
            XCTAssertEqual(error.message, message, text)
            XCTAssertEqual(error.column, column, text)
            XCTAssertEqual(error.line, 1, text)
        }
    }

    func testStringEscapes() throws {
        XCTAssertEqual(try parseJSON(#""a\"b\\c\/d\be\ff\ng\rh\ti""#).stringValue, "a\"b\\c/d\u{8}e\u{C}f\ng\rh\ti")
        XCTAssertEqual(try parseJSON(#""\u0041\u00e9\u00E9\u20AC\u0000""#).stringValue, "Aéé€\u{0}")
        XCTAssertEqual(try parseJSON(#""\ud83c\udf93 grad""#).stringValue, "🎓 grad")
        XCTAssertEqual(try parseJSON(#""x\uD83C\uDF93""#).stringValue, "x🎓")
        XCTAssertEqual(try parseJSON(#""\uDBFF\uDFFF""#).stringValue, "\u{10FFFF}")
        // Escape after a long plain prefix and non-ASCII mixed in (slow path keeps both).
        XCTAssertEqual(try parseJSON(#""Ελληνικά and more text \n then é""#).stringValue, "Ελληνικά and more text \n then é")
    }

    func testRawUTF8Strings() throws {
        for text in ["é", "Zoë Ångström", "日本語テキスト", "🎓", "a🎓b", String(repeating: "ü", count: 100), "\u{7F}", "\u{10FFFF}",
                     "\u{FFFD}", "\u{E000}\u{D7FF}"] {
            XCTAssertEqual(try parseJSON("\"\(text)\"").stringValue, text)
        }
    }

    /// The 8-byte scan must find a special byte at every offset within and across words.
    func testSpecialBytesAtEveryOffset() throws {
        for offset in 0..<40 {
            let prefix = String(repeating: "a", count: offset)
            XCTAssertEqual(try parseJSON("\"\(prefix)\"").stringValue, prefix)
            XCTAssertEqual(try parseJSON("\"\(prefix)\\n\(prefix)\"").stringValue, prefix + "\n" + prefix)
            XCTAssertEqual(try parseJSON("\"\(prefix)é\(prefix)\"").stringValue, prefix + "é" + prefix)
            let control = parseFailure(Array("\"\(prefix)\u{1}bbbbbbbbbbbb\"".utf8))
            XCTAssertEqual(control?.column, offset + 2)
            XCTAssertEqual(control?.message, "unescaped control character 0x01 in string")
            let invalid = parseFailure(Array("\"\(prefix)".utf8) + [0xFF] + Array("bbbbbbbbbb\"".utf8))
            XCTAssertEqual(invalid?.column, offset + 2)
            XCTAssertEqual(invalid?.message, "invalid UTF-8 byte 0xFF")
            let unterminated = parseFailure(Array("  \"\(prefix)".utf8))
            XCTAssertEqual(unterminated?.message, "unterminated string")
            XCTAssertEqual(unterminated?.column, 3)
        }
    }

    /// Every string length up to 24 with one special byte at every position, including strings
    /// that end right at the end of the buffer (the word scan's tail).
    func testAllLengthsAndPositions() throws {
        for length in 0...24 {
            let plain = String(repeating: "x", count: length)
            XCTAssertEqual(try parseJSON("\"\(plain)\"").stringValue, plain)
            for position in 0..<length {
                for (insert, decoded) in [("\\n", "\n"), ("é", "é"), ("\\u00e9", "é"), ("🎓", "🎓"), ("\\\"", "\"")] {
                    var text = plain
                    text.insert(contentsOf: insert, at: text.index(text.startIndex, offsetBy: position))
                    var expected = plain
                    expected.insert(contentsOf: decoded, at: expected.index(expected.startIndex, offsetBy: position))
                    XCTAssertEqual(try parseJSON("\"\(text)\"").stringValue, expected)
                    XCTAssertEqual(try parseJSON("[\"\(text)\", 1]")[0]?.stringValue, expected)
                }
                let error = parseFailure(Array("\"\(plain)\"".utf8).enumerated().map { $0.offset == position + 1 ? 0x0A : $0.element })
                XCTAssertEqual(error?.column, position + 2)
            }
        }
    }

    func testInvalidUTF8() {
        let cases: [([UInt8], String)] = [
            ([0x80], "invalid UTF-8 byte 0x80"),  // lone continuation
            ([0xC3], "invalid UTF-8 byte 0xC3"),  // truncated at end of input
            ([0xC3, 0x22], "invalid UTF-8 byte 0xC3"),  // truncated before the quote
            ([0xC0, 0x80], "invalid UTF-8 byte 0xC0"),  // overlong NUL
            ([0xC1, 0xBF], "invalid UTF-8 byte 0xC1"),
            ([0xE0, 0x80, 0x80], "invalid UTF-8 byte 0xE0"),  // overlong
            ([0xED, 0xA0, 0x80], "invalid UTF-8 byte 0xED"),  // encoded surrogate
            ([0xF0, 0x80, 0x80, 0x80], "invalid UTF-8 byte 0xF0"),  // overlong
            ([0xF4, 0x90, 0x80, 0x80], "invalid UTF-8 byte 0xF4"),  // above U+10FFFF
            ([0xF5, 0x80, 0x80, 0x80], "invalid UTF-8 byte 0xF5"),
            ([0xE2, 0x82, 0x41], "invalid UTF-8 byte 0xE2"),  // bad third byte
            ([0xFF], "invalid UTF-8 byte 0xFF"),
        ]
        for (inner, message) in cases {
            let bytes = Array("{\"k\": \"ab".utf8) + inner + Array("\"}".utf8)
            let error = parseFailure(bytes)
            XCTAssertEqual(error?.message, message, "\(inner)")
            XCTAssertEqual(error?.column, 10, "\(inner)")
            XCTAssertEqual(error?.byteOffset, 9, "\(inner)")
        }
        // Outside strings a non-ASCII byte is simply not JSON.
        XCTAssertEqual(parseFailure([0xC3, 0xA9])?.message, "unexpected byte 0xC3, expected a JSON value")
    }

    func testStringErrors() {
        let cases: [(String, String, Int, Int)] = [
            ("\"abc", "unterminated string", 1, 1),
            ("[\"a\", \"b", "unterminated string", 1, 7),
            ("\"a\\", "unterminated string", 1, 1),
            ("\"a\\q\"", "invalid escape '\\q'", 1, 3),
            ("\"a\\'\"", "invalid escape '\\''", 1, 3),
            ("\"\\u12\"", "invalid \\u escape: expected 4 hex digits", 1, 2),
            ("\"\\u12G4\"", "invalid \\u escape: expected 4 hex digits", 1, 2),
            ("\"\\uD83C\"", "unpaired high surrogate \\uD83C", 1, 2),
            ("\"\\uD83Cx\\uDF93\"", "unpaired high surrogate \\uD83C", 1, 2),
            ("\"\\uD83C\\u0041\"", "unpaired high surrogate \\uD83C", 1, 2),
            ("\"\\uD83C\\n\"", "unpaired high surrogate \\uD83C", 1, 2),
            ("\"ok\\udf93\"", "unpaired low surrogate \\udf93", 1, 4),
            ("\"\\uD83C\\uD83C\"", "unpaired high surrogate \\uD83C", 1, 2),
            ("{\n  \"a\": \"line\nbreak\"\n}", "unescaped control character 0x0A (line feed; write \\n) in string", 2, 13),
            ("\"tab\there\"", "unescaped control character 0x09 (tab; write \\t) in string", 1, 5),
            ("\"é\\x\"", "invalid escape '\\x'", 1, 3),
        ]
        for (text, message, line, column) in cases {
            guard let error = parseFailure(Array(text.utf8)) else { continue }
            XCTAssertEqual(error.message, message, text)
            XCTAssertEqual(error.line, line, text)
            XCTAssertEqual(error.column, column, text)
        }
    }

    func testStructureErrors() {
        let cases: [(String, String, Int, Int)] = [
            ("", "expected a JSON value, found end of input", 1, 1),
            ("   \n  ", "expected a JSON value, found end of input", 2, 3),
            ("{\"a\": 1 \"b\": 2}", "expected ',' or '}' after object member", 1, 9),
            ("{\"a\": 1,}", "trailing comma in object: expected a key before '}'", 1, 9),
            ("[1, 2,]", "trailing comma in array: expected a value before ']'", 1, 7),
            ("[1 2]", "expected ',' or ']' after array element", 1, 4),
            ("{\"a\" 1}", "expected ':' after object key", 1, 6),
            ("{a: 1}", "expected a double-quoted object key or '}'", 1, 2),
            ("{'a': 1}", "object keys must be double-quoted strings", 1, 2),
            ("{\"a\": 1, 2}", "expected a double-quoted object key after ','", 1, 10),
            ("{\"a\": }", "expected a value, found '}'", 1, 7),
            ("['x']", "strings must be enclosed in double quotes", 1, 2),
            ("[1,,2]", "expected a value, found ','", 1, 4),
            ("{\"a\": 1", "unexpected end of input, expected ',' or '}' after object member", 1, 8),
            ("[1", "unexpected end of input, expected ',' or ']' after array element", 1, 3),
            ("[", "unexpected end of input, expected a value", 1, 2),
            ("{", "unexpected end of input, expected an object key", 1, 2),
            ("{\"a\":", "unexpected end of input, expected a value", 1, 6),
            ("{} {}", "trailing characters after JSON value", 1, 4),
            ("1 2", "trailing characters after JSON value", 1, 3),
            ("nul", "invalid literal, expected 'null'", 1, 1),
            ("[tru]", "invalid literal, expected 'true'", 1, 2),
            ("fals", "invalid literal, expected 'false'", 1, 1),
            ("True", "unexpected character 'T', expected a JSON value", 1, 1),
            ("NaN", "unexpected character 'N', expected a JSON value", 1, 1),
            ("// c\n1", "unexpected character '/', expected a JSON value", 1, 1),
            ("\u{0}", "unexpected byte 0x00, expected a JSON value", 1, 1),
            ("[1]\n\n  x", "trailing characters after JSON value", 3, 3),
            ("{\"é\": 1 x}", "expected ',' or '}' after object member", 1, 9),
        ]
        for (text, message, line, column) in cases {
            guard let error = parseFailure(Array(text.utf8)) else { continue }
            XCTAssertEqual(error.message, message, text)
            XCTAssertEqual(error.line, line, text)
            XCTAssertEqual(error.column, column, text)
        }
    }

    func testErrorDescriptionAndOffset() {
        let error = parseFailure(Array("{\n  \"a\": 1,\n  \"b\" 2\n}".utf8))
        XCTAssertEqual(error?.description, "3:7: expected ':' after object key")
        XCTAssertEqual(error?.byteOffset, 18)
    }

    func testPositions() throws {
        let text = """
        {
          "name": "Zoë",
          "list": [1, "é", {"k": null}],
          "ok": true
        }
        """
        let root = try parseJSON(text)
        XCTAssertEqual(root.line, 1)
        XCTAssertEqual(root.column, 1)
        let members = try XCTUnwrap(root.members)
        XCTAssertEqual(members.map(\.key), ["name", "list", "ok"])
        XCTAssertEqual(members.map(\.line), [2, 3, 4])
        XCTAssertEqual(members.map(\.column), [3, 3, 3])
        XCTAssertEqual(root["name"]?.line, 2)
        XCTAssertEqual(root["name"]?.column, 11)
        let list = try XCTUnwrap(root["list"]?.arrayValue)
        XCTAssertEqual(list.map(\.column), [12, 15, 20])
        // Columns count scalars, so "é" (two bytes) moves what follows by one column only.
        XCTAssertEqual(list[2]["k"]?.column, 26)
        XCTAssertEqual(list[2].members?.first?.column, 21)
        XCTAssertEqual(root["ok"]?.column, 9)
    }

    func testLineOffsetForNDJSON() throws {
        let lines = ["{\"a\": 1}", "{\"b\": [true]}", "{\"c\": nope}"]
        for (index, line) in lines.enumerated() {
            let bytes = Array(line.utf8)
            let result = bytes.withUnsafeBytes { buffer in
                Result { () throws(JSONParseError) -> JSONNode in try JSONParser.parse(buffer, lineOffset: 10 + index) }
            }
            switch result {
            case .success(let node):
                XCTAssertEqual(node.line, 11 + index)
                XCTAssertEqual(node.members?.first?.line, 11 + index)
            case .failure(let error):
                XCTAssertEqual(index, 2)
                XCTAssertEqual(error.line, 13)
                XCTAssertEqual(error.column, 7)
                XCTAssertEqual(error.byteOffset, 6)
            }
        }
    }

    func testByteOrderMarkIsSkipped() throws {
        let node = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8))
        XCTAssertEqual(node["a"]?.numberText, "1")
        XCTAssertEqual(node.column, 1)
        XCTAssertEqual(node["a"]?.column, 7)
        XCTAssertEqual(parseFailure([0xEF, 0xBB, 0xBF])?.message, "expected a JSON value, found end of input")
        // Only at the very start.
        XCTAssertEqual(parseFailure(Array(" ".utf8) + [0xEF, 0xBB, 0xBF] + Array("1".utf8))?.message,
                       "unexpected byte 0xEF, expected a JSON value")
    }

    func testDuplicateKeysAreKeptInOrder() throws {
        let node = try parseJSON(#"{"id": 1, "type": "x", "id": 2}"#)
        XCTAssertEqual(node.members?.map(\.key), ["id", "type", "id"])
        XCTAssertEqual(node["id"]?.numberText, "1")
        XCTAssertEqual(node.members?.last?.value.numberText, "2")
    }

    func testDepthLimit() throws {
        let depth = JSONParser.maximumDepth
        let ok = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        XCTAssertNoThrow(try parseJSON(ok))
        let objects = String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
        XCTAssertNoThrow(try parseJSON(objects))
        let tooDeep = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        let error = parseFailure(Array(tooDeep.utf8))
        XCTAssertEqual(error?.message, "nesting deeper than 512 levels")
        XCTAssertEqual(error?.column, depth + 1)
        // Far deeper input fails the same way instead of exhausting the stack.
        XCTAssertEqual(parseFailure([UInt8](repeating: UInt8(ascii: "["), count: 1_000_000))?.message,
                       "nesting deeper than 512 levels")
    }

    func testConveniences() throws {
        let node = try parseJSON(#"{"s": "x", "n": 2.5, "b": false, "z": null, "a": [1], "o": {}}"#)
        XCTAssertEqual(node.kindName, "object")
        XCTAssertEqual(node["s"]?.stringValue, "x")
        XCTAssertEqual(node["s"]?.kindName, "string")
        XCTAssertEqual(node["n"]?.numberText, "2.5")
        XCTAssertEqual(node["n"]?.kindName, "number")
        XCTAssertEqual(node["b"]?.boolValue, false)
        XCTAssertEqual(node["b"]?.kindName, "boolean")
        XCTAssertEqual(node["z"]?.isNull, true)
        XCTAssertEqual(node["z"]?.kindName, "null")
        XCTAssertEqual(node["a"]?.arrayValue?.count, 1)
        XCTAssertEqual(node["a"]?.kindName, "array")
        XCTAssertEqual(node["o"]?.members?.count, 0)
        XCTAssertNil(node["missing"])
        XCTAssertNil(node["a"]?[5])
        XCTAssertNil(node["s"]?["x"])
        XCTAssertNil(node["s"]?.arrayValue)
        XCTAssertNil(node["s"]?.boolValue)
        XCTAssertNil(node["s"]?.numberText)
        XCTAssertNil(node["s"]?.members)
        XCTAssertFalse(node["s"]?.isNull ?? true)
    }

    func testSameContentIgnoresPositions() throws {
        let a = try parseJSON("{\"a\": [1, \"x\", null]}")
        let b = try parseJSON("\n\n   {\"a\":[1,\"x\",null]}")
        XCTAssertNotEqual(a, b)
        XCTAssertTrue(a.hasSameContent(as: b))
        XCTAssertFalse(a.hasSameContent(as: try parseJSON("{\"a\": [1.0, \"x\", null]}")))
        XCTAssertFalse(a.hasSameContent(as: try parseJSON("{\"b\": [1, \"x\", null]}")))
        XCTAssertFalse(a.hasSameContent(as: try parseJSON("{\"a\": [1, \"x\"]}")))
    }

    /// Mutated and random inputs must only ever throw `JSONParseError`, never trap.
    func testNeverCrashesOnMutatedInput() {
        var rng = JSONTestRandom(seed: 0x5EED)
        let seeds = [
            #"{"a": [1, -2.5e3, "x\u00e9\ud83c\udf93", true, false, null], "b": {"c": "Zoë"}}"#,
            "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\", 0, {}, [], [[]]]",
            "\"日本語テキスト 🎓\"",
        ].map { Array($0.utf8) }
        let interesting: [UInt8] = [0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x75, 0x30, 0x2D, 0x2E, 0x65,
                                    0x0A, 0x00, 0x80, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xFF, 0xEF, 0xBB, 0xBF]
        var parsed = 0
        for iteration in 0..<30_000 {
            var bytes = seeds[iteration % seeds.count]
            for _ in 0..<(1 + Int(rng.next() % 4)) {
                guard !bytes.isEmpty else { break }
                let index = Int(rng.next() % UInt64(bytes.count))
                switch rng.next() % 4 {
                case 0: bytes[index] = interesting[Int(rng.next() % UInt64(interesting.count))]
                case 1: bytes[index] = UInt8(truncatingIfNeeded: rng.next())
                case 2: bytes.remove(at: index)
                default: bytes.insert(interesting[Int(rng.next() % UInt64(interesting.count))], at: index)
                }
            }
            if (try? JSONParser.parse(bytes)) != nil { parsed += 1 }
        }
        for _ in 0..<5_000 {
            let bytes = (0..<Int(rng.next() % 64)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            _ = try? JSONParser.parse(bytes)
        }
        XCTAssertGreaterThan(parsed, 0)
    }
}

/// A tiny deterministic generator (SplitMix64) so the randomized JSON tests repeat exactly.
struct JSONTestRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
