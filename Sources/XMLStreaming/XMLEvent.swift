/// One step of a streaming read, produced by ``XMLEventReader/next()``.
///
/// The sequence is always balanced: every `startElement` is followed, after its content, by exactly one
/// `endElement` with the same local name, including for self-closing elements.
///
/// Not reported: the XML declaration, the DOCTYPE, comments, processing instructions, namespace declarations,
/// whitespace-only text nodes, and references to DTD-declared entities (those become warnings).
public enum XMLEvent: Sendable, Equatable {
    /// An element's start tag.
    case startElement(XMLElementStart)
    /// An element's end tag, or the implied end of a self-closing element. `line` is the line of the matching
    /// **start** tag (``XMLElementStart/line``), so a diagnostic about a whole element points where it begins.
    case endElement(localName: String, line: Int)
    /// Character data with predefined entities (`&amp;`…) and character references (`&#233;`) resolved, and
    /// line ends normalized to `\n`.
    ///
    /// - A text node that is only XML whitespace (space, tab, CR, LF) is skipped, even inside
    ///   `xml:space="preserve"`, because in registrar exports it is indentation. Text with any other character
    ///   is reported unchanged, including its leading and trailing whitespace; trimming is the consumer's call.
    /// - A CDATA section is always reported, even if it is only whitespace.
    /// - One element's character data can arrive as several consecutive `text` events (around a CDATA section,
    ///   a comment or an unexpanded entity reference). Consumers should concatenate them.
    case text(String)
}
