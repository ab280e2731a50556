/// Name-based UUIDs, version 5 (SHA-1), per RFC 9562 §5.5.
///
/// Credential ids must be stable: converting the same export twice has to give the same ids, so
/// ids are derived from a namespace and a name instead of being random. The result matches
/// Python's `uuid.uuid5(namespace, name)` (the name is hashed as UTF-8).
public enum NameBasedUUID {
    /// The RFC 9562 namespace for DNS names, `6ba7b810-9dad-11d1-80b4-00c04fd430c8`.
    public static let dnsNamespace: [UInt8] = [
        0x6B, 0xA7, 0xB8, 0x10, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8,
    ]
    /// The RFC 9562 namespace for URLs, `6ba7b811-9dad-11d1-80b4-00c04fd430c8`.
    public static let urlNamespace: [UInt8] = [
        0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8,
    ]

    /// The 16 bytes of the version 5 UUID for `name` (UTF-8) in `namespace` (16 bytes).
    public static func v5Bytes(namespace: [UInt8], name: String) -> [UInt8] {
        precondition(namespace.count == 16, "a UUID namespace is 16 bytes")
        var sha = SHA1()
        sha.update(namespace)
        sha.update(name.utf8)
        var uuid = Array(sha.digest().prefix(16))
        uuid[6] = (uuid[6] & 0x0F) | 0x50  // version 5
        uuid[8] = (uuid[8] & 0x3F) | 0x80  // variant 10 (RFC 9562)
        return uuid
    }

    /// The version 5 UUID for `name` in `namespace`, lowercase `8-4-4-4-12`,
    /// e.g. `2ed6657d-e927-568b-95e1-2665a8aea6a2` for `www.example.com` in ``dnsNamespace``.
    public static func v5(namespace: [UInt8], name: String) -> String {
        format(v5Bytes(namespace: namespace, name: name))
    }

    /// ``v5(namespace:name:)`` as a URN: `urn:uuid:2ed6657d-...`.
    public static func urn(namespace: [UInt8], name: String) -> String {
        var sha = SHA1()
        sha.update(namespace)
        sha.update(name.utf8)
        return urn(hashing: sha)
    }

    /// The URN of the name `prefix + separator + suffix`, hashed in three parts rather than joined
    /// first (node ids are derived per credential, about fifteen per record).
    static func urn(namespace: [UInt8], name prefix: String, _ separator: StaticString, _ suffix: String) -> String {
        urn(hashing: hashing(namespace: namespace, prefix, separator, suffix))
    }

    /// SHA-1 fed the namespace and the name `prefix + separator + suffix`.
    private static func hashing(
        namespace: [UInt8], _ prefix: String, _ separator: StaticString, _ suffix: String
    ) -> SHA1 {
        var sha = SHA1()
        sha.update(namespace)
        sha.update(prefix.utf8)
        sha.update(UnsafeRawBufferPointer(start: separator.utf8Start, count: separator.utf8CodeUnitCount))
        sha.update(suffix.utf8)
        return sha
    }

    /// The URN of `prefix + separator + suffix` appended to `bytes` (a node id written straight
    /// into a document, without a `String` in between).
    static func appendURN(
        namespace: [UInt8], name prefix: String, _ separator: StaticString, _ suffix: String, to bytes: inout [UInt8]
    ) {
        let sha = hashing(namespace: namespace, prefix, separator, suffix)
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: urnLength))
        bytes.withUnsafeMutableBufferPointer { out in
            _ = formatURN(sha, into: UnsafeMutableBufferPointer(rebasing: out[start...]))
        }
    }

    /// `urn:uuid:` and the 36 characters of a UUID.
    private static let urnLength = 45

    /// `urn:uuid:` and the version 5 UUID of what `sha` was fed, formatted straight into the string.
    static func urn(hashing sha: SHA1) -> String {
        String(unsafeUninitializedCapacity: urnLength) { formatURN(sha, into: $0) }
    }

    /// Writes the URN of what `sha` was fed into the first 45 bytes of `out`; returns 45.
    private static func formatURN(_ sha: SHA1, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let words = sha.digestWords()
        let prefix: StaticString = "urn:uuid:"
        let base = out.baseAddress.unsafelyUnwrapped
        base.update(from: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        // Version 5 in byte 6's high nibble, variant 10 in byte 8's two high bits (RFC 9562).
        let third = (words.1 & 0xFFFF_0FFF) | 0x0000_5000
        let fourth = (words.2 & 0x3FFF_FFFF) | 0x8000_0000
        var o = prefix.utf8CodeUnitCount
        @inline(__always) func hex(_ word: UInt32, bytes: Int) {
            let digits: StaticString = "0123456789abcdef"
            for index in 0..<(bytes * 2) {
                let nibble = Int((word >> UInt32(28 - 4 * index)) & 0xF)
                base[o + index] = digits.utf8Start[nibble]
            }
            o += bytes * 2
        }
        @inline(__always) func dash() {
            base[o] = UInt8(ascii: "-")
            o += 1
        }
        hex(words.0, bytes: 4)
        dash()
        hex(third, bytes: 2)
        dash()
        hex(third << 16, bytes: 2)
        dash()
        hex(fourth, bytes: 2)
        dash()
        hex(fourth << 16, bytes: 2)
        hex(words.3, bytes: 4)
        return o
    }

    /// Formats 16 bytes as lowercase `8-4-4-4-12`.
    public static func format(_ uuid: [UInt8]) -> String {
        precondition(uuid.count == 16, "a UUID is 16 bytes")
        let hex: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 36) { out in
            var o = 0
            for (index, byte) in uuid.enumerated() {
                if index == 4 || index == 6 || index == 8 || index == 10 {
                    out[o] = UInt8(ascii: "-")
                    o += 1
                }
                out[o] = hex.utf8Start[Int(byte >> 4)]
                out[o + 1] = hex.utf8Start[Int(byte & 0x0F)]
                o += 2
            }
            return o
        }
    }

    /// Parses `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` (either case, optionally prefixed with
    /// `urn:uuid:`) into 16 bytes, e.g. a namespace given in a configuration file; `nil` if malformed.
    public static func bytes(fromString text: String) -> [UInt8]? {
        var utf8 = Array(text.utf8)
        let prefix = Array("urn:uuid:".utf8)
        if utf8.count == 36 + prefix.count, utf8[..<prefix.count].map({ $0 | 0x20 }) == prefix {
            utf8.removeFirst(prefix.count)
        }
        guard utf8.count == 36 else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(16)
        var i = 0
        while i < 36 {
            if i == 8 || i == 13 || i == 18 || i == 23 {
                guard utf8[i] == UInt8(ascii: "-") else { return nil }
                i += 1
                continue
            }
            guard let high = hexValue(utf8[i]), let low = hexValue(utf8[i + 1]) else { return nil }
            result.append(high << 4 | low)
            i += 2
        }
        return result
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
