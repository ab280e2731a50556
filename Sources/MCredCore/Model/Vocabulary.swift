/// A controlled vocabulary with its synonyms, indexed for lookup of values as registrars write them.
///
/// Matching ignores case, accents, spacing and punctuation (see ``MatchKey``); a value that matches a
/// concept IRI or its label matches too. Mapping files may add synonyms.
public struct Vocabulary: Sendable {
    public let id: VocabularyID
    public let scheme: String
    public let concepts: [Concept]
    /// Extra per-concept data from the schema file, such as `alpha2` or `iso639_1`.
    public let attributes: [[String: String]]
    private var index: [String: Int]

    public init(id: VocabularyID, scheme: String, concepts: [Concept], synonyms: [[String]], attributes: [[String: String]]) {
        self.id = id
        self.scheme = scheme
        self.concepts = concepts
        self.attributes = attributes
        var index: [String: Int] = [:]
        for (position, concept) in concepts.enumerated() {
            // Labels and IRIs first so that a synonym never overrides a concept's own label.
            for key in [concept.label, concept.id] {
                let match = MatchKey.make(key)
                if !match.isEmpty, index[match] == nil { index[match] = position }
            }
        }
        for (position, words) in synonyms.enumerated() {
            for word in words {
                let match = MatchKey.make(word)
                if !match.isEmpty, index[match] == nil { index[match] = position }
            }
        }
        self.index = index
    }

    /// The concept a raw value names, if any.
    public func concept(for raw: String) -> Concept? {
        index[MatchKey.make(raw)].map { concepts[$0] }
    }

    /// The concept with this IRI.
    public func concept(id: String) -> Concept? {
        concepts.first { $0.id == id }
    }

    /// The concept whose label or synonym occurs inside a longer text ("institutional review by NVAO"
    /// mentions "institutional review"); the longest mention wins, ties go to the earlier concept.
    public func conceptMentioned(in text: String) -> Concept? {
        let key = MatchKey.make(text)
        var best: (length: Int, position: Int)?
        for (word, position) in index where word.count >= 4 && key.contains(word) {
            if best == nil || word.count > best!.length || (word.count == best!.length && position < best!.position) {
                best = (word.count, position)
            }
        }
        return best.map { concepts[$0.position] }
    }

    /// Returns a copy that also knows `synonyms` (raw value → concept label, IRI or existing synonym).
    /// Unknown targets are returned so the caller can report them.
    public func adding(synonyms: [String: String]) -> (Vocabulary, unknownTargets: [String]) {
        var copy = self
        var unknown: [String] = []
        for (word, target) in synonyms.sorted(by: { $0.key < $1.key }) {
            guard let position = index[MatchKey.make(target)] else {
                unknown.append(target)
                continue
            }
            copy.index[MatchKey.make(word)] = position
        }
        return (copy, unknown)
    }

    /// The labels closest to a raw value, for "did you mean" hints (at most `limit`, best first).
    public func nearestLabels(to raw: String, limit: Int = 3) -> [String] {
        let key = MatchKey.make(raw)
        var best: [Int: Int] = [:]  // concept position -> smallest distance over its words
        for (word, position) in index {
            let distance = MatchKey.editDistance(key, word)
            if distance < best[position, default: .max] { best[position] = distance }
        }
        let ranked = best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        let labels = ranked.prefix(limit).map { concepts[$0.key].label }
        return labels
    }
}

/// The normalised form used to match values and headers (Schemas/README.md): NFKD, each scalar
/// lower-cased (final sigma folded), letters and numbers only ("Examen écrit" → "examenecrit").
public enum MatchKey {
    public static func make(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var isASCII = true
        for byte in text.utf8 where byte >= 0x80 {
            isASCII = false
            break
        }
        if isASCII {
            for scalar in text.unicodeScalars {
                let v = scalar.value
                if v >= 0x41 && v <= 0x5A {
                    result.append(Unicode.Scalar(v + 32)!)
                } else if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                    result.append(scalar)
                }
            }
            return String(result)
        }
        for scalar in text.decomposedCompatibility.unicodeScalars {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                let kept: Unicode.Scalar = lower == "\u{3C2}" ? "\u{3C3}" : lower  // final sigma folds to sigma
                switch kept.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                    .decimalNumber, .letterNumber, .otherNumber:
                    result.append(kept)
                default:
                    continue
                }
            }
        }
        return String(result)
    }

    /// Levenshtein distance over Unicode scalars (inputs are short: labels and synonyms).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
