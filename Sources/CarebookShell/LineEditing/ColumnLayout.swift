/// Lays out words in columns across a terminal width, ordered down each column (like `ls`).
enum ColumnLayout {
    /// The lines showing `items` in as many columns as fit in `width`; when
    /// more than `maxLines` would be needed, as many as fit and a line saying
    /// how many were left out.
    static func lines(_ items: [String], width: Int, maxLines: Int = .max) -> [String] {
        guard !items.isEmpty else { return [] }
        let cell = (items.map(\.count).max() ?? 0) + 2
        let columns = max(1, min(items.count, max(width, 1) / cell))
        let neededRows = (items.count + columns - 1) / columns
        guard neededRows > maxLines else { return grid(items, columns: columns, cell: cell) }
        let shown = Array(items.prefix(columns * max(1, maxLines - 1)))
        let shownColumns = max(1, min(shown.count, columns))
        return grid(shown, columns: shownColumns, cell: cell)
            + ["… and \(items.count - shown.count) more; type more letters to narrow"]
    }

    private static func grid(_ items: [String], columns: Int, cell: Int) -> [String] {
        let rows = (items.count + columns - 1) / columns
        var result: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < items.count else { break }
                let item = items[index]
                let isLast = column == columns - 1 || index + rows >= items.count
                line += isLast ? item : item + String(repeating: " ", count: cell - item.count)
            }
            result.append(line)
        }
        return result
    }
}
