internal import CLibXML2

/// Reads an attribute's value from its child nodes instead of `xmlTextReaderConstValue`.
///
/// Without `XML_PARSE_NOENT`, a reference to a DTD-declared entity stays in the attribute as an entity
/// reference node. `xmlTextReaderConstValue` expands it from the entity's content, which lets
/// `<!ENTITY a "…100 KB…">` plus `b="&a;&a;…"` inflate one value to gigabytes (and makes libxml2 print
/// "buffer error: text too long" on stderr). Here such references are dropped, as they are in element content.
enum AttributeValue {
    /// The value of the attribute the reader is positioned on.
    /// - Parameters:
    ///   - attribute: The attribute (`xmlTextReaderCurrentNode` on an attribute that isn't a namespace
    ///     declaration).
    ///   - droppedEntity: Called with the name of each entity reference that was left out.
    static func read(_ attribute: UnsafeMutablePointer<xmlAttr>, droppedEntity: (String) -> Void) -> String {
        guard let first = attribute.pointee.children else { return "" }
        // The usual case, one text node, needs no buffer.
        if first.pointee.next == nil, first.pointee.type == XML_TEXT_NODE {
            return first.pointee.content.map { String(cString: $0) } ?? ""
        }
        var bytes: [UInt8] = []
        var child: UnsafeMutablePointer<xmlNode>? = first
        while let node = child {
            if node.pointee.type == XML_TEXT_NODE, let content = node.pointee.content {
                bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
            } else if node.pointee.type == XML_ENTITY_REF_NODE, let name = node.pointee.name {
                droppedEntity(String(cString: name))
            }
            child = node.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
