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
        var sha = SHA1()
        feed("language", &sha)
        feed(language, &sha)
        feed(record.levelApplicable ? "level-applicable" : "level-not-applicable", &sha)
        for part in PartID.allCases {
            guard let value = record[part] else { continue }
            feed(part.qualifiedName, &sha)
            switch value {
            case .text(let text): feed("text", &sha); feed(text, &sha)
            case .texts(let texts):
                feed("texts", &sha)
                for text in texts {
                    feed(text.language, &sha)
                    feed(text.text, &sha)
                }
            case .date(let date): feed("date", &sha); feed(date.description, &sha)
            case .decimal(let number): feed("decimal", &sha); feed(number, &sha)
            case .duration(let duration): feed("duration", &sha); feed(duration, &sha)
            case .level(let level): feed("level", &sha); feed(String(level), &sha)
            case .concept(let concept): feed("concept", &sha); feed(concept.id, &sha)
            case .iri(let iri): feed("iri", &sha); feed(iri, &sha)
            }
        }
        return SHA1.hex(sha.digest())
    }

    /// Length-prefixed, so no two different sequences of strings feed the same bytes.
    private static func feed(_ text: String, _ sha: inout SHA1) {
        let count = UInt32(truncatingIfNeeded: text.utf8.count)
        sha.update([UInt8(count >> 24), UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF)])
        sha.update(text.utf8)
    }
}
