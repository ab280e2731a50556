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
                AtomicFile.removePendingTemporaryFiles()
                StandardError.write("\nmcred: interrupted; unfinished outputs removed, finished ones kept\n")
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
