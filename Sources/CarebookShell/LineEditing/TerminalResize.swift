import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal's size as it is now, kept current by a SIGWINCH handler, so that tables follow a
/// live resize rather than the width at start-up.
///
/// The handler only reads the size (`ioctl`, async-signal-safe) and stores it in two lock-free
/// atomics; nothing is allocated or locked in it. It is installed with `SA_RESTART`, so a resize
/// does not interrupt a read the way Ctrl-C does.
public enum TerminalResize {
    private static let columns = Atomic<Int>(0)
    private static let rows = Atomic<Int>(0)

    /// Records the current size and installs the handler; calling it again is harmless.
    public static func install() {
        record()
        SignalHandling.handle(SIGWINCH, restart: true) { _ in TerminalResize.record() }
    }

    /// The latest size seen; nil before `install()` or when standard output is not a terminal.
    public static var current: (columns: Int, rows: Int)? {
        let c = columns.load(ordering: .relaxed), r = rows.load(ordering: .relaxed)
        return c > 0 ? (c, r) : nil
    }

    /// Reads the size (one `ioctl`, no allocation) into the atomics.
    private static func record() {
        guard let size = Terminal.size() else { return }
        columns.store(size.columns, ordering: .relaxed)
        rows.store(size.rows, ordering: .relaxed)
    }
}
