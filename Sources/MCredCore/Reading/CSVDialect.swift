/// How a CSV file separates and quotes its fields.
///
/// Only the delimiter varies in practice (`,` `;` TAB `|`); the quote is `"` in every export we
/// have seen, and a doubled quote inside a quoted field stands for one quote (RFC 4180).
public struct CSVDialect: Sendable, Hashable {
    /// The byte between fields. Must be ASCII and not a line break or the quote.
    public var delimiter: UInt8
    /// The byte that opens and closes a quoted field.
    public var quote: UInt8 = UInt8(ascii: "\"")

    /// A dialect with the given delimiter and quote bytes (checked by ``validate()``).
    public init(delimiter: UInt8, quote: UInt8 = UInt8(ascii: "\"")) {
        self.delimiter = delimiter
        self.quote = quote
    }

    /// `,` (RFC 4180).
    public static let comma = CSVDialect(delimiter: UInt8(ascii: ","))
    /// `;`, the default of spreadsheet exports in locales with a decimal comma.
    public static let semicolon = CSVDialect(delimiter: UInt8(ascii: ";"))
    /// TAB-separated values.
    public static let tab = CSVDialect(delimiter: UInt8(ascii: "\t"))
    /// `|`.
    public static let pipe = CSVDialect(delimiter: UInt8(ascii: "|"))

    /// A readable name for messages: `comma`, `semicolon`, `tab`, `pipe`, or the character quoted.
    public var delimiterName: String {
        switch delimiter {
        case UInt8(ascii: ","): "comma"
        case UInt8(ascii: ";"): "semicolon"
        case UInt8(ascii: "\t"): "tab"
        case UInt8(ascii: "|"): "pipe"
        default: "'\(Character(Unicode.Scalar(delimiter)))'"
        }
    }

    /// Rejects dialects the tokenizer cannot honour: a non-ASCII byte would cut UTF-8 characters
    /// in half, and a line break or a delimiter equal to the quote makes rows ambiguous.
    public func validate() throws(MCredError) {
        let lineBreaks: Set<UInt8> = [0x0A, 0x0D]
        if delimiter >= 0x80 || quote >= 0x80 {
            throw MCredError(.badConfiguration, "the CSV delimiter and quote must be ASCII characters")
        }
        if lineBreaks.contains(delimiter) || lineBreaks.contains(quote) {
            throw MCredError(.badConfiguration, "the CSV delimiter and quote cannot be line breaks")
        }
        if delimiter == quote {
            throw MCredError(.badConfiguration, "the CSV delimiter and quote must differ")
        }
    }
}
