/// mcred's exit statuses, documented in `--help` and the README.
enum ExitStatus: Int32 {
    /// Every record was written (or every credential passed).
    case success = 0
    /// The run finished but some records were rejected (or some credentials failed).
    case rejected = 1
    /// Fatal: unreadable input, bad mapping or profile, unwritable output.
    case fatal = 2
    /// Usage error: unknown option, missing argument, bad combination (EX_USAGE).
    case usage = 64
}
