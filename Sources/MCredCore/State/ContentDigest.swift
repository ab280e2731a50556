/// The SHA-1 of a record's normalised content: what the state store compares to tell a changed
/// credential from an unchanged one.
///
/// Why the normalised fields and not the rendered document: a credential is about 15 KB of JSON-LD,
/// most of it vocabulary labels shared by every credential, while its normalised fields are well
/// under 1 KB, so hashing the fields costs a fifteenth (at SHA-1's ~250 MB/s, seconds instead of a
/// minute per million records). And the fields change exactly when the facts do — a corrected grade,
/// a fixed name, a new `--set` constant — but not when a newer mcred lays the document out
/// differently or a vocabulary label is reworded; after such an upgrade, `--all` reissues everything.
///
/// Where a value came from (file, line, column, record number) is left out, so a row that moves to
/// another line is the same credential with the same content. Parts are named by their qualified
/// names, not their index, so adding parts to the element set does not change existing digests.
enum ContentDigest {
    /// Lowercase hex, 40 characters.
    static func hex(of record: MappedRecord, language: String) -> String {
        // The fields are gathered into one buffer and hashed once: feeding SHA-1 a few bytes at a
        // time cost more than the hashing itself.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024)
        feed("language", &bytes)
        feed(language, &bytes)
        feed(record.levelApplicable ? "level-applicable" : "level-not-applicable", &bytes)
        for (part, name) in zip(PartID.allCases, partNames) {
            guard let value = record[part] else { continue }
            feed(name, &bytes)
            switch value {
            case .text(let text): feed("text", &bytes); feed(text, &bytes)
            case .texts(let texts):
                feed("texts", &bytes)
                for text in texts {
                    feed(text.language, &bytes)
                    feed(text.text, &bytes)
                }
            case .date(let date): feed("date", &bytes); feed(date.description, &bytes)
            case .decimal(let number): feed("decimal", &bytes); feed(number, &bytes)
            case .duration(let duration): feed("duration", &bytes); feed(duration, &bytes)
            case .level(let level): feed("level", &bytes); feed(String(level), &bytes)
            case .concept(let concept): feed("concept", &bytes); feed(concept.id, &bytes)
            case .iri(let iri): feed("iri", &bytes); feed(iri, &bytes)
            }
        }
        return SHA1.hex(SHA1.hash(bytes))
    }

    /// Each part's qualified name, built once rather than per record.
    private static let partNames: [String] = PartID.allCases.map(\.qualifiedName)

    /// Length-prefixed (four bytes, big-endian), so no two different sequences of strings feed the
    /// same bytes.
    private static func feed(_ text: String, _ bytes: inout [UInt8]) {
        let count = UInt32(truncatingIfNeeded: text.utf8.count)
        bytes.append(UInt8(count >> 24))
        bytes.append(UInt8(count >> 16 & 0xFF))
        bytes.append(UInt8(count >> 8 & 0xFF))
        bytes.append(UInt8(count & 0xFF))
        bytes.append(contentsOf: text.utf8)
    }
}
