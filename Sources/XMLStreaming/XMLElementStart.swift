/// The start tag of an element, as reported by ``XMLEvent/startElement(_:)``.
public struct XMLElementStart: Sendable, Equatable {
    /// The element name without its prefix: `<elmo:report>`, `<report xmlns="…">` and `<report>` all give
    /// `report`, so one mapping serves every namespace flavour of a format.
    public let localName: String
    /// The namespace the element is in, or `nil` when it is in no namespace.
    public let namespaceURI: String?
    /// The attributes in document order. `xml:lang` is included (local name `lang`, namespace
    /// `http://www.w3.org/XML/1998/namespace`); `xmlns` declarations are not.
    public let attributes: [XMLAttribute]
    /// The 1-based line libxml2 records for the element, which is the line of the `>` that **ends** the start
    /// tag. It equals the line of `<` unless the start tag itself spans several lines.
    public let line: Int
    /// `true` for the self-closing form `<a/>`, `false` for `<a></a>`. Both forms are always followed by a
    /// matching ``XMLEvent/endElement(localName:line:)``, so consumers never need to look at this to keep their
    /// element stack balanced.
    public let isEmpty: Bool

    /// Creates an element start; mainly for tests that compare events.
    /// - Parameters:
    ///   - localName: The name without a prefix.
    ///   - namespaceURI: The resolved namespace, or `nil`.
    ///   - attributes: The attributes in document order, without `xmlns` declarations.
    ///   - line: The 1-based line (see ``line``).
    ///   - isEmpty: Whether the tag was written `<a/>`.
    public init(
        localName: String, namespaceURI: String? = nil, attributes: [XMLAttribute] = [], line: Int,
        isEmpty: Bool = false
    ) {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.attributes = attributes
        self.line = line
        self.isEmpty = isEmpty
    }

    /// The value of the first attribute with this local name and namespace, or `nil`.
    /// - Parameters:
    ///   - localName: The attribute name without a prefix.
    ///   - namespaceURI: The attribute's namespace; `nil` (the default) matches only unprefixed attributes.
    /// - Returns: The attribute value, if the attribute is present.
    public func attribute(_ localName: String, namespaceURI: String? = nil) -> String? {
        attributes.first { $0.localName == localName && $0.namespaceURI == namespaceURI }?.value
    }
}
