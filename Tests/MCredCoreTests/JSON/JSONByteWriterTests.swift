import MCredCore
import XCTest

final class JSONByteWriterTests: XCTestCase {
    /// Documents with the exact text Python 3.11 produces for
    /// `json.dumps(json.loads(input), indent=2, ensure_ascii=False)` and with `separators=(",", ":")`
    /// (generated once with python3 and pasted here).
    static let pythonCases: [(name: String, input: String, pretty: String, compact: String)] = [
        (
            name: "credential",
            input: #"""
        {"@context":["https://www.w3.org/ns/credentials/v2","http://data.europa.eu/snb/model/context/edc-ap"],"id":"urn:uuid:2ed6657d-e927-568b-95e1-2665a8aea6a2","type":["VerifiableCredential","EuropeanDigitalCredential"],"credentialSubject":{"id":"did:example:1","givenName":{"el":["Ελένη"],"en":["Eleni"]},"hasClaim":[{"id":"urn:x","ects":5,"grade":7.5,"awarded":true,"note":null,"empty":[],"obj":{}}]},"nested":[[],[[]],{},[{}],[[1,[2,{"deep":[{}]}]]]],"numbers":[0,-1,12345678901234567890,0.5,-0.25,1e+100]}
        """#,
            pretty: #"""
        {
          "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "http://data.europa.eu/snb/model/context/edc-ap"
          ],
          "id": "urn:uuid:2ed6657d-e927-568b-95e1-2665a8aea6a2",
          "type": [
            "VerifiableCredential",
            "EuropeanDigitalCredential"
          ],
          "credentialSubject": {
            "id": "did:example:1",
            "givenName": {
              "el": [
                "Ελένη"
              ],
              "en": [
                "Eleni"
              ]
            },
            "hasClaim": [
              {
                "id": "urn:x",
                "ects": 5,
                "grade": 7.5,
                "awarded": true,
                "note": null,
                "empty": [],
                "obj": {}
              }
            ]
          },
          "nested": [
            [],
            [
              []
            ],
            {},
            [
              {}
            ],
            [
              [
                1,
                [
                  2,
                  {
                    "deep": [
                      {}
                    ]
                  }
                ]
              ]
            ]
          ],
          "numbers": [
            0,
            -1,
            12345678901234567890,
            0.5,
            -0.25,
            1e+100
          ]
        }
        """#,
            compact: #"""
        {"@context":["https://www.w3.org/ns/credentials/v2","http://data.europa.eu/snb/model/context/edc-ap"],"id":"urn:uuid:2ed6657d-e927-568b-95e1-2665a8aea6a2","type":["VerifiableCredential","EuropeanDigitalCredential"],"credentialSubject":{"id":"did:example:1","givenName":{"el":["Ελένη"],"en":["Eleni"]},"hasClaim":[{"id":"urn:x","ects":5,"grade":7.5,"awarded":true,"note":null,"empty":[],"obj":{}}]},"nested":[[],[[]],{},[{}],[[1,[2,{"deep":[{}]}]]]],"numbers":[0,-1,12345678901234567890,0.5,-0.25,1e+100]}
        """#
        ),
        (
            name: "escapes",
            input: #"""
        {"text":"quote\" backslash\\ slash/ nl\n cr\r tab\t bs\b ff\f nul\u0000 one\u0001 esc\u001b us\u001f é ü 日本 🎓","key \"q\"\n":"v"}
        """#,
            pretty: #"""
        {
          "text": "quote\" backslash\\ slash/ nl\n cr\r tab\t bs\b ff\f nul\u0000 one\u0001 esc\u001b us\u001f é ü 日本 🎓",
          "key \"q\"\n": "v"
        }
        """#,
            compact: #"""
        {"text":"quote\" backslash\\ slash/ nl\n cr\r tab\t bs\b ff\f nul\u0000 one\u0001 esc\u001b us\u001f é ü 日本 🎓","key \"q\"\n":"v"}
        """#
        ),
        (
            name: "scalarArray",
            input: #"""
        [null,true,false,"",[],{}]
        """#,
            pretty: #"""
        [
          null,
          true,
          false,
          "",
          [],
          {}
        ]
        """#,
            compact: #"""
        [null,true,false,"",[],{}]
        """#
        ),
        (
            name: "emptyObject",
            input: #"""
        {}
        """#,
            pretty: #"""
        {}
        """#,
            compact: #"""
        {}
        """#
        ),
        (
            name: "emptyArray",
            input: #"""
        []
        """#,
            pretty: #"""
        []
        """#,
            compact: #"""
        []
        """#
        ),
        (
            name: "string",
            input: #"""
        "just a string"
        """#,
            pretty: #"""
        "just a string"
        """#,
            compact: #"""
        "just a string"
        """#
        ),
    ]

    func testPrettyAndCompactMatchPython() throws {
        for item in Self.pythonCases {
            let node = try JSONParser.parse(Array(item.input.utf8))
            let pretty = JSONByteWriter.render(node, pretty: true)
            XCTAssertEqual(String(decoding: pretty, as: UTF8.self), item.pretty, item.name)
            XCTAssertEqual(pretty, Array(item.pretty.utf8), item.name)
            let compact = JSONByteWriter.render(node, pretty: false)
            XCTAssertEqual(compact, Array(item.compact.utf8), item.name)
            // And Python's output parses back to the same content.
            XCTAssertTrue(try JSONParser.parse(pretty).hasSameContent(as: node), item.name)
        }
    }

    func testBuildingWithTheAPI() {
        var writer = JSONByteWriter(pretty: true)
        writer.beginObject()
        writer.key("id")
        writer.string("urn:x")
        writer.key("ects")
        writer.integer(5)
        writer.key("grade")
        writer.number("7.5")
        writer.key("flags")
        writer.beginArray()
        writer.bool(true)
        writer.bool(false)
        writer.null()
        writer.endArray()
        writer.key("none")
        writer.beginArray()
        writer.endArray()
        writer.key("raw")
        writer.rawValue(Array(#"{"a":1}"#.utf8))
        writer.endObject()
        let expected = """
        {
          "id": "urn:x",
          "ects": 5,
          "grade": 7.5,
          "flags": [
            true,
            false,
            null
          ],
          "none": [],
          "raw": {"a":1}
        }
        """
        XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), expected)
        XCTAssertEqual(writer.depth, 0)
    }

    func testCompactHasNoWhitespace() {
        var writer = JSONByteWriter(pretty: false)
        writer.beginObject()
        writer.key("a")
        writer.integer(1)
        writer.key("b")
        writer.beginArray()
        writer.integer(1)
        writer.integer(2)
        writer.endArray()
        writer.key("c")
        writer.beginObject()
        writer.endObject()
        writer.endObject()
        XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), #"{"a":1,"b":[1,2],"c":{}}"#)
    }

    /// Every byte below 0x20 plus the special and raw-written characters, against Python's
    /// `json.dumps(chr(i), ensure_ascii=False)`.
    func testEscapingMatchesPython() {
        let short: [UInt8: String] = [0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r"]
        let hex = Array("0123456789abcdef")
        for value in UInt8(0)..<0x20 {
            let expected = short[value] ?? "\\u00" + String(hex[Int(value >> 4)]) + String(hex[Int(value & 0xF)])
            var writer = JSONByteWriter(pretty: false)
            writer.string(String(UnicodeScalar(value)))
            XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), "\"\(expected)\"", "byte \(value)")
        }
        let raw: [(String, String)] = [
            ("\"", #""\"""#), ("\\", #""\\""#), ("/", #""/""#), ("\u{7F}", "\"\u{7F}\""),
            ("\u{2028}\u{2029}", "\"\u{2028}\u{2029}\""), ("é🎓", "\"é🎓\""), ("", "\"\""),
        ]
        for (input, expected) in raw {
            var writer = JSONByteWriter(pretty: false)
            writer.string(input)
            XCTAssertEqual(writer.bytes, Array(expected.utf8), input)
        }
    }

    /// Escapes at every offset exercise the 8-byte scan and the run copying around it.
    func testEscapesAtEveryOffset() throws {
        for offset in 0..<40 {
            for special in ["\"", "\\", "\n", "\u{1}", "é"] {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 40 - offset)
                var writer = JSONByteWriter(pretty: false)
                writer.string(text)
                XCTAssertEqual(try JSONParser.parse(writer.bytes).stringValue, text)
            }
        }
    }

    /// Every string length up to 24 with one special byte at every position, against a plain
    /// byte-by-byte reference of Python's escaping (covers the word scan's overlapping tail).
    func testEscapingAllLengthsAndPositions() {
        func reference(_ text: String) -> [UInt8] {
            var out: [UInt8] = [0x22]
            for byte in text.utf8 {
                switch byte {
                case 0x22: out += Array(#"\""#.utf8)
                case 0x5C: out += Array(#"\\"#.utf8)
                case 0x0A: out += Array(#"\n"#.utf8)
                case 0x0D: out += Array(#"\r"#.utf8)
                case 0x09: out += Array(#"\t"#.utf8)
                case 0x08: out += Array(#"\b"#.utf8)
                case 0x0C: out += Array(#"\f"#.utf8)
                case 0..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    out += Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                default: out.append(byte)
                }
            }
            return out + [0x22]
        }
        var writer = JSONByteWriter(pretty: false)
        for length in 0...24 {
            let plain = String(repeating: "x", count: length)
            writer.reset()
            writer.string(plain)
            XCTAssertEqual(writer.bytes, reference(plain))
            for position in 0..<length {
                for special in ["\"", "\\", "\u{0}", "\u{1F}", "\n", "é", "\u{7F}", " "] {
                    var scalars = Array(plain.unicodeScalars)
                    scalars[position] = special.unicodeScalars.first!
                    var text = ""
                    text.unicodeScalars.append(contentsOf: scalars)
                    writer.reset()
                    writer.string(text)
                    XCTAssertEqual(writer.bytes, reference(text), "length \(length) position \(position)")
                }
            }
        }
    }

    func testIntegers() {
        for value in [0, 7, -7, 10, 42, -100, 1_234_567_890, Int.max, Int.min] {
            var writer = JSONByteWriter(pretty: true)
            writer.integer(value)
            XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), String(value))
        }
    }

    func testResetReusesTheBuffer() {
        var writer = JSONByteWriter(pretty: true, initialCapacity: 16)
        for index in 0..<3 {
            writer.reset()
            writer.beginArray()
            writer.integer(index)
            writer.endArray()
            XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), "[\n  \(index)\n]")
        }
    }

    func testDeepNestingIndents() throws {
        var writer = JSONByteWriter(pretty: true)
        for _ in 0..<100 { writer.beginArray() }
        writer.integer(1)
        for _ in 0..<100 { writer.endArray() }
        let text = String(decoding: writer.bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("\n" + String(repeating: " ", count: 200) + "1\n"))
        XCTAssertEqual(try JSONParser.parse(writer.bytes).arrayValue?.count, 1)
    }

    /// parse(write(x)) has the same content as x, pretty and compact, for random trees.
    func testRoundTripRandomTrees() throws {
        var rng = JSONTestRandom(seed: 42)
        for _ in 0..<500 {
            let node = Self.randomNode(&rng, depth: 0)
            for pretty in [true, false] {
                let bytes = JSONByteWriter.render(node, pretty: pretty)
                let parsed = try JSONParser.parse(bytes)
                XCTAssertTrue(parsed.hasSameContent(as: node), String(decoding: bytes, as: UTF8.self))
                // Writing what was parsed gives the same bytes again.
                XCTAssertEqual(JSONByteWriter.render(parsed, pretty: pretty), bytes)
            }
        }
    }

    static func randomNode(_ rng: inout JSONTestRandom, depth: Int) -> JSONNode {
        let pieces = ["a", "Zoë", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "日本", "🎓", " ", "long text here"]
        let numbers = ["0", "-0", "1", "-12", "3.25", "1e5", "-2.5E-3", "12345678901234567890123"]
        let kind = depth > 5 ? Int(rng.next() % 5) : Int(rng.next() % 7)
        switch kind {
        case 0: return JSONNode(.null)
        case 1: return JSONNode(.bool(rng.next() % 2 == 0))
        case 2: return JSONNode(.number(numbers[Int(rng.next() % UInt64(numbers.count))]))
        case 3, 4:
            let text = (0..<Int(rng.next() % 6)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            return JSONNode(.string(text))
        case 5:
            return JSONNode(.array((0..<Int(rng.next() % 4)).map { _ in randomNode(&rng, depth: depth + 1) }))
        default:
            return JSONNode(.object((0..<Int(rng.next() % 4)).map { _ in
                let key = pieces[Int(rng.next() % UInt64(pieces.count))]
                return JSONMember(key: key, value: randomNode(&rng, depth: depth + 1))
            }))
        }
    }
}
