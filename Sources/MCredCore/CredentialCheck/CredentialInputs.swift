import Foundation

/// The credential files named on a command line, in a fixed order: files as given, folders walked
/// recursively (entries sorted by name, hidden ones skipped, only `.json`, `.jsonld` and `.ndjson`),
/// `-` for standard input.
public enum CredentialInputs {
    /// How a file holds its credentials.
    public enum Layout: Sendable, Equatable {
        /// One JSON document: a credential, or an array of credentials.
        case document
        /// One credential a line (`.ndjson`).
        case lines
        /// Standard input: one credential a line when the first line is a whole JSON value, else one document.
        case sniffed
    }

    public struct Input: Sendable, Equatable {
        /// The path to open (`-` for standard input).
        public var path: String
        /// The name diagnostics use: the path as given, or `<stdin>`.
        public var displayName: String
        public var layout: Layout
    }

    static let extensions: Set<String> = ["json", "jsonld", "ndjson"]

    /// Expands `arguments` into inputs; a path that does not exist is kept (its read fails and is reported).
    public static func expand(_ arguments: [String]) -> [Input] {
        var inputs: [Input] = []
        for argument in arguments {
            if argument == "-" {
                inputs.append(Input(path: "-", displayName: "<stdin>", layout: .sniffed))
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                walk(argument, into: &inputs)
            } else {
                inputs.append(Input(path: argument, displayName: argument, layout: layout(of: argument)))
            }
        }
        return inputs
    }

    static func layout(of path: String) -> Layout {
        path.lowercased().hasSuffix(".ndjson") ? .lines : .document
    }

    private static func walk(_ folder: String, into inputs: inout [Input]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) where !name.hasPrefix(".") {
            let path = prefix + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                // Like find(1) without -L: a linked folder is not entered, so a link to an enclosing
                // folder cannot make the walk check the same files again and again.
                let type = (try? FileManager.default.attributesOfItem(atPath: path)[.type]) as? FileAttributeType
                if type == .typeSymbolicLink { continue }
                walk(path, into: &inputs)
            } else if let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) {
                inputs.append(Input(path: path, displayName: path, layout: layout(of: path)))
            }
        }
    }
}

/// Reads lines from a byte source with bounded memory: one line (plus one read chunk) at a time.
final class LineReader {
    private let source: any ByteSource
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private(set) var lineNumber = 0

    init(_ source: any ByteSource) {
        self.source = source
    }

    private func fill() throws(MCredError) -> Bool {
        if atEnd { return false }
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        let old = buffer.count
        buffer += repeatElement(0, count: FileByteSource.defaultChunkSize)
        let source = self.source
        let result = buffer.withUnsafeMutableBytes { raw in
            Result { () throws(MCredError) -> Int in try source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[old...])) }
        }
        let read: Int
        do {
            read = try result.get()
        } catch {
            buffer.removeLast(FileByteSource.defaultChunkSize)
            throw error
        }
        buffer.removeLast(FileByteSource.defaultChunkSize - read)
        if read == 0 { atEnd = true }
        return read > 0
    }

    /// The next line without its line break (and without a trailing CR), or nil at the end.
    func next() throws(MCredError) -> ArraySlice<UInt8>? {
        var searchFrom = start
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[start..<end]
                start = newline + 1
                lineNumber += 1
                return line
            }
            searchFrom = buffer.count
            let offset = searchFrom - start
            if try !fill() {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                lineNumber += 1
                return line.last == 0x0D ? line.dropLast() : line
            }
            searchFrom = start + offset
        }
    }

    /// Everything not yet returned by ``next()``, for a document read after sniffing its first line.
    func rest(after consumed: [ArraySlice<UInt8>]) throws(MCredError) -> [UInt8] {
        while try fill() {}
        var bytes: [UInt8] = []
        for line in consumed {
            bytes += line
            bytes.append(0x0A)
        }
        return bytes + buffer[start...]
    }
}
