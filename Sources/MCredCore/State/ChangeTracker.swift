/// The writer stage of a run with `--state`: decides for each valid record, in record order,
/// whether it is new, changed or unchanged, writes only the new and changed ones (all with
/// `--all`) through the real writers, and remembers each one's content digest.
///
/// Scope: withdrawal is only meaningful for what the export covers, so each credential carries a
/// scope — the run's `--scope`, else its awarding body (legal id, else id, else name) — and only
/// credentials of the scopes this run saw (in valid or rejected records) can be withdrawn. One
/// faculty's export, given its own `--scope`, never withdraws another faculty's credentials.
///
/// Rejected records: a credential whose record is rejected today (an emptied grade, a bad date) is
/// kept as it was, seen, not withdrawn, and counted as rejected. When a rejected record lacks what
/// identifies a credential (awarding body, learner, title, issue date), it might be any credential
/// of its scope, so nothing of that scope (of every scope, when the awarding body is unknown too) is
/// withdrawn in this run, and a `withdrawal-held` warning says why.
public final class ChangeTracker: RecordWriter {
    private let store: StateStore
    private let base: (any RecordWriter)?
    private let writeAll: Bool
    private let explicitScope: String?
    private let language: String
    public private(set) var counts = ChangeCounts()
    /// Records passed to the real writers (or that would be, in a dry run).
    public private(set) var written = 0
    private var scopesSeen: Set<String> = []
    /// Scopes in which an unidentifiable rejected record holds withdrawal back; nil key = every scope.
    private var held: [String?: (count: Int, first: SourceLocation)] = [:]
    private var rejectedRecords = 0

    public init(store: StateStore, base: (any RecordWriter)?, writeAll: Bool, scope: String?, language: String) {
        self.store = store
        self.base = base
        self.writeAll = writeAll
        self.explicitScope = scope
        self.language = language
        if let scope { scopesSeen.insert(scope) }
    }

    public func write(_ record: ValidatedRecord) throws(MCredError) {
        let mapped = record.record
        let scope = explicitScope ?? NodeIdentifiers.awardingBodyKey(mapped)
        scopesSeen.insert(scope)
        let change = try store.observe(
            id: record.credentialID, scope: scope, hash: ContentDigest.hex(of: mapped, language: language),
            source: "\(mapped.file):\(mapped.line)", writing: writeAll)
        switch change {
        case .new, .reinstated: counts.new += 1
        case .changed: counts.changed += 1
        case .unchanged: counts.unchanged += 1
        }
        if change != .unchanged || writeAll {
            written += 1
            try base?.write(record)
        }
    }

    public func reject(_ record: MappedRecord) throws(MCredError) {
        rejectedRecords += 1
        let awardingBody = NodeIdentifiers.awardingBodyKey(record)
        let scope = explicitScope ?? (awardingBody.isEmpty ? nil : awardingBody)
        if let scope { scopesSeen.insert(scope) }
        if Self.isIdentifiable(record) {
            _ = try store.keepRejected(id: NodeIdentifiers.credentialID(for: record), source: "\(record.file):\(record.line)")
        } else {
            hold(scope, at: SourceLocation(file: record.file, line: record.line))
        }
    }

    private func hold(_ scope: String?, at location: SourceLocation) {
        if let earlier = held[scope] {
            held[scope] = (earlier.count + 1, earlier.first)
        } else {
            held[scope] = (1, location)
        }
    }

    /// Whether a record has every part its credential id is made of.
    static func isIdentifiable(_ record: MappedRecord) -> Bool {
        !NodeIdentifiers.awardingBodyKey(record).isEmpty && NodeIdentifiers.learnerKey(record) != "email:"
            && !(record.texts(.title).first?.text ?? "").isEmpty && record.date(.issueDate) != nil
    }

    public func finish() throws(MCredError) { try base?.finish() }
    public func abandon() { base?.abandon() }

    /// After the last record: withdraws the unseen credentials of the scopes not held back.
    /// `rejected` is the run's rejected count, which includes rows the reader dropped before
    /// mapping; those cannot be identified either, so they hold back every scope.
    public func completeRun(rejected: Int) throws(MCredError) -> (withdrawn: [String], scopes: [String], warnings: [Diagnostic]) {
        let dropped = rejected - rejectedRecords
        for _ in 0..<max(dropped, 0) { hold(explicitScope, at: SourceLocation(file: "", line: 0)) }
        let holdsAll = held[nil as String?] != nil
        let scopes = holdsAll ? [] : scopesSeen.filter { held[$0] == nil }.sorted()
        let withdrawn = try store.withdrawUnseen(in: scopes)
        counts.withdrawn = withdrawn.count
        counts.rejected = rejected
        let warnings = held.sorted { ($0.key ?? "") < ($1.key ?? "") }.map { scope, hold in
            let which = scope.map { "of scope '\($0)'" } ?? "at all"
            let many = hold.count > 1
            let what = hold.first.line == 0
                ? "\(hold.count) rejected row\(many ? "s" : "") could not be read into records, so \(many ? "they" : "it") might be any credential"
                : (many ? "\(hold.count) rejected records (this is the first) lack" : "this rejected record lacks")
                    + " the awarding body, learner, title or issue date that identify a credential, so \(many ? "they" : "it") might be any of them"
            return Diagnostic.warning(
                "withdrawal-held", "no credential \(which) is withdrawn in this run: \(what); correct the export and run again",
                at: hold.first.line == 0 ? nil : hold.first, value: scope)
        }
        return (withdrawn, scopes, warnings)
    }
}
