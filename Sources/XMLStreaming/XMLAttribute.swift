/// One attribute of an element start tag, with its namespace resolved.
///
/// Namespace declarations (`xmlns`, `xmlns:p`) are not attributes here: they are consumed by namespace
/// resolution and never reported.
public struct XMLAttribute: Sendable, Equatable {
    /// The attribute name without its prefix, e.g. `lang` for `xml:lang`.
    public let localName: String
    /// The namespace the prefix resolves to, or `nil` for an unprefixed attribute (unprefixed attributes are
    /// in no namespace, whatever the default namespace is). `xml:lang` has `http://www.w3.org/XML/1998/namespace`.
    public let namespaceURI: String?
    /// The normalized value: predefined entities and character references are resolved; references to
    /// entities declared in a DTD are dropped (see ``XMLEventReader``).
    public let value: String

    /// Creates an attribute; mainly for tests that compare events.
    /// - Parameters:
    ///   - localName: The name without a prefix.
    ///   - namespaceURI: The resolved namespace, or `nil`.
    ///   - value: The attribute value.
    public init(localName: String, namespaceURI: String? = nil, value: String) {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.value = value
    }
}
