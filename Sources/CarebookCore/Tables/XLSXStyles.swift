import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The styles part (`xl/styles.xml`), as far as reading values needs it: the number format of each
/// cell style, so that a cell's `s` attribute says whether its number is a date, money or a percentage.
struct XLSXStyles {
    /// The kind of number of each cell format (`<cellXfs>`), by the index cells refer to.
    var formats: [XLSXNumberFormat] = []

    /// The kind of number for a cell's style index (style 0, General, when it has none or an unknown one).
    func format(_ style: Int) -> XLSXNumberFormat {
        style >= 0 && style < formats.count ? formats[style] : .number
    }

    static func read(_ data: Data, part: String, file: String) throws -> XLSXStyles {
        let reader = Reader()
        try XLSXXMLPart.parse(data, part: part, file: file, delegate: reader)
        let codes = reader.codes
        return XLSXStyles(formats: reader.cellFormatIDs.map { id in
            codes[id].map(XLSXNumberFormat.custom) ?? XLSXNumberFormat.builtIn(id)
        })
    }

    private final class Reader: NSObject, XMLParserDelegate {
        /// Format codes by id, from `<numFmts>`.
        var codes: [Int: String] = [:]
        /// The number format id of each `<xf>` in `<cellXfs>` (not `<cellStyleXfs>`).
        var cellFormatIDs: [Int] = []
        private var inCellFormats = false

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch element {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { codes[id] = code }
            case "cellXfs":
                inCellFormats = true
            case "xf" where inCellFormats:
                cellFormatIDs.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == "cellXfs" { inCellFormats = false }
        }
    }
}
