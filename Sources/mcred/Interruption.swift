import Dispatch
import MCredCore
#if canImport(Glibc)
import Glibc
#endif

/// On SIGINT, SIGTERM or SIGHUP, removes the temporary files of outputs still being written (their
/// final names keep their previous content), says how many output files were completed, and exits
/// with 128 + the signal number, as shells expect.
///
/// The handler runs on another thread while the main thread goes on; from the moment a signal
/// arrives, the handler alone writes to stderr and exits, so the status is always 128 + the signal
/// (the main thread could otherwise finish first with 2 over an error the shutdown caused).
enum Interruption {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []
    private static let stopping = LockedValue<Int32?>(nil)

    /// Blocks the calling thread for good when a signal is being handled (the handler ends the process).
    static func parkIfStopping() {
        guard stopping.withLock({ $0 }) != nil else { return }
        while true { pause() }
    }

    /// Exits with `status`, unless a signal is being handled (then its handler exits).
    static func exit(_ status: ExitStatus) -> Never {
        parkIfStopping()
        Glibc.exit(status.rawValue)
    }

    static func install() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                let first = stopping.withLock { value in
                    defer { if value == nil { value = signalNumber } }
                    return value == nil
                }
                guard first else { return }
                let (completed, removed) = AtomicFile.removePendingTemporaryFiles()
                let name = signalNumber == SIGINT ? "SIGINT" : signalNumber == SIGTERM ? "SIGTERM" : "SIGHUP"
                StandardError.write(
                    "\nmcred: interrupted (\(name)); \(completed) output file\(completed == 1 ? "" : "s") completed and kept, "
                        + "\(removed) unfinished one\(removed == 1 ? "" : "s") removed\n", fromSignalHandler: true)
                Glibc.exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
