#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the terminal the shell runs in.
public enum Terminal {
    /// Whether `fd` is connected to a terminal.
    public static func isTerminal(_ fd: Int32) -> Bool {
        isatty(fd) == 1
    }

    /// Whether both standard input and standard output are terminals.
    public static var isInteractive: Bool {
        isTerminal(STDIN_FILENO) && isTerminal(STDOUT_FILENO)
    }

    /// The size of the terminal on `fd` (standard output by default); nil when not a terminal.
    public static func size(fd: Int32 = STDOUT_FILENO) -> (columns: Int, rows: Int)? {
        var ws = winsize()
        #if canImport(Glibc)
        let request = UInt(TIOCGWINSZ)
        #else
        let request = TIOCGWINSZ
        #endif
        guard ioctl(fd, request, &ws) == 0, ws.ws_col > 0 else { return nil }
        return (Int(ws.ws_col), Int(ws.ws_row))
    }

    /// Whether output may use colour: not when `NO_COLOR` is set and non-empty,
    /// when `TERM` is `dumb`, or when standard output is not a terminal.
    public static var colorAllowed: Bool {
        colorAllowed(environment: currentEnvironment(), stdoutIsTerminal: isTerminal(STDOUT_FILENO))
    }

    /// The colour rule applied to a given environment (testable form of `colorAllowed`).
    public static func colorAllowed(environment: [String: String], stdoutIsTerminal: Bool) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return stdoutIsTerminal
    }

    private static func currentEnvironment() -> [String: String] {
        var env: [String: String] = [:]
        for key in ["NO_COLOR", "TERM"] {
            if let value = getenv(key) { env[key] = String(cString: value) }
        }
        return env
    }
}
