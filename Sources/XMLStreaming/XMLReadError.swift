/// A problem found while reading XML: thrown for a fatal error, collected for a warning
/// (``XMLEventReader/warnings``).
public struct XMLReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The name the reader was opened with: the path, `<stdin>` for `-`, or the name given for in-memory input.
    public let file: String
    /// The 1-based line libxml2 reports, or 0 when the problem has no position (e.g. the file can't be opened).
    public let line: Int
    /// The 1-based column, when libxml2 reports one.
    public let column: Int?
    /// libxml2's message (without its trailing newline), or ours for problems found by the wrapper.
    public let message: String

    /// Creates an error; mainly for tests.
    /// - Parameters:
    ///   - file: The input's name.
    ///   - line: The 1-based line, or 0 for none.
    ///   - column: The 1-based column, if known.
    ///   - message: What went wrong.
    public init(file: String, line: Int, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// Compiler style, `file:line:column: message`, leaving out the parts that are unknown.
    public var description: String {
        var location = file
        if line > 0 {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(message)"
    }
}
