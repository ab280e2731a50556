/// What a run with `--state` found, compared with the state file: the `"changes"` of the report.
public struct ChangeCounts: Sendable, Equatable {
    /// Valid records whose credential the state did not have (or had withdrawn): written.
    public var new = 0
    /// Valid records whose content differs from the state's: written again.
    public var changed = 0
    /// Valid records with the state's content: not written (unless `--all`).
    public var unchanged = 0
    /// Active credentials of the run's scopes that no record of the run named.
    public var withdrawn = 0
    /// Rejected records (as in the summary); a credential whose record is rejected is kept, not withdrawn.
    public var rejected = 0

    public init() {}

    /// `1 new, 0 changed, 3 unchanged, 0 withdrawn, 2 rejected`.
    public var text: String {
        "\(new) new, \(changed) changed, \(unchanged) unchanged, \(withdrawn) withdrawn, \(rejected) rejected"
    }
}
