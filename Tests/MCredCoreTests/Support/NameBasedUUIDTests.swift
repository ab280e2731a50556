import MCredCore
import XCTest

final class NameBasedUUIDTests: XCTestCase {
    func testRFCExample() {
        XCTAssertEqual(
            NameBasedUUID.v5(namespace: NameBasedUUID.dnsNamespace, name: "www.example.com"),
            "2ed6657d-e927-568b-95e1-2665a8aea6a2")
        XCTAssertEqual(
            NameBasedUUID.urn(namespace: NameBasedUUID.dnsNamespace, name: "www.example.com"),
            "urn:uuid:2ed6657d-e927-568b-95e1-2665a8aea6a2")
    }

    /// Expected values from Python: `uuid.uuid5(uuid.NAMESPACE_DNS / NAMESPACE_URL, name)`.
    func testMatchesPython() {
        let cases: [(name: String, dns: String, url: String)] = [
            ("www.example.com", "2ed6657d-e927-568b-95e1-2665a8aea6a2", "b63cdfa4-3df9-568e-97ae-006c5b8fd652"),
            ("python.org", "886313e1-3b8a-5372-9b90-0c9aee199e5d", "7af94e2b-4dd9-50f0-9c9a-8a48519bdef0"),
            ("", "4ebd0208-8328-5d69-8c44-ec50939c0967", "1b4db7eb-4057-5ddf-91e0-36dec72071f5"),
            ("Ελληνικά", "736b8fc3-9e89-5217-95a1-92d51e044c37", "6ed46920-5525-533a-8911-69dad898595a"),
            ("Zoë Ångström", "f1da5c11-12bf-5005-a2cf-ab513e926b8f", "43e1e717-a936-592d-a35e-bd2e7bd3067e"),
            ("日本語テキスト", "47ce1234-028b-5fc1-8b05-af72209cb0a0", "bea72602-b24e-538e-bb8a-f28a659a6b04"),
            ("🎓 micro-credential", "751673d5-d8fa-5402-9761-243182b48f10", "37620e58-b69a-59ef-aa93-f7f781393d37"),
            ("https://example.org/credentials/42", "71101765-0b41-5882-b231-1837c17d5210",
             "89c3146c-907f-5e09-8f23-fa038c466652"),
            (String(repeating: "a", count: 100), "56596f37-716c-57a9-a735-2561f8608390",
             "864949eb-2508-5b93-a1e7-0fe6ca888495"),
        ]
        for item in cases {
            XCTAssertEqual(NameBasedUUID.v5(namespace: NameBasedUUID.dnsNamespace, name: item.name), item.dns, item.name)
            XCTAssertEqual(NameBasedUUID.v5(namespace: NameBasedUUID.urlNamespace, name: item.name), item.url, item.name)
        }
    }

    func testVersionAndVariantBits() {
        for index in 0..<50 {
            let bytes = NameBasedUUID.v5Bytes(namespace: NameBasedUUID.urlNamespace, name: "record-\(index)")
            XCTAssertEqual(bytes.count, 16)
            XCTAssertEqual(bytes[6] >> 4, 5)
            XCTAssertEqual(bytes[8] >> 6, 0b10)
        }
    }

    func testParseAndFormat() {
        XCTAssertEqual(NameBasedUUID.bytes(fromString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8"), NameBasedUUID.dnsNamespace)
        XCTAssertEqual(NameBasedUUID.bytes(fromString: "URN:UUID:6BA7B811-9DAD-11D1-80B4-00C04FD430C8"), NameBasedUUID.urlNamespace)
        XCTAssertEqual(NameBasedUUID.format(NameBasedUUID.urlNamespace), "6ba7b811-9dad-11d1-80b4-00c04fd430c8")
        for bad in ["", "6ba7b810-9dad-11d1-80b4-00c04fd430c", "6ba7b810x9dad-11d1-80b4-00c04fd430c8",
                    "6ba7b810-9dad-11d1-80b4-00c04fd430cg", "urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8x"] {
            XCTAssertNil(NameBasedUUID.bytes(fromString: bad), bad)
        }
    }
}
