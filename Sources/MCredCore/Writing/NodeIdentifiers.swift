/// Stable node ids: `urn:uuid:` + a name-based (version 5) UUID of a fixed name, so a rerun over the
/// same export reproduces every id, and the same organisation gets the same id in every credential.
public struct NodeIdentifiers: Sendable {
    /// mcred's own UUID namespace (the v5 UUID of its project URL in the URL namespace).
    public static let namespace: [UInt8] = uuidBytes(
        NameBasedUUID.v5(namespace: NameBasedUUID.urlNamespace, name: "https://mcred.invalid/ns/credential"))

    /// The credential id: from the awarding body, the learner, the title and the issue date.
    public static func credentialID(for record: MappedRecord) -> String {
        // The name `credential␟body␟learner␟title␟date`, hashed piece by piece rather than joined.
        var sha = SHA1()
        sha.update(namespace)
        let separator: StaticString = "credential\u{1F}"
        sha.update(UnsafeRawBufferPointer(start: separator.utf8Start, count: separator.utf8CodeUnitCount))
        sha.update(awardingBodyKey(record).utf8)
        sha.update(CollectionOfOne(0x1F))
        sha.update(learnerKey(record).utf8)
        sha.update(CollectionOfOne(0x1F))
        sha.update((record.texts(.title).first?.text ?? "").utf8)
        sha.update(CollectionOfOne(0x1F))
        sha.update((record.date(.issueDate)?.description ?? "").utf8)
        return NameBasedUUID.urn(hashing: sha)
    }

    /// A node that belongs to one credential (`#achievement`, `#specification`, …).
    public static func node(_ role: String, of credentialID: String) -> String {
        NameBasedUUID.urn(namespace: namespace, name: credentialID, "#", role)
    }

    /// ``node(_:of:)`` appended to `bytes`.
    static func appendNode(_ role: String, of credentialID: String, to bytes: inout [UInt8]) {
        NameBasedUUID.appendURN(namespace: namespace, name: credentialID, "#", role, to: &bytes)
    }

    /// A node shared by every credential that names the same thing (an organisation, its address).
    public static func shared(_ kind: String, _ key: String) -> String {
        let name = kind + "\u{1F}" + key
        return sharedCache.value(for: name) { NameBasedUUID.urn(namespace: namespace, name: name) }
    }

    /// ``shared(_:_:)`` without the memo, for a key seen once (it would only churn the memo).
    static func unshared(_ kind: String, _ key: String) -> String {
        NameBasedUUID.urn(namespace: namespace, name: kind, "\u{1F}", key)
    }

    /// The learner: `shared("person", …)` without the memo, which one learner's few credentials
    /// would only churn.
    static func person(awardingBodyKey: String, learnerKey: String) -> String {
        NameBasedUUID.urn(namespace: namespace, name: "person\u{1F}" + awardingBodyKey, "\u{1F}", learnerKey)
    }

    /// Shared nodes recur in every credential of an export (the organisation, its address): hash each once.
    private static let sharedCache = MemoCache<String>(capacity: 4096)

    static func awardingBodyKey(_ record: MappedRecord) -> String {
        record.text(.awardingBodyLegalID) ?? record.text(.awardingBodyID)
            ?? record.texts(.awardingBodyName).first?.text ?? ""
    }

    static func learnerKey(_ record: MappedRecord) -> String {
        if let id = record.text(.learnerID) { return "id:" + id }
        if let name = record.text(.learnerFullName) { return "name:" + name }
        let parts = [record.text(.learnerGivenName), record.text(.learnerFamilyName)].compactMap { $0 }
        if !parts.isEmpty { return "name:" + parts.joined(separator: " ") }
        return "email:" + (record.iri(.learnerEmail) ?? "")
    }

    private static func uuidBytes(_ text: String) -> [UInt8] {
        let hex = Array(text.utf8).filter { $0 != UInt8(ascii: "-") }
        var bytes: [UInt8] = []
        var index = 0
        while index + 1 < hex.count {
            bytes.append(UInt8(hexValue(hex[index]) << 4 | hexValue(hex[index + 1])))
            index += 2
        }
        return bytes
    }

    private static func hexValue(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: 0
        }
    }
}
