import Foundation

/// Where the shell writes results and errors.
public protocol OutputSink: AnyObject {
    func write(_ text: String)
    func writeError(_ text: String)
}

/// Standard output and standard error, unbuffered per call so results and errors keep their order.
public final class StandardOutput: OutputSink {
    public init() {}

    public func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Collects everything written, for tests and for rendering reports.
public final class CapturedOutput: OutputSink {
    public private(set) var text = ""
    public private(set) var errors = ""

    public init() {}

    public func write(_ text: String) { self.text += text }
    public func writeError(_ text: String) { errors += text }
}
