/// The JSON-LD contexts a credential declares, resolved against the pinned copies in
/// `Schemas/elm-terms.json` (no network: a context is never fetched).
struct DeclaredContext {
    /// Every term the declared contexts define; nil when one of them is unknown or has `@vocab`
    /// (then any key may be meaningful, and none is reported).
    var terms: Set<String>?
    var dateTimeTerms: Set<String>
    var durationTerms: Set<String>
    var mapTerms: Set<String>
}

extension CredentialChecker {
    /// Reads `@context`: `missing-context` (error) without one, `unknown-context` (warning) for an
    /// IRI mcred has no pinned copy of, `context-conflict` (error) when a context redefines a term an
    /// earlier one protects (strict JSON-LD 1.1 expansion fails: the EBSI samples' VC v2 + edc-ap).
    func resolveContext(
        of credential: JSONNode, locate: (Int, Int, String) -> SourceLocation, record: Int,
        into diagnostics: inout [Diagnostic]
    ) -> DeclaredContext {
        let known = rules.contexts.values
        let allDates = known.reduce(into: Set<String>()) { $0.formUnion($1.dateTimeTerms) }
        let allDurations = known.reduce(into: Set<String>()) { $0.formUnion($1.durationTerms) }
        let allMaps = known.reduce(into: Set<String>()) { $0.formUnion($1.mapTerms) }
        guard let member = credential.members?.first(where: { $0.key == "@context" }) else {
            diagnostics.append(.error(
                "missing-context", "the credential has no @context: a JSON-LD reader drops every key",
                at: locate(credential.line, credential.column, "$"), record: record))
            return DeclaredContext(terms: nil, dateTimeTerms: allDates, durationTerms: allDurations, mapTerms: allMaps)
        }
        var terms: Set<String>? = []
        var dates = Set<String>(), durations = Set<String>(), maps = Set<String>()
        var declared: [String] = []
        for entry in member.value.arrayValue ?? [member.value] {
            if let iri = entry.stringValue {
                declared.append(iri)
                if let context = rules.contexts[iri] {
                    terms?.formUnion(context.terms)
                    dates.formUnion(context.dateTimeTerms)
                    durations.formUnion(context.durationTerms)
                    maps.formUnion(context.mapTerms)
                } else {
                    let list = rules.contexts.keys.sorted().joined(separator: ", ")
                    diagnostics.append(.warning(
                        "unknown-context", "@context '\(iri)' is not one mcred has a pinned copy of (\(list)); keys are not checked against it",
                        at: locate(entry.line, entry.column, "$.@context"), record: record, value: iri))
                    terms = nil
                }
            } else if let inline = entry.members {
                if inline.contains(where: { $0.key == "@vocab" }) { terms = nil }
                terms?.formUnion(inline.map(\.key).filter { !$0.hasPrefix("@") })
            }
        }
        for conflict in rules.conflicts {
            guard let first = declared.firstIndex(of: conflict.protectedBy), let second = declared.firstIndex(of: conflict.redefinedBy),
                  first < second else { continue }
            diagnostics.append(.error(
                "context-conflict",
                "@context \(conflict.redefinedBy) redefines \(conflict.terms.map { "'\($0)'" }.joined(separator: ", ")), protected by \(conflict.protectedBy): a JSON-LD 1.1 processor refuses to expand the credential",
                at: locate(member.line, member.column, "$.@context"), record: record, value: conflict.terms.joined(separator: ",")))
        }
        if dates.isEmpty { dates = allDates }
        if durations.isEmpty { durations = allDurations }
        if maps.isEmpty { maps = allMaps }
        return DeclaredContext(terms: terms, dateTimeTerms: dates, durationTerms: durations, mapTerms: maps)
    }
}

/// Base64url without padding, as JWS writes payloads (`b64: true`).
enum Base64URL {
    static func decode(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in text.utf8 {
            let value: UInt8
            switch byte {
            case 0x41...0x5A: value = byte - 0x41
            case 0x61...0x7A: value = byte - 0x61 + 26
            case 0x30...0x39: value = byte - 0x30 + 52
            case 0x2D, 0x2B: value = 62
            case 0x5F, 0x2F: value = 63
            case 0x3D: continue
            default: return nil
            }
            buffer = buffer << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                bytes.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return bytes
    }
}
