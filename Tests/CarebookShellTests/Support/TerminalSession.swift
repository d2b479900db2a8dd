import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program running in a detached tmux session, driven by keystrokes: the
/// harness for end-to-end tests of the interactive shell.
///
/// Each session gets its own tmux server (a private socket) so tests never
/// touch a user's tmux. The pane stays on screen after the program exits, so
/// its last output and exit status can still be read.
///
///     let session = try TerminalSession(command: [binary], environment: TerminalSession.emptyLocale)
///     defer { session.kill() }
///     try session.send(keys: .text("£3,712 * 52"), .enter)
///     XCTAssertTrue(session.waitFor(text: "£193,024"), session.screen())
final class TerminalSession {
    /// A keystroke or literal text for `send(keys:)`.
    enum Key {
        case text(String)
        case enter, tab, up, down, left, right, escape, backspace
        /// A control key: `.ctrl("c")` is Ctrl-C.
        case ctrl(Character)
        /// Any other tmux key name (`"M-b"`, `"F1"`).
        case named(String)

        fileprivate var tmuxArguments: [String] {
            switch self {
            case .text(let text): return ["-l", "--", text]
            case .enter: return ["Enter"]
            case .tab: return ["Tab"]
            case .up: return ["Up"]
            case .down: return ["Down"]
            case .left: return ["Left"]
            case .right: return ["Right"]
            case .escape: return ["Escape"]
            case .backspace: return ["BSpace"]
            case .ctrl(let c): return ["C-\(c.lowercased())"]
            case .named(let name): return [name]
            }
        }
    }

    /// A failed tmux command.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The environment of a process started with `env -i`: no `LANG` or `LC_*`.
    static var emptyLocale: [String: String] {
        ["PATH": "/usr/local/bin:/usr/bin:/bin", "TERM": "screen", "HOME": NSTemporaryDirectory()]
    }

    /// Whether tmux can be run here.
    static var isAvailable: Bool {
        (try? run(["-V"]).status) == 0
    }

    let socket: String
    private let configPath: String
    private let statusPath: String
    private(set) var isKilled = false

    /// Starts `command` (executable and arguments, no shell) in a `columns`×`rows`
    /// terminal with exactly `environment` (as with `env -i`), in `directory`.
    init(command: [String], environment: [String: String] = TerminalSession.emptyLocale,
         columns: Int = 100, rows: Int = 30, directory: String? = nil) throws {
        socket = "carebook-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        configPath = NSTemporaryDirectory() + "/\(socket).conf"
        let config = "set -g remain-on-exit on\nset -g status off\nset -sg escape-time 0\nset -g history-limit 2000\n"
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        var arguments = ["new-session", "-d", "-s", "main", "-x", "\(columns)", "-y", "\(rows)"]
        if let directory { arguments += ["-c", directory] }
        // A shell records the exit status (tmux's own `pane_dead_status` is not
        // always filled in). It traps SIGINT with a no-op so that Ctrl-C reaches
        // only the program (a caught signal reverts to its default at exec).
        statusPath = NSTemporaryDirectory() + "/\(socket).status"
        let wrapper = "trap : INT QUIT; \"$@\"; echo $? > '\(statusPath)'"
        arguments += ["/bin/sh", "-c", wrapper, "sh", "/usr/bin/env", "-i"] + assignments + command
        try tmux(arguments)
    }

    deinit { kill() }

    /// Sends keystrokes and literal text, in order.
    func send(keys: Key...) throws {
        for key in keys { try tmux(["send-keys", "-t", "main"] + key.tmuxArguments) }
    }

    /// Resizes the terminal, as dragging its window does: the program gets SIGWINCH.
    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The visible screen, one line per row, trailing blanks trimmed.
    func screen() -> String {
        capture(["-p"])
    }

    /// The visible screen with the blanks programs wrote at line ends kept (a prompt's `"> "`).
    func rawScreen() -> String {
        capture(["-p", "-N"])
    }

    /// The visible screen with lines the terminal wrapped joined again: what the program wrote, line by line.
    func joinedScreen() -> String {
        capture(["-p", "-J"])
    }

    private func capture(_ flags: [String]) -> String {
        guard let result = try? Self.run(["-L", socket, "capture-pane", "-t", "main"] + flags),
              result.status == 0 else { return "" }
        return result.output
    }

    /// Polls the screen until it contains `text` (trailing blanks included, so
    /// `"> "` finds a prompt); false after `timeout` seconds.
    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 5) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if rawScreen().contains(text) { return true }
            usleep(30_000)
        } while Date() < deadline
        return rawScreen().contains(text)
    }

    /// Polls the screen until `condition` holds; false after `timeout` seconds.
    @discardableResult
    func waitUntil(timeout: TimeInterval = 5, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if condition(screen()) { return true }
            usleep(30_000)
        } while Date() < deadline
        return condition(screen())
    }

    /// The program's exit status once it has ended (128 + N if killed by signal N); nil while it runs.
    var exitStatus: Int32? {
        guard let data = FileManager.default.contents(atPath: statusPath) else { return nil }
        return Int32(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Waits for the program to end; its exit status, or nil on timeout.
    func waitForExit(timeout: TimeInterval = 5) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let status = exitStatus { return status }
            usleep(30_000)
        }
        return exitStatus
    }

    /// Ends the program and this session's tmux server.
    func kill() {
        guard !isKilled else { return }
        isKilled = true
        _ = try? Self.run(["-L", socket, "kill-server"])
        try? FileManager.default.removeItem(atPath: configPath)
        try? FileManager.default.removeItem(atPath: statusPath)
    }

    private func tmux(_ arguments: [String]) throws {
        let result = try Self.run(["-L", socket, "-f", configPath] + arguments)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(result.output)")
        }
    }

    /// Runs tmux with `arguments`; its status and standard output (and error).
    ///
    /// Spawned with `posix_spawnp` and reaped with `waitpid`, with output in a
    /// temporary file: the command that starts the tmux server leaves a daemon
    /// holding the descriptors it inherited, so neither a pipe nor Foundation's
    /// `Process` (which watches a descriptor to notice exit) would ever finish.
    @discardableResult
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let outputPath = NSTemporaryDirectory() + "/tmux-output-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = (["tmux"] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, argv, envp)
        guard spawned == 0 else { throw Failure(description: "cannot run tmux: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exited = status & 0x7f == 0
        let data = FileManager.default.contents(atPath: outputPath) ?? Data()
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), String(decoding: data, as: UTF8.self))
    }
}

extension TerminalSession {
    /// The built `carebook` executable: `$CAREBOOK_BIN`, else next to this
    /// test bundle, else `.build/debug/carebook` in the package; nil if none exists.
    static func carebookBinary() -> String? {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["CAREBOOK_BIN"], !explicit.isEmpty {
            candidates.append(explicit)
        }
        candidates.append(URL(fileURLWithPath: testExecutable()).deletingLastPathComponent()
            .appendingPathComponent("carebook").path)
        candidates.append(packageRoot().appendingPathComponent(".build/debug/carebook").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The running test executable (to re-run one test as a child program).
    static func testExecutable() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? ProcessInfo.processInfo.arguments[0]
    }

    /// The package's root directory, found from this source file's path.
    static func packageRoot(file: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: file)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }
}
