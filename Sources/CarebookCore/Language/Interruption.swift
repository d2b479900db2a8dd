import Synchronization

/// A process-wide request to stop the evaluation in progress (Ctrl-C).
///
/// The shell's signal handler calls `request()`; long loops in the engine
/// call `check()` and unwind with `Interrupted` so the session stays intact.
public enum Interruption {
    private static let flag = Atomic<Bool>(false)

    /// Asks the running evaluation to stop; safe to call from a signal handler.
    public static func request() { flag.store(true, ordering: .relaxed) }

    /// Clears any pending request (before each statement).
    public static func reset() { flag.store(false, ordering: .relaxed) }

    public static var isRequested: Bool { flag.load(ordering: .relaxed) }

    /// Throws `Interrupted` if a stop was requested.
    public static func check() throws(Interrupted) {
        if flag.load(ordering: .relaxed) { throw Interrupted() }
    }
}

/// The evaluation was stopped by the user.
public struct Interrupted: Error, Sendable {
    public init() {}
}
