/// BCP 47 language tags as ELM language maps need them (`en`, `nl`, `pt-br`, `zh-hant`): a tag that
/// is not one breaks JSON-LD processing of the whole credential, so it is refused up front.
public enum LanguageTag {
    /// A 2–3 letter primary language, then subtags of 1–8 letters or digits.
    public static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
            first.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count)
                && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
        }
    }
}
