/// A cell's place on a sheet from its reference: `C7` is column 3, row 7 (both from 1).
struct XLSXCellReference: Equatable {
    /// Excel's largest sheet: 1,048,576 rows by 16,384 columns (XFD).
    static let maxRow = 1_048_576, maxColumn = 16_384

    var column: Int
    var row: Int

    /// `C7`, `AB12`, `$C$7`; nil for anything else or a place beyond Excel's largest sheet.
    init?(_ text: String) {
        var column = 0, row = 0, digits = 0
        for b in text.utf8 where b != 36 {     // `$` (absolute references) changes nothing here
            switch b {
            case 65...90, 97...122:
                guard digits == 0 else { return nil }
                column = column * 26 + Int(b & 0x1F)
                guard column <= Self.maxColumn else { return nil }
            case 48...57:
                guard column > 0 else { return nil }
                row = row * 10 + Int(b - 48)
                digits += 1
                guard row <= Self.maxRow else { return nil }
            default:
                return nil
            }
        }
        guard column > 0, row > 0 else { return nil }
        self.column = column
        self.row = row
    }

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// The column's letters: 1 → `A`, 28 → `AB`.
    static func letters(_ column: Int) -> String {
        var n = column, out: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            out.insert(Character(Unicode.Scalar(UInt8(65 + r))), at: 0)
            n = (n - 1) / 26
        }
        return String(out)
    }

    /// `C7`.
    var text: String { Self.letters(column) + String(row) }
}
