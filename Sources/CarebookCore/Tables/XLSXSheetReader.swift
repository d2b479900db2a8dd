import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams a worksheet part (`xl/worksheets/sheetN.xml`) into its non-empty cells, in the order written.
///
/// `<row r="7"><c r="C7" t="s" s="3"><v>12</v></c>…`: a cell's place comes from its reference
/// (or follows the previous one when it has none), its value from `<v>` (a formula's cached result;
/// the formula itself is not read) or, for an inline string, from `<is>`.
final class XLSXSheetReader: NSObject, XMLParserDelegate {
    struct Problem {
        var cell: XLSXCellReference
        var problem: XLSXCellProblem
    }

    private let typing: XLSXCellTyping
    private(set) var cells: [(XLSXCellReference, XLSXCell)] = []
    private(set) var problems: [Problem] = []
    /// A reason the sheet cannot be read at all (a cell reference out of Excel's range).
    private(set) var failure: String?
    /// The last cell read to its end, for saying where a damaged sheet stops being readable.
    private(set) var lastCell: XLSXCellReference?

    private var row = 0, column = 0, rowsSeen = 0
    private var type: String?, style = 0, value: String?, inline: String?
    private var text = "", collecting = false, inInline = false, phonetic = 0

    init(typing: XLSXCellTyping) { self.typing = typing }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch element {
        case "row":
            if let r = attributes["r"] {
                guard let n = Int(r), n >= 1, n <= XLSXCellReference.maxRow else { return fail(parser, "row number \(r)") }
                row = n
            } else {
                row += 1
            }
            column = 0
            rowsSeen += 1
            if rowsSeen % 1024 == 0, Interruption.isRequested { parser.abortParsing() }
        case "c":
            if let r = attributes["r"] {
                guard let ref = XLSXCellReference(r) else { return fail(parser, "cell reference \(r)") }
                row = ref.row
                column = ref.column
            } else {
                column += 1
                guard column <= XLSXCellReference.maxColumn, row >= 1 else {
                    return fail(parser, row >= 1 ? "a cell after XFD\(row)" : "a cell before any row")
                }
            }
            type = attributes["t"]
            style = attributes["s"].flatMap(Int.init) ?? 0
            value = nil
            inline = nil
        case "v":
            text = ""
            collecting = true
        case "is":
            inInline = true
            inline = ""
        case "rPh":
            phonetic += 1
        case "t" where inInline && phonetic == 0:
            text = ""
            collecting = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "v":
            if collecting { value = text }
            collecting = false
        case "t" where inInline:
            if collecting { inline = (inline ?? "") + XLSXText.unescape(text) }
            collecting = false
        case "rPh":
            phonetic = max(0, phonetic - 1)
        case "is":
            inInline = false
        case "c":
            guard row >= 1, column >= 1 else { return }
            let ref = XLSXCellReference(column: column, row: row)
            lastCell = ref
            switch typing.cell(type: type, style: style, value: value, inline: inline) {
            case let .success(cell?): cells.append((ref, cell))
            case .success(nil): break
            case let .failure(problem): problems.append(Problem(cell: ref, problem: problem))
            }
        default:
            break
        }
    }

    private func fail(_ parser: XMLParser, _ what: String) {
        if failure == nil { failure = "\(what) is not a place on a sheet (A1 to XFD1048576)" }
        parser.abortParsing()
    }
}
