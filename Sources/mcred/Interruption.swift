import Dispatch
import MCredCore
#if canImport(Glibc)
import Glibc
#endif

/// On SIGINT, SIGTERM or SIGHUP, removes the temporary files of outputs still being written (their
/// final names keep their previous content) and exits with 128 + the signal number, as shells expect.
enum Interruption {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    static func install() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                let (completed, removed) = AtomicFile.removePendingTemporaryFiles()
                let name = signalNumber == SIGINT ? "SIGINT" : signalNumber == SIGTERM ? "SIGTERM" : "SIGHUP"
                StandardError.write(
                    "\nmcred: interrupted (\(name)); \(completed) output file\(completed == 1 ? "" : "s") completed and kept, "
                        + "\(removed) unfinished one\(removed == 1 ? "" : "s") removed\n")
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
