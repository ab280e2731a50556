/// Receives diagnostics as they are emitted. Implementations must be safe to call from any thread.
public protocol DiagnosticSink: Sendable {
    func emit(_ diagnostic: Diagnostic)
}

/// Collects every diagnostic in memory; used by tests and by the JSON report.
public final class CollectingDiagnosticSink: DiagnosticSink, @unchecked Sendable {
    private let lock = Lock()
    private var storage: [Diagnostic] = []

    public init() {}

    public func emit(_ diagnostic: Diagnostic) {
        lock.withLock { storage.append(diagnostic) }
    }

    /// Everything emitted so far, in report order.
    public var diagnostics: [Diagnostic] {
        lock.withLock { storage.sorted(by: Diagnostic.reportOrder) }
    }
}

/// Forwards to another sink and counts what passes, for diagnostics a reader emits directly.
public final class CountingDiagnosticSink: DiagnosticSink, @unchecked Sendable {
    private let base: any DiagnosticSink
    private let lock = Lock()
    private var errors = 0, warnings = 0, notes = 0

    public init(_ base: any DiagnosticSink) { self.base = base }

    public func emit(_ diagnostic: Diagnostic) {
        lock.withLock {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: notes += 1
            }
        }
        base.emit(diagnostic)
    }

    /// (errors, warnings, notes) so far.
    public var counts: (errors: Int, warnings: Int, notes: Int) { lock.withLock { (errors, warnings, notes) } }
}

/// Forwards every diagnostic to several sinks.
public struct FanOutDiagnosticSink: DiagnosticSink {
    public let sinks: [any DiagnosticSink]
    public init(_ sinks: [any DiagnosticSink]) { self.sinks = sinks }
    public func emit(_ diagnostic: Diagnostic) {
        for sink in sinks { sink.emit(diagnostic) }
    }
}
