internal import CLibXML2

/// A pull reader that streams an XML document as ``XMLEvent``s, built on libxml2's `xmlTextReader`.
///
/// Memory stays proportional to the deepest element path, not the file: libxml2 frees each node once the
/// reader has moved past it.
///
/// ```swift
/// let reader = try XMLEventReader(path: "transcript.xml")
/// while let event = try reader.next() { … }
/// ```
///
/// ## Security
/// The input is untrusted, so libxml2 runs with `XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_COMPACT` and
/// never with `NOENT`, `DTDLOAD`, `DTDATTR`, `DTDVALID`, `XINCLUDE` or `HUGE`:
/// - no DTD (internal or `SYSTEM`) changes the events, and nothing is fetched from the file system or network;
/// - references to DTD-declared entities are not expanded, in text or in attribute values. Each one is dropped
///   and reported in ``warnings``. Predefined entities (`&amp;`) and character references are resolved.
/// - nested-entity bombs ("billion laughs") fail fast with libxml2's "entity reference loop" error;
/// - libxml2's default limits apply: nesting depth 256, one text node at most 10 MB.
///
/// ## Errors
/// ``next()`` throws the first fatal well-formedness error with libxml2's line, column and message, and throws
/// it again on every later call. libxml2 parses a little ahead of the events it delivers, so events from just
/// before the error position may not be delivered. Nothing is ever printed.
///
/// Not `Sendable`: it wraps mutable C state. Create it and use it from one task at a time (it may move between
/// threads, but never be used from two at once).
public final class XMLEventReader {
    private static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_COMPACT.rawValue)

    private let reader: OpaquePointer
    private let errors: LibXML2ErrorCollector
    /// Closed in `deinit` (only when the reader opened it).
    private let input: InputFile?
    /// The copy of in-memory input; `xmlReaderForMemory` reads it in place, so it must outlive the reader.
    private let buffer: UnsafeMutableBufferPointer<UInt8>?

    private let names = InternedNames()
    private let namespaces = NamespaceNames()
    /// Open elements, so end events carry the start tag's name and line without asking libxml2 again.
    @exclusivity(unchecked) private var openElements: [(localName: String, line: Int)] = []
    /// The end event owed for a self-closing element (libxml2 reports none). Kept as plain fields rather than
    /// an `XMLEvent?`: copying that large enum in and out on every call showed up in profiles.
    @exclusivity(unchecked) private var hasPendingEnd = false
    @exclusivity(unchecked) private var pendingEndName = ""
    @exclusivity(unchecked) private var pendingEndLine = 0
    @exclusivity(unchecked) private var lines = LineTracker()
    @exclusivity(unchecked) private var hasStartedRoot = false
    /// Set once the document has ended, cleanly or not.
    @exclusivity(unchecked) private var isFinished = false
    /// Thrown again by every call after a fatal error.
    @exclusivity(unchecked) private var failure: XMLReadError?

    /// Opens a file for streaming.
    /// - Parameter path: The file to read, or `-` for standard input.
    /// - Throws: ``XMLReadError`` with line 0 if the file can't be opened or is a directory.
    public init(path: String) throws(XMLReadError) {
        LibXML2Setup.prepareCurrentThread()
        let input = try InputFile(path: path)
        guard let reader = xmlReaderForFd(input.descriptor, input.name, nil, Self.options) else {
            input.closeIfOwned()
            throw XMLReadError(file: input.name, line: 0, message: "libxml2 could not create a reader")
        }
        self.reader = reader
        self.input = input
        self.buffer = nil
        self.errors = LibXML2ErrorCollector(file: input.name)
        errors.install(on: reader)
        // `finish` consults the thread's last libxml2 error when the reader's handler saw none.
        xmlResetLastError()
    }

    /// Reads a document held in memory (tests, fuzzing, data already downloaded).
    /// - Parameters:
    ///   - bytes: The document; it is copied, so the array may change afterwards.
    ///   - name: The name errors use in place of a path.
    /// - Throws: ``XMLReadError`` if libxml2 can't create a reader.
    public init(bytes: [UInt8], name: String) throws(XMLReadError) {
        LibXML2Setup.prepareCurrentThread()
        // One spare byte, so the pointer is valid even for empty input.
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count + 1)
        _ = buffer.initialize(from: bytes)
        let reader = buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            xmlReaderForMemory($0, Int32(clamping: bytes.count), name, nil, Self.options)
        }
        guard let reader, bytes.count <= Int32.max else {
            if let reader { xmlFreeTextReader(reader) }
            buffer.deallocate()
            throw XMLReadError(file: name, line: 0, message: "libxml2 could not create a reader for this input")
        }
        self.reader = reader
        self.input = nil
        self.buffer = buffer
        self.errors = LibXML2ErrorCollector(file: name)
        errors.install(on: reader)
        // `finish` consults the thread's last libxml2 error when the reader's handler saw none.
        xmlResetLastError()
    }

    deinit {
        xmlFreeTextReader(reader)
        input?.closeIfOwned()
        buffer?.deallocate()
    }

    /// The number of input bytes libxml2 has consumed so far, for progress reports. It runs a little ahead of
    /// the events delivered, because libxml2 parses in chunks.
    public var bytesConsumed: Int {
        Int(xmlTextReaderByteConsumed(reader))
    }

    /// Non-fatal problems so far, oldest first: libxml2's warnings and recoverable errors (an undeclared
    /// entity in a document with a DTD, an undeclared namespace prefix) and each entity reference that was not
    /// expanded. At most 1,000 are kept between calls to ``takeWarnings()``; see ``droppedWarningCount``.
    public var warnings: [XMLReadError] {
        errors.warnings
    }

    /// Warnings that were not kept because ``warnings`` was full.
    public var droppedWarningCount: Int {
        errors.droppedWarningCount
    }

    /// Returns ``warnings`` and clears them, so a consumer can attach them to the record being read.
    /// - Returns: The warnings collected since the previous call.
    public func takeWarnings() -> [XMLReadError] {
        errors.takeWarnings()
    }

    /// How many distinct local names and namespace URIs are cached; lets tests check that libxml2 interns names.
    var internedNameCount: Int { names.count + namespaces.count }

    /// Reads the next event.
    /// - Returns: The next event, or `nil` once the document has ended cleanly (and on every call after that).
    /// - Throws: ``XMLReadError`` for a fatal error (not well-formed, unreadable input); the same error again on
    ///   every later call.
    public func next() throws(XMLReadError) -> XMLEvent? {
        if hasPendingEnd {
            hasPendingEnd = false
            return .endElement(localName: pendingEndName, line: pendingEndLine)
        }
        if isFinished {
            if let failure { throw failure }
            return nil
        }
        while true {
            let status = xmlTextReaderRead(reader)
            guard status == 1 else { return try finish(status: status) }
            guard let node = xmlTextReaderCurrentNode(reader) else { continue }
            // Dispatch on the node itself: `xmlTextReaderNodeType` also classifies every text node as whitespace
            // or not by walking its ancestors for `xml:space`, which showed up in profiles.
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                if xmlTextReaderNodeType(reader) == NodeType.endElement {
                    let element = openElements.removeLast()
                    return .endElement(localName: element.localName, line: element.line)
                }
                return .startElement(startElement(node))
            case XML_TEXT_NODE:
                lines.passText(node)
                if let content = node.pointee.content, !Self.isWhitespace(content) {
                    return .text(String(cString: content))
                }
            case XML_CDATA_SECTION_NODE:
                lines.passUnnumbered(node)
                if let content = node.pointee.content { return .text(String(cString: content)) }
            case XML_COMMENT_NODE, XML_PI_NODE:
                lines.passUnnumbered(node)
            case XML_ENTITY_REF_NODE:
                reportDroppedEntity(currentName(), line: lines.lowerBound)
            default:
                // The DOCTYPE.
                continue
            }
        }
    }

    /// Whether text is only XML whitespace (space, tab, CR, LF), as `xmlIsBlankNode` decides.
    private static func isWhitespace(_ content: UnsafeMutablePointer<xmlChar>) -> Bool {
        var byte = content
        while true {
            switch byte.pointee {
            case 0: return true
            case 0x20, 0x09, 0x0A, 0x0D: byte += 1
            default: return false
            }
        }
    }

    private func startElement(_ node: UnsafeMutablePointer<xmlNode>) -> XMLElementStart {
        let line = lines.line(ofElement: node)
        hasStartedRoot = true
        let dictionary = node.pointee.doc?.pointee.dict
        let localName = node.pointee.name.map { names.string($0, in: dictionary) } ?? ""
        let namespaceURI = node.pointee.ns?.pointee.href.map { namespaces.string($0) }
        let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
        var attributes: [XMLAttribute] = []
        // The attribute list directly, instead of the reader's attribute cursor: namespace declarations live
        // in `nsDef`, not here, so there is nothing to skip, and it saves four library calls per attribute.
        var next = node.pointee.properties
        while let attribute = next {
            let value = AttributeValue.read(attribute) { entity in reportDroppedEntity(entity, line: line) }
            attributes.append(
                XMLAttribute(
                    localName: attribute.pointee.name.map { names.string($0, in: dictionary) } ?? "",
                    namespaceURI: attribute.pointee.ns?.pointee.href.map { namespaces.string($0) },
                    value: value))
            next = attribute.pointee.next
        }
        if isEmpty {
            hasPendingEnd = true
            pendingEndName = localName
            pendingEndLine = line
        } else {
            openElements.append((localName, line))
        }
        return XMLElementStart(
            localName: localName, namespaceURI: namespaceURI, attributes: attributes, line: line, isEmpty: isEmpty)
    }

    /// The local name of the node the reader is on, for entity references.
    private func currentName() -> String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }

    private func reportDroppedEntity(_ name: String, line: Int) {
        errors.warn(
            XMLReadError(
                file: errors.file, line: line,
                message: "reference to entity '\(name)' was not expanded (entities declared in a DTD are ignored)"))
    }

    /// Ends the stream after `xmlTextReaderRead` returned `status` (0: end of input, -1: error).
    private func finish(status: Int32) throws(XMLReadError) -> XMLEvent? {
        isFinished = true
        if status == 0, errors.fatal == nil, openElements.isEmpty { return nil }
        let error = errors.fatal.map(explained) ?? lastLibraryError() ?? XMLReadError(
            file: errors.file, line: Int(xmlTextReaderGetParserLineNumber(reader)),
            message: "the document ended unexpectedly")
        failure = error
        throw error
    }

    /// Some libxml2 limits are raised without the reader's error handler (2.9's "xmlSAX2Characters: huge
    /// text node" for a text node over 10 MB goes to the generic channel, which is silenced): the
    /// thread's last error still has it, and it explains far more than "ended unexpectedly".
    private func lastLibraryError() -> XMLReadError? {
        guard let last = xmlGetLastError(), last.pointee.level.rawValue >= XML_ERR_ERROR.rawValue,
              let text = last.pointee.message else { return nil }
        var message = String(cString: text)
        while message.last?.isWhitespace == true { message.removeLast() }
        if message.hasSuffix("huge text node") {
            message += " (a text node is limited to 10 MB; the rest of the file is not read)"
        }
        let line = last.pointee.line > 0 ? Int(last.pointee.line) : Int(xmlTextReaderGetParserLineNumber(reader))
        return XMLReadError(file: errors.file, line: line, message: message)
    }

    /// libxml2's push parser, which the reader uses, says "Extra content at the end of the document" for input
    /// without a root element, such as an empty file.
    private func explained(_ error: XMLReadError) -> XMLReadError {
        guard !hasStartedRoot, error.message == "Extra content at the end of the document" else { return error }
        return XMLReadError(
            file: error.file, line: error.line, column: error.column, message: "Document is empty (no root element)")
    }
}

/// The `xmlReaderTypes` value `xmlTextReaderNodeType` returns for an end tag.
private enum NodeType {
    static let endElement = Int32(XML_READER_TYPE_END_ELEMENT.rawValue)
}

@available(*, unavailable, message: "XMLEventReader wraps mutable libxml2 state; use it from one task at a time")
extension XMLEventReader: Sendable {}
