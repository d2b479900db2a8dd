/// A table prepared for a notebook: header text, cell text, alignment, and the rows shown.
///
/// Cells are formatted as in the terminal (`Table.shownCell`: a ledger's money in its accounting
/// brackets, `(£98,000)`, a scorecard's cells in their row's unit). A column is right-aligned
/// when its type is numeric, or when it is text whose every cell reads as a number
/// (ledger figures in £m such as `(0.098)`, or counts suppressed as `c`).
public struct NotebookTable: Sendable {
    public var headers: [String]
    public var rightAligned: [Bool]
    /// The rows shown, as cell text.
    public var rows: [[String]]
    /// Rows of the table beyond `rowLimit`, not shown.
    public var hiddenRows: Int

    /// Text columns whose every cell is at most this wide (`Under 1`, `20.0% to under 22.7%`) are kept on one line in HTML.
    public static let shortText = 22

    /// The most rows a notebook shows of one table; the rest is summarised in a note.
    public static let rowLimit = 500

    public init(_ table: Table, rowLimit: Int = NotebookTable.rowLimit) {
        headers = table.columnNames.map { String($0.map { $0 == "_" ? " " : $0 }) }
        let shown = min(table.rowCount, rowLimit)
        let cells = (0..<shown).map { r in table.columns.indices.map { table.shownCell(row: r, column: $0) } }
        rows = cells
        hiddenRows = table.rowCount - shown
        rightAligned = table.columns.indices.map { c in
            [.number, .percent, .money, .duration].contains(table.columns[c].type)
                || (table.columns[c].type == .text && !Self.isIdentifier(table.columns[c].name)
                    && Self.numericText(cells.map { $0[c] }))
        }
    }

    /// True for columns of codes and IDs (`child`, `la_code`), which stay left-aligned even when they are digits.
    static func isIdentifier(_ name: String) -> Bool {
        let words = Set(name.lowercased().split { !$0.isLetter }.map(String.init))
        return !words.isDisjoint(with: ["child", "id", "code", "urn", "upn", "postcode", "la"])
    }

    /// True when every non-empty cell reads as a number: `1,234`, `(0.098)`, `-5`, `12.5%`, `£3m`, or `c`.
    static func numericText(_ cells: [String]) -> Bool {
        let filled = cells.filter { !$0.isEmpty }
        guard !filled.isEmpty else { return false }
        return filled.allSatisfy { cell in
            if cell == Suppression.mark { return true }
            var body = Substring(cell)
            if body.hasPrefix("("), body.hasSuffix(")") { body = body.dropFirst().dropLast() }
            if body.hasPrefix("-") { body = body.dropFirst() }
            if body.hasPrefix("£") { body = body.dropFirst() }
            if body.hasSuffix("%") || body.hasSuffix("m") || body.hasSuffix("k") { body = body.dropLast() }
            return !body.isEmpty && body.first!.isNumber
                && body.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." }
        }
    }

    /// `… 1,200 more rows not shown (1,700 in all).`, or nil when every row is shown.
    public var note: String? {
        guard hiddenRows > 0 else { return nil }
        let all = NumberText.grouped(hiddenRows + rows.count)
        return "… \(NumberText.grouped(hiddenRows)) more rows not shown (\(all) in all)."
    }
}
