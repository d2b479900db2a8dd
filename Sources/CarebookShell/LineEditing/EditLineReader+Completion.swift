import CLibedit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension EditLineReader {
    /// Tab: complete the word before the cursor, or list the candidates.
    func completeAtCursor() -> UInt8 {
        guard let editor, let completion, let info = el_wline(editor)?.pointee,
              let buffer = info.buffer, let cursorPointer = info.cursor, let last = info.lastchar else {
            return UInt8(CC_REFRESH_BEEP)
        }
        let wide = UnsafeBufferPointer(start: buffer, count: last - buffer)
        let cursorScalars = cursorPointer - buffer
        let line = WideText.string(wide)
        let beforeCursor = WideText.string(wide[0..<cursorScalars])
        let result = completion.complete(line: line, cursor: beforeCursor.count)
        let typed = String(beforeCursor.dropFirst(max(0, min(result.replaceFrom, beforeCursor.count))))
        let after = WideText.string(wide[cursorScalars...])
        return apply(result, typed: typed, after: after)
    }

    private func apply(_ result: Completion, typed: String, after: String) -> UInt8 {
        switch result.candidates.count {
        case 0:
            return UInt8(CC_REFRESH_BEEP)
        case 1:
            let only = result.candidates[0]
            let done = only.hasSuffix("/") || after.hasPrefix(result.terminator)
            replace(typed, with: done ? only : only + result.terminator)
            return UInt8(CC_REFRESH)
        default:
            let prefix = result.commonPrefix
            if prefix.count > typed.count || (prefix.count == typed.count && prefix != typed && !prefix.isEmpty) {
                replace(typed, with: prefix)
                return UInt8(CC_REFRESH)
            }
            list(result.candidates)
            return UInt8(CC_REDISPLAY)
        }
    }

    /// Replaces the `typed` text just before the cursor with `replacement`.
    private func replace(_ typed: String, with replacement: String) {
        guard let editor else { return }
        let typedScalars = typed.unicodeScalars.count
        if typedScalars > 0 { el_deletestr(editor, Int32(typedScalars)) }
        WideText.withWide(replacement) { _ = el_winsertstr(editor, $0) }
    }

    /// Prints the candidates in columns below the line; libedit then redraws it.
    private func list(_ candidates: [String]) {
        let size = Terminal.size() ?? (columns: 80, rows: 24)
        let lines = ColumnLayout.lines(candidates, width: size.columns, maxLines: max(4, size.rows - 3))
        let text = lines.joined(separator: "\n")
        writeOutput("\n" + text + "\n")
    }
}
