import CLibedit
import CarebookCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines at a terminal with libedit: editing, history, search, completion.
///
/// Emacs keys; Up/Down recall history; Ctrl-R searches history backwards
/// incrementally (type to narrow, Ctrl-R again for older matches); Tab
/// completes through a `CompletionSource`, inserting the longest common
/// prefix and listing the candidates below the line when several remain.
/// Ctrl-C discards the line and returns `.interrupted`; Ctrl-D on an empty
/// line returns `.endOfInput`. In both cases the reader moves to a fresh line.
///
/// Use it only when standard input and output are terminals. Call
/// `UTF8Locale.ensureCType()` and `SignalHandling.install()` first. The
/// terminal is restored by `close()`, on deinit, and at `exit()`.
public final class EditLineReader: LineReader {
    /// The libedit editor (`EditLine *`); nil once closed.
    private(set) var editor: OpaquePointer?
    /// The wide history (`HistoryW *`) attached to the editor.
    var history: OpaquePointer?
    var promptStorage: UnsafeMutablePointer<wchar_t>
    var promptCapacity = 1
    private var lastEntry: String?

    /// The history file, if any; entries are appended as they are added.
    public let store: HistoryStore?
    /// Where Tab completion comes from; nil makes Tab beep.
    public var completion: CompletionSource?
    /// The last failure to read or write the history file (the shell may report it once).
    public internal(set) var historyError: Diagnostic?

    /// Opens a line editor on standard input and output; nil if libedit cannot start.
    public init?(programName: String = "carebook", history store: HistoryStore?,
                 completion: CompletionSource? = nil) {
        guard let editor = cb_el_init_std(programName) else { return nil }
        guard let history = history_winit() else { el_end(editor); return nil }
        self.editor = editor
        self.history = history
        self.store = store
        self.completion = completion
        promptStorage = .allocate(capacity: 1)
        promptStorage.initialize(to: 0)
        configure(editor, history: history)
        loadHistory()
        EditorRegistry.add(editor)
    }

    deinit {
        close()
        promptStorage.deallocate()
    }

    public var isInteractive: Bool { true }

    public func readLine(prompt: String) -> ReadResult {
        guard let editor else { return .endOfInput }
        setPrompt(prompt)
        var count: Int32 = 0
        errno = 0
        guard let wide = el_wgets(editor, &count) else {
            let interrupted = count == -1 && errno == EINTR
            writeOutput(interrupted ? "^C\n" : "\n")
            if interrupted {
                Interruption.reset()
                return .interrupted
            }
            return .endOfInput
        }
        var line = WideText.string(wide, count: Int(count))
        while let last = line.unicodeScalars.last, last == "\n" || last == "\r" {
            line.unicodeScalars.removeLast()
        }
        return .line(line)
    }

    public func addHistory(_ entry: String) {
        guard let history, !entry.allSatisfy(\.isWhitespace), entry != lastEntry else { return }
        lastEntry = entry
        WideText.withWide(entry) { _ = cb_history_enter(history, $0) }
        do { try store?.append(entry) } catch { historyError = error }
    }

    /// Restores the terminal and releases libedit; later reads return `.endOfInput`.
    public func close() {
        if let editor {
            EditorRegistry.remove(editor)
            el_end(editor)
        }
        if let history { history_wend(history) }
        editor = nil
        history = nil
    }

    /// Writes text to the terminal (outside libedit's line display).
    func writeOutput(_ text: String) {
        cb_stdout_write(text)
    }
}
