import CLibedit
import CarebookCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension EditLineReader {
    /// Key map, signals, history, bindings and callbacks.
    func configure(_ editor: OpaquePointer, history: OpaquePointer) {
        _ = cb_history_setsize(history, Int32(clamping: store?.limit ?? HistoryStore.defaultLimit))
        _ = cb_history_setunique(history, 1)
        _ = cb_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        _ = cb_el_set_editor(editor, "emacs")
        // libedit watches signals only while reading: it restores the terminal,
        // hands SIGINT on to our handler (its read then fails with EINTR), and
        // redraws after SIGWINCH/SIGCONT.
        _ = cb_el_set_signal(editor, 1)
        _ = cb_el_set_hist(editor, history)
        _ = cb_el_set_prompt(editor, Self.promptCallback)
        _ = cb_el_set_addfn(editor, "cb-complete", "complete the word before the cursor", Self.tabCallback)
        _ = el_source(editor, nil)  // the user's ~/.editrc, if any
        bindKeys(editor)
    }

    private func bindKeys(_ editor: OpaquePointer) {
        let bindings: [(String, String)] = [
            ("^I", "cb-complete"),
            ("^R", "em-inc-search-prev"),
            ("^S", "em-inc-search-next"),
            ("\\e[1;5C", "em-next-word"),  // Ctrl-Right
            ("\\e[1;5D", "ed-prev-word"),  // Ctrl-Left
        ]
        for (key, function) in bindings { _ = cb_el_bind(editor, key, function) }
    }

    /// Fills libedit's history from the history file.
    func loadHistory() {
        guard let store, let history else { return }
        do {
            let entries = try store.loadTrimming()
            for entry in entries { WideText.withWide(entry) { _ = cb_history_enter(history, $0) } }
        } catch {
            historyError = error
        }
    }

    /// Keeps `prompt` as a NUL-terminated wide string for the prompt callback.
    func setPrompt(_ prompt: String) {
        let scalars = Array(prompt.unicodeScalars)
        if scalars.count + 1 > promptCapacity {
            promptStorage.deallocate()
            promptCapacity = scalars.count + 1
            promptStorage = .allocate(capacity: promptCapacity)
        }
        for (i, s) in scalars.enumerated() { promptStorage[i] = wchar_t(bitPattern: s.value) }
        promptStorage[scalars.count] = 0
    }

    /// The reader stored in the editor's client data.
    static func reader(of editor: OpaquePointer?) -> EditLineReader? {
        guard let editor, let data = cb_el_get_clientdata(editor) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    static let promptCallback: cb_wprompt_fn = { editor in
        reader(of: editor)?.promptStorage
    }

    static let tabCallback: cb_editor_fn = { editor, _ in
        guard let reader = reader(of: editor) else { return UInt8(CC_ERROR) }
        return reader.completeAtCursor()
    }
}
