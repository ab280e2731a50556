import XMLStreaming

/// Reads an XML export with libxml2's pull reader: each element named `recordElement` (by local
/// name, whatever its namespace) is one record; its descendants become fields with paths relative to
/// it. Values outside records (the learner, the issuer) are kept as inherited context for the records
/// that follow them within the same enclosing elements.
///
/// With a `scopeElement` (ELMO: `report`), finished records are held until the enclosing scope element
/// closes, so values that follow them inside it (the report's `issueDate`) are inherited too.
///
/// Memory is bounded by the largest record (or scope, capped at ``maximumHeldRecords`` records) plus the
/// context, which is capped at ``maximumContextFields`` values of at most ``maximumContextValueBytes`` each.
public final class XMLRecordReader: RecordReader {
    public static let maximumContextFields = 4096
    public static let maximumContextValueBytes = 1 << 20
    public static let maximumHeldRecords = 10_000

    public let file: String
    public var header: [String]? { nil }
    private let events: XMLEventReader
    private let recordElement: String
    private let scopeElement: String?
    private let size: Int?

    private struct Frame {
        var name: String
        /// The element's path: from the innermost enclosing record element when there is one, otherwise from
        /// the document root. Interned in ``paths``, so the fields of every record share the same strings.
        var path: String
        /// The path's id in ``paths`` (`nil` once the table is full).
        var pathID: Int?
        var language: String?
        var attributes: [String: String]
        var line: Int
        var text = ""
        var hasChildren = false
        /// Index into `openRecords` when this element is itself a record.
        var opensRecord: Int?
        /// Whether a record started below this element: its context then belonged to those records and
        /// is not passed on to later siblings (a second report in one file has its own learner).
        var containedRecord = false
        /// Context values gathered below this element outside any record.
        var context: [SourceField] = []
    }

    private struct OpenRecord {
        var number: Int
        var depth: Int
        var line: Int
        var fields: [SourceField] = []
        var context: [SourceField]
    }

    // Used by one task at a time, like the event reader below it: dynamic exclusivity checks on these
    // properties, made for every event, cost more than the rest of an element's handling.
    @exclusivity(unchecked) private var stack: [Frame] = []
    @exclusivity(unchecked) private var paths = ElementPaths()
    /// How many open elements are named `scopeElement`.
    @exclusivity(unchecked) private var openScopes = 0
    @exclusivity(unchecked) private var openRecords: [OpenRecord] = []
    @exclusivity(unchecked) private var ready: [SourceRecord] = []
    /// Index of the next record to return from `ready`: taking from the front without shifting the rest.
    @exclusivity(unchecked) private var readyStart = 0
    /// Records waiting for their scope element to close.
    @exclusivity(unchecked) private var held: [SourceRecord] = []
    /// A well-formedness error met after some records: thrown once they have been returned.
    @exclusivity(unchecked) private var failure: MCredError?
    @exclusivity(unchecked) private var warnedAboutHeldRecords = false
    @exclusivity(unchecked) private var pendingDiagnostics: [Diagnostic] = []
    @exclusivity(unchecked) private var recordCount = 0
    @exclusivity(unchecked) private var fieldCountOfLastRecord = 0
    @exclusivity(unchecked) private var finished = false

    /// Opens `path` (`-` for standard input).
    public init(
        path: String, displayName: String? = nil, recordElement: String, scopeElement: String? = nil, totalBytes: Int?
    ) throws(MCredError) {
        file = displayName ?? path
        self.recordElement = recordElement
        self.scopeElement = scopeElement
        size = totalBytes
        do {
            events = try XMLEventReader(path: path)
        } catch {
            throw MCredError(.unreadableInput, error.message, at: SourceLocation(file: file, line: error.line, column: error.column))
        }
    }

    /// Reads XML held in memory (tests, fuzzing).
    public init(bytes: [UInt8], name: String, recordElement: String, scopeElement: String? = nil) throws(MCredError) {
        file = name
        self.recordElement = recordElement
        self.scopeElement = scopeElement
        size = bytes.count
        do {
            events = try XMLEventReader(bytes: bytes, name: name)
        } catch {
            throw MCredError(.unreadableInput, error.message, at: SourceLocation(file: name, line: error.line, column: error.column))
        }
    }

    public var bytesRead: Int { events.bytesConsumed }
    public var totalBytes: Int? { size }

    public func next(diagnostics: inout [Diagnostic]) throws(MCredError) -> SourceRecord? {
        if readyStart == ready.count, readyStart > 0 {
            ready.removeAll(keepingCapacity: true)
            readyStart = 0
        }
        while ready.isEmpty, !finished {
            let event: XMLEvent?
            do {
                event = try events.next()
            } catch {
                // Records finished before the break are still returned (without what their scope
                // would have added after them); the error comes after them.
                finished = true
                failure = MCredError(
                    .unreadableInput, "malformed XML: \(error.message)",
                    at: SourceLocation(file: file, line: error.line, column: error.column))
                ready += held
                held.removeAll()
                break
            }
            guard let event else {
                finished = true
                ready += held
                held.removeAll()
                break
            }
            handle(event)
        }
        diagnostics += pendingDiagnostics
        pendingDiagnostics.removeAll()
        if readyStart == ready.count, let failure {
            self.failure = nil
            throw failure
        }
        guard readyStart < ready.count else { return nil }
        let record = ready[readyStart]
        // Release the returned record's storage now rather than when `ready` is next emptied.
        ready[readyStart] = Self.taken
        readyStart += 1
        return record
    }

    private static let taken = SourceRecord(number: 0, file: "", line: 0, fields: [])

    private func handle(_ event: XMLEvent) {
        switch event {
        case .startElement(let start):
            // The parent is read in place: `stack.last` would copy the whole frame, text and context included.
            let parent = stack.isEmpty ? nil : stack.count - 1
            if let parent { stack[parent].hasChildren = true }
            var attributes: [String: String] = [:]
            var language = parent.flatMap { stack[$0].language }
            if !start.attributes.isEmpty {
                for attribute in start.attributes {
                    if attribute.localName == "lang", attribute.namespaceURI == "http://www.w3.org/XML/1998/namespace" {
                        language = attribute.value.isEmpty ? nil : attribute.value
                    }
                    if attributes[attribute.localName] == nil { attributes[attribute.localName] = attribute.value }
                }
            }
            // Children of a record element have paths from it; other elements extend their parent's path.
            let (pathID, path): (Int?, String)
            if let parent, stack[parent].opensRecord == nil {
                (pathID, path) = paths.child(named: start.localName, of: stack[parent].pathID, path: stack[parent].path)
            } else {
                (pathID, path) = paths.child(named: start.localName, of: ElementPaths.root, path: "")
            }
            if let scopeElement, start.localName == scopeElement { openScopes += 1 }
            var opensRecord: Int?
            if start.localName == recordElement {
                recordCount += 1
                for index in stack.indices { stack[index].containedRecord = true }
                opensRecord = openRecords.count
                var record = OpenRecord(number: recordCount, depth: stack.count, line: start.line,
                                        context: inheritedContext())
                // Records are alike: room for as many fields as the last one had saves regrowing the array.
                record.fields.reserveCapacity(fieldCountOfLastRecord)
                openRecords.append(record)
            }
            stack.append(Frame(name: start.localName, path: path, pathID: pathID, language: language,
                               attributes: attributes, line: start.line, opensRecord: opensRecord))
        case .text(let text):
            if !stack.isEmpty { stack[stack.count - 1].text += text }
        case .endElement:
            guard let frame = stack.popLast() else { return }
            if let scopeElement, frame.name == scopeElement { openScopes -= 1 }
            close(frame)
        }
    }

    /// The context visible at the current position: enclosing frames' context (nearest last), then the
    /// enclosing records' own fields, with paths from their record element.
    private func inheritedContext() -> [SourceField] {
        var context: [SourceField] = []
        for frame in stack { context += frame.context }
        for record in openRecords {
            context += record.fields.map { field in
                var copy = field
                copy.path = recordElement + "/" + field.path
                return copy
            }
        }
        return context
    }

    private func close(_ frame: consuming Frame) {
        if let index = frame.opensRecord {
            let record = openRecords.remove(at: index)
            fieldCountOfLastRecord = record.fields.count
            let finished = SourceRecord(number: record.number, file: file, line: record.line, fields: record.fields,
                                        context: record.context)
            if openScopes > 0 {
                hold(finished)
            } else {
                ready.append(finished)
            }
            return
        }
        if let scopeElement, frame.name == scopeElement, !held.isEmpty {
            // The scope has closed: its values, including those after the records, now apply to them.
            var trailing: [SourceField] = []
            for enclosing in stack { trailing += enclosing.context }
            trailing += frame.context
            for record in held {
                var complete = record
                complete.context += trailing
                ready.append(complete)
            }
            held.removeAll()
        }
        let isLeaf = !frame.hasChildren
        guard isLeaf || !frame.attributes.isEmpty else {
            if !frame.containedRecord { mergeContextUp(frame.context) }
            return
        }
        let value = isLeaf ? frame.text : ""
        // `frame.path` is from the innermost open record, the one the element was opened in: records
        // opened inside it have closed before it.
        if !openRecords.isEmpty {
            openRecords[openRecords.count - 1].fields.append(
                SourceField(path: frame.path, value: value, language: frame.language, attributes: frame.attributes, line: frame.line))
            mergeContextUp(frame.context)
        } else {
            var context = frame.context
            if value.utf8.count <= Self.maximumContextValueBytes {
                context.append(SourceField(path: frame.path, value: value, language: frame.language, attributes: frame.attributes, line: frame.line))
            }
            mergeContextUp(context)
        }
    }

    private func hold(_ record: SourceRecord) {
        held.append(record)
        guard held.count > Self.maximumHeldRecords else { return }
        ready.append(held.removeFirst())
        if !warnedAboutHeldRecords {
            warnedAboutHeldRecords = true
            pendingDiagnostics.append(.warning(
                "xml-scope-too-large",
                "more than \(Self.maximumHeldRecords) records in one <\(scopeElement ?? "")>: earlier records are converted without the values that follow them in it",
                at: SourceLocation(file: file, line: record.line)))
        }
    }

    /// Context gathered below a closed element stays visible to the records that follow in its parent.
    private func mergeContextUp(_ context: [SourceField]) {
        guard !context.isEmpty, !stack.isEmpty else { return }
        stack[stack.count - 1].context += context
        let overflow = stack[stack.count - 1].context.count - Self.maximumContextFields
        if overflow > 0 { stack[stack.count - 1].context.removeFirst(overflow) }
    }

}

/// Element paths (`credit/value`), each built once per distinct path instead of once per element, so that a
/// record's fields share their path strings with every other record's.
///
/// A path is a child of its parent's path; ``root`` is the empty path. Records repeat one structure, so the
/// child after the one found last under the same parent is tried first and nearly always matches (the reader
/// hands out the same string for the same name, so the comparison is a pointer check). Otherwise a parent's
/// first few children are scanned, and a dictionary serves parents with many. Beyond ``limit`` paths (hostile
/// input with ever new names) new paths are built each time instead of remembered.
struct ElementPaths {
    static let root = 0
    static let limit = 4_096
    /// Parents with more children than this are searched by dictionary rather than by scanning.
    private static let scanLimit = 16

    private(set) var strings: [String] = [""]
    private struct Child {
        var name: String
        var isASCII: Bool
        var id: Int
    }

    private var children: [[Child]] = [[]]
    private var childIDs: [[String: Int]] = [[:]]
    /// Per path, the index in `children` of the child found last.
    private var lastFound: [Int] = [-1]

    /// The path of the element `name` under the parent path `parent`.
    /// - Parameters:
    ///   - parent: The parent's id, or `nil` when the parent's path wasn't remembered.
    ///   - parentPath: The parent's path, to build a new one from.
    /// - Returns: The child's id (`nil` when it isn't remembered) and its path.
    mutating func child(named name: String, of parent: Int?, path parentPath: String) -> (id: Int?, path: String) {
        guard let parent else { return (nil, parentPath + "/" + name) }
        let count = children[parent].count
        if count > 0 {
            let next = lastFound[parent] + 1
            if next < count, Self.same(children[parent][next], name) {
                lastFound[parent] = next
                return (children[parent][next].id, strings[children[parent][next].id])
            }
            if count <= Self.scanLimit {
                for index in 0..<count where Self.same(children[parent][index], name) {
                    lastFound[parent] = index
                    return (children[parent][index].id, strings[children[parent][index].id])
                }
            } else if let index = childIDs[parent][name] {
                guard Self.same(children[parent][index], name) else {
                    return (nil, parent == Self.root ? name : parentPath + "/" + name)
                }
                lastFound[parent] = index
                return (children[parent][index].id, strings[children[parent][index].id])
            }
        }
        let path = parent == Self.root ? name : parentPath + "/" + name
        guard strings.count < Self.limit else { return (nil, path) }
        let id = strings.count
        strings.append(path)
        children.append([])
        childIDs.append([:])
        lastFound.append(-1)
        childIDs[parent][name] = count
        children[parent].append(Child(name: name, isASCII: name.utf8.allSatisfy { $0 < 0x80 }, id: id))
        lastFound[parent] = count
        return (id, path)
    }

    /// Whether a remembered child is the element `name`, byte for byte: a field's path keeps the document's
    /// own spelling.
    private static func same(_ known: Child, _ name: String) -> Bool {
        // `==` is canonical equivalence (and a pointer check for the reader's shared strings).
        guard known.name == name else { return false }
        // Canonically equivalent spellings of an ASCII name are longer (only singletons such as the Kelvin
        // sign decompose to ASCII), so equal lengths mean equal bytes.
        if known.isASCII { return known.name.utf8.count == name.utf8.count }
        return known.name.utf8.elementsEqual(name.utf8)
    }
}
