/// A fatal problem: the run cannot go on (unreadable input, bad mapping, unwritable output).
///
/// Recoverable problems are ``Diagnostic``s instead. Every description names the path involved.
public struct MCredError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The input cannot be read or decoded at all.
        case unreadableInput = "unreadable-input"
        /// The mapping, profile or option values are invalid.
        case badConfiguration = "bad-configuration"
        /// An output cannot be written.
        case unwritableOutput = "unwritable-output"
        /// The state file (`--state`) is locked by another run for longer than `--state-wait`.
        case stateBusy = "state-busy"
        /// The state file cannot be opened, read or written, or is not an mcred state file.
        case stateStore = "state-store"
    }

    public var kind: Kind
    public var message: String
    public var location: SourceLocation?

    public init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    public var description: String {
        if let location { return "\(DiagnosticRenderer.render(location)): \(message)" }
        return message
    }
}
