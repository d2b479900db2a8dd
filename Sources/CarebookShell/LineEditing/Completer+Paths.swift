import CarebookCore
import Foundation

extension Completer {
    /// The path typed so far when the cursor is inside the quotes of a
    /// `load "…` statement; nil otherwise.
    static func loadPathPrefix(_ before: [Character]) -> String? {
        let text = String(before)
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.hasPrefix("load"), let next = trimmed.dropFirst(4).first,
              next.isWhitespace || next == "\"" else { return nil }
        guard let quote = before.lastIndex(of: "\""),
              before.filter({ $0 == "\"" }).count % 2 == 1 else { return nil }
        return String(before[(quote + 1)...])
    }

    /// The workbook path and the sheet name typed so far when the cursor is inside the quotes after
    /// `sheet:` in `load "tracker.xlsx" sheet: "…` (or `load "…" as t sheet: "…`); nil otherwise.
    static func loadSheetPrefix(_ before: [Character]) -> (path: String, typed: String)? {
        let text = String(before)
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.hasPrefix("load"), before.filter({ $0 == "\"" }).count == 3,
              let open = trimmed.firstIndex(of: "\""),
              let close = trimmed[trimmed.index(after: open)...].firstIndex(of: "\""),
              let last = trimmed.lastIndex(of: "\"") else { return nil }
        let between = trimmed[trimmed.index(after: close)..<last].trimmingCharacters(in: .whitespaces)
        guard between == "sheet:" || between.hasSuffix(" sheet:") else { return nil }
        return (String(trimmed[trimmed.index(after: open)..<close]), String(trimmed[trimmed.index(after: last)...]))
    }

    /// The worksheet names of the workbook at `path` that start with `typed`, closed with a quote.
    func completeSheet(path: String, typed: String, endingAt end: Int) -> Completion {
        let replaceFrom = end - typed.count
        guard let file = resolveFile(path), let names = XLSXReader.worksheetNames(path: file) else {
            return Completion(replaceFrom: replaceFrom, candidates: [])
        }
        return Completion(replaceFrom: replaceFrom, candidates: Self.filter(names, by: typed), terminator: "\"")
    }

    /// A typed file path (relative, absolute or `~/`) as a path to open.
    private func resolveFile(_ path: String) -> String? {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/") { return homeDirectory().map { $0 + "/" + path.dropFirst(2) } }
        return currentDirectory() + "/" + path
    }

    /// Entries of the directory named by `typed` that start with its last component.
    func completePath(_ typed: String, endingAt end: Int) -> Completion {
        if typed == "~" {
            return Completion(replaceFrom: end - 1, candidates: ["~/"])
        }
        let slash = typed.lastIndex(of: "/")
        let directoryPart = slash.map { String(typed[...$0]) } ?? ""
        let base = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let replaceFrom = end - base.count
        guard let directory = resolve(directoryPart),
              let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            return Completion(replaceFrom: replaceFrom, candidates: [])
        }
        let visible = base.hasPrefix(".") ? entries : entries.filter { !$0.hasPrefix(".") }
        let matching = Self.filter(visible, by: base)
        let marked = matching.map { name in
            Self.isDirectory(directory + "/" + name) ? name + "/" : name
        }.sorted()
        return Completion(replaceFrom: replaceFrom, candidates: marked, terminator: "\"")
    }

    /// The directory to list for the typed directory part (relative, absolute or `~/`).
    private func resolve(_ directoryPart: String) -> String? {
        if directoryPart.isEmpty { return currentDirectory() }
        if directoryPart.hasPrefix("/") { return directoryPart }
        if directoryPart.hasPrefix("~/") {
            guard let home = homeDirectory() else { return nil }
            return home + "/" + directoryPart.dropFirst(2)
        }
        return currentDirectory() + "/" + directoryPart
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
