internal import CLibXML2

/// Line numbers of element nodes, including past line 65,535.
///
/// `xmlNode.line` is 16 bits wide. With `XML_PARSE_BIG_LINES`, libxml2 2.9 stores `65535` in every node from
/// that line on and keeps the real line only in *text* nodes (in `psvi`). `xmlGetLineNo` then borrows a line from
/// the element's first child, next sibling or parent, which goes wrong in compact markup: it returns 65535 for
/// `<p><x/></p>`, and the root's line for an empty last child like `<z/></root>`.
///
/// So past 65,535 the tracker works from what libxml2 does record. A text node's line is the line where libxml2
/// *delivered* its characters: the end of the text, or of its first 300-byte piece for long text. Every text node
/// ends before the next start tag's `>`, so the largest such line seen so far is a lower bound for the next
/// element. Comments, processing instructions and CDATA sections have no line there, but their line breaks
/// raise the bound too. An element whose first child is text gets the line where that text starts, which is exact
/// for text delivered in one piece.
///
/// The result is exact unless, since the last text, a start tag spread over several lines (its `<` line is
/// reported, and later elements may be reported that many lines early until the next text), or the last text was
/// longer than 300 bytes and has line breaks after its first 300 bytes. It is never later than the truth.
struct LineTracker {
    private static let overflow = UInt16.max

    /// No element or text seen so far ends after this line; the best guess for a node without a line of its
    /// own, such as an entity reference.
    private(set) var lowerBound = 1

    /// Records a text or whitespace node the reader passed, whether or not it becomes an event.
    mutating func passText(_ node: UnsafeMutablePointer<xmlNode>) {
        if let line = Self.deliveryLine(of: node) { lowerBound = max(lowerBound, line) }
    }

    /// Records a node that has no usable line of its own (a comment, a processing instruction or a CDATA
    /// section): it starts at or after the lower bound, so it ends at least as many lines further on as it has
    /// line breaks. Only needed past the overflow; below it every element carries its exact line.
    mutating func passUnnumbered(_ node: UnsafeMutablePointer<xmlNode>) {
        guard lowerBound >= Int(Self.overflow), let content = node.pointee.content else { return }
        lowerBound += Self.lineBreaks(in: content)
    }

    /// The 1-based line of an element's start tag: the line of the `>` that ends it, as libxml2 records it.
    mutating func line(ofElement node: UnsafeMutablePointer<xmlNode>) -> Int {
        let recorded = node.pointee.line
        if recorded != Self.overflow {
            // What `xmlGetLineNo` returns for an element below the overflow, without the library call.
            guard recorded > 0 else { return lowerBound }
            lowerBound = max(lowerBound, Int(recorded))
            return Int(recorded)
        }
        if let text = node.pointee.children, let delivered = Self.deliveryLine(of: text),
            let content = text.pointee.content
        {
            // The text starts right after the start tag's `>`.
            lowerBound = max(lowerBound, delivered - Self.lineBreaks(in: content))
        }
        return lowerBound
    }

    /// The line libxml2 stored for a text node: in `line` below 65,535, in `psvi` from there on.
    private static func deliveryLine(of node: UnsafeMutablePointer<xmlNode>) -> Int? {
        guard node.pointee.type == XML_TEXT_NODE else { return nil }
        let line = node.pointee.line
        if line != overflow { return line > 0 ? Int(line) : nil }
        return node.pointee.psvi.map { Int(bitPattern: $0) }
    }

    private static func lineBreaks(in content: UnsafeMutablePointer<xmlChar>) -> Int {
        var count = 0
        var byte = content
        while byte.pointee != 0 {
            if byte.pointee == UInt8(ascii: "\n") { count += 1 }
            byte += 1
        }
        return count
    }
}
