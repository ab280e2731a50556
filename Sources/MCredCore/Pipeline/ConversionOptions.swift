/// Everything a `convert` run needs, as the command line gives it.
public struct ConversionOptions: Sendable {
    /// Paths of the exports (`-` = standard input).
    public var inputs: [String] = []
    public var mappingPath: String?
    public var preset: String?
    /// Built-in profile name (`eu`, `ugent`) or a profile file.
    public var profile = "eu"
    /// `--set PART=VALUE`, in order.
    public var constants: [(part: PartID, value: String)] = []
    public var outputFolder: String?
    public var ndjsonPath: String?
    public var reportPath: String?
    public var format: InputFormat?
    public var delimiter: UInt8?
    public var encoding: TextEncoding?
    /// `--max-field-bytes`, `--max-record-bytes`: CSV size limits (see ``CSVLimits``).
    public var maxFieldBytes = CSVLimits.defaultMaxFieldBytes
    public var maxRecordBytes = CSVLimits.defaultMaxRecordBytes
    public var strict = false
    /// Language of untagged text (overrides the mapping's).
    public var language: String?
    /// "Today" for the future-date check.
    public var referenceDate: ISODate
    /// Read, map and validate but write no credentials.
    public var dryRun = false
    /// `--state FILE`: the SQLite state file of incremental runs; nil = write everything, remember nothing.
    public var statePath: String?
    /// `--all`: with a state file, write unchanged credentials too.
    public var writeAll = false
    /// `--withdrawn FILE|-`: where the ids withdrawn in this run go, one a line.
    public var withdrawnPath: String?
    /// `--scope VALUE`: what this export covers; default: each credential's awarding body.
    public var scope: String?
    /// `--state-wait SECONDS`: how long to wait for another run's lock on the state file.
    public var stateWait: Double = 10
    /// When the run happened, as `runs.time` records it (`--today`'s date, else the clock's UTC time).
    public var runTime = ""

    /// Worker threads (`--jobs`); output is the same for any number.
    public var jobs = 1

    public init(referenceDate: ISODate) {
        self.referenceDate = referenceDate
    }
}
