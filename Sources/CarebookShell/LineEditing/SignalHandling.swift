import CarebookCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns Ctrl-C into a request to stop, rather than the end of the process.
///
/// `install()` sets a SIGINT handler (without `SA_RESTART`) that only calls
/// `Interruption.request()`, which is signal-safe. Two situations follow:
///
/// - At the prompt: `EditLineReader` lets libedit watch signals while it
///   reads. On Ctrl-C libedit restores the terminal, passes the signal on to
///   this handler, and its blocked `read` fails with `EINTR`; the reader then
///   discards the partial line, clears the request, and returns
///   `.interrupted`. `PlainLineReader` does the same when its `read` is
///   interrupted.
/// - During evaluation: the handler only sets the flag. The evaluator polls
///   `Interruption.check()` in long loops and unwinds with `Interrupted`; the
///   REPL calls `Interruption.reset()` before each statement.
public enum SignalHandling {
    /// Installs the SIGINT handler; calling it again is harmless.
    public static func install() {
        // no SA_RESTART: a blocked read returns EINTR
        handle(SIGINT, restart: false) { _ in Interruption.request() }
    }

    /// Installs `handler` for `signal`; with `restart`, a read it interrupts goes on (`SA_RESTART`).
    static func handle(_ signal: Int32, restart: Bool, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = restart ? Int32(SA_RESTART) : 0
        _ = sigaction(signal, &action, nil)
    }
}
