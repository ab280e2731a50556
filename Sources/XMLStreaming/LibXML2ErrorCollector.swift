internal import CLibXML2

/// Receives libxml2's structured errors for one reader, so that nothing is printed and every problem carries
/// libxml2's own line, column and message.
///
/// It is a class because libxml2 holds a pointer to it (passed through `Unmanaged`); the reader keeps it
/// alive for as long as the libxml2 reader exists.
final class LibXML2ErrorCollector {
    /// Warnings kept between two calls to ``takeWarnings()``; beyond it they are only counted, so a file with a
    /// problem in every record can't grow memory without bound.
    static let warningLimit = 1_000

    let file: String
    /// The fatal error to report. One malformed spot usually makes libxml2 report a cascade of fatal errors;
    /// the first one is the cause.
    @exclusivity(unchecked) private(set) var fatal: XMLReadError?
    @exclusivity(unchecked) private(set) var warnings: [XMLReadError] = []
    @exclusivity(unchecked) private(set) var droppedWarningCount = 0

    init(file: String) {
        self.file = file
    }

    /// Installs this collector as the reader's structured error handler.
    func install(on reader: OpaquePointer) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        // Parameter types are inferred so this compiles against both 2.9 (`xmlErrorPtr`) and 2.12+
        // (`const xmlError *`).
        xmlTextReaderSetStructuredErrorHandler(
            reader,
            { context, error in
                guard let context, let error else { return }
                Unmanaged<LibXML2ErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
            },
            context)
    }

    func record(_ error: xmlError) {
        let message = error.message.map { Self.trimmed(String(cString: $0)) } ?? "unknown libxml2 error"
        let column = error.int2 > 0 ? Int(error.int2) : nil
        let problem = XMLReadError(file: file, line: Int(error.line), column: column, message: message)
        if error.level == XML_ERR_FATAL {
            // Errors inside an entity's replacement text have no file and count lines from the entity's
            // start; an error located in the document itself explains more, so it wins.
            if fatal == nil || (fatalIsInsideEntity && error.file != nil) {
                fatal = problem
                fatalIsInsideEntity = error.file == nil
            }
        } else {
            warn(problem)
        }
    }

    @exclusivity(unchecked) private var fatalIsInsideEntity = false

    func warn(_ problem: XMLReadError) {
        if warnings.count < Self.warningLimit {
            warnings.append(problem)
        } else {
            droppedWarningCount += 1
        }
    }

    func takeWarnings() -> [XMLReadError] {
        defer { warnings.removeAll() }
        return warnings
    }

    /// libxml2 messages end with a newline.
    private static func trimmed(_ message: String) -> String {
        var message = Substring(message)
        while let last = message.last, last.isWhitespace { message.removeLast() }
        return String(message)
    }
}
