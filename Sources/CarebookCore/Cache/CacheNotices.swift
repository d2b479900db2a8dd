import Synchronization

/// What the user should be told about the load cache (a damaged entry, a folder not used), each line once a session.
///
/// The engine does not print: the shell takes these after each statement and shows them.
public final class CacheNotices: Sendable {
    private struct State {
        var waiting: [String] = []
        var told: Set<String> = []
    }

    private let state = Mutex(State())

    /// Adds a line, unless it has been added before.
    func add(_ line: String) {
        state.withLock { s in
            if s.told.insert(line).inserted { s.waiting.append(line) }
        }
    }

    /// The lines added since the last call, oldest first.
    public func take() -> [String] {
        state.withLock { s in
            defer { s.waiting.removeAll() }
            return s.waiting
        }
    }
}
