internal import CLibXML2

/// Process-wide libxml2 set-up, done once before the first reader is created.
///
/// XMLStreaming is the only module that links libxml2, so it can own libxml2's global state:
/// - `xmlInitParser` must run once before libxml2 is used from several threads.
/// - Default error handlers are silenced, so no libxml2 message can reach stderr. Parser errors already go to
///   each reader's own handler; this catches the rest (e.g. buffer errors raised without a parser context).
/// - The external entity loader refuses everything. The parse options already stop libxml2 from loading DTDs
///   and external entities; this is a second lock in case an option ever slips in.
enum LibXML2Setup {
    private static let once: Void = {
        xmlInitParser()
        mcred_xml_silence_new_threads()
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    /// Runs the one-time set-up, then silences the calling thread's default handlers: libxml2 keeps them per
    /// thread, and the thread defaults set above only reach threads that touch libxml2 for the first time later.
    static func prepareCurrentThread() {
        _ = once
        mcred_xml_silence_current_thread()
    }
}
