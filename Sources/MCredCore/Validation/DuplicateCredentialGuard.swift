/// Rejects a record whose credential id an earlier record of the run already has.
///
/// The id is derived from the awarding body, the learner, the title and the issue date (so a rerun
/// reproduces it); two records agreeing on all four would otherwise silently overwrite each other
/// in `--out` and repeat in `--ndjson`. Typical causes: a retake exported beside the first attempt,
/// or the same export given twice. The first record is written; each later one is an error that
/// names the first one's file and line.
public final class DuplicateCredentialGuard: OrderedRecordValidating, @unchecked Sendable {
    private let base: any RecordValidating
    private let lock = Lock()
    /// First record per id, keyed by the UUID's 16 bytes, compact to keep a million-record run small.
    private var firstSeen = CredentialIDTable()

    public init(_ base: any RecordValidating) { self.base = base }

    public var independentPart: any RecordValidating { base }

    public func validate(_ record: MappedRecord, diagnostics: inout [Diagnostic]) -> ValidatedRecord? {
        guard let valid = base.validate(record, diagnostics: &diagnostics) else { return nil }
        return admit(valid, diagnostics: &diagnostics)
    }

    /// The duplicate check alone, for a record the base validator passed; called in record order.
    public func admit(_ valid: ValidatedRecord, diagnostics: inout [Diagnostic]) -> ValidatedRecord? {
        let record = valid.record
        let uuid = UUIDKey(valid.credentialID)
        let key = CredentialIDTable.Key(high: uuid.high, low: uuid.low)
        let earlier = lock.withLock {
            firstSeen.firstOccurrence(of: key, file: record.file, line: record.line, record: record.number)
        }
        guard let earlier else { return valid }
        let place = "\(earlier.file):\(earlier.line)"
        diagnostics.append(.error(
            "duplicate-credential",
            "\(record.label) would be the same credential as record \(earlier.record) (\(place)): same awarding body, learner, title and issue date; not written",
            at: SourceLocation(file: record.file, line: record.line), record: record.number,
            value: valid.credentialID))
        return nil
    }

    /// The 128 bits of a `urn:uuid:` string.
    struct UUIDKey: Hashable {
        var high: UInt64 = 0, low: UInt64 = 0
        init(_ urn: String) {
            var index = 0
            for byte in urn.utf8.dropFirst(9) {
                let nibble: UInt64
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = UInt64(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = UInt64(byte - UInt8(ascii: "a") + 10)
                default: continue
                }
                if index < 16 { high = high << 4 | nibble } else { low = low << 4 | nibble }
                index += 1
            }
        }
    }
}

/// A validator whose last step depends on the records before it (the first of two duplicates wins):
/// `--jobs` runs ``independentPart`` on worker threads and ``admit(_:diagnostics:)`` in record order.
public protocol OrderedRecordValidating: RecordValidating {
    var independentPart: any RecordValidating { get }
    func admit(_ valid: ValidatedRecord, diagnostics: inout [Diagnostic]) -> ValidatedRecord?
}
