import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The workbook part (`xl/workbook.xml`): its sheets in order, and which date system its serials count in.
struct XLSXWorkbook {
    struct Sheet: Equatable {
        var name: String
        /// The relationship id that names the sheet's part.
        var relationshipID: String
        var hidden: Bool
    }

    var sheets: [Sheet] = []
    /// True when dates count from 1904-01-01 (the old Mac date system), false for the 1900 system.
    var uses1904 = false

    static func read(_ data: Data, part: String, file: String) throws -> XLSXWorkbook {
        let reader = Reader()
        try XLSXXMLPart.parse(data, part: part, file: file, delegate: reader)
        return reader.workbook
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var workbook = XLSXWorkbook()

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch element {
            case "workbookPr":
                let flag = XLSXXMLPart.attribute(attributes, "date1904")?.lowercased()
                workbook.uses1904 = flag == "1" || flag == "true"
            case "sheet":
                guard let name = attributes["name"], let id = XLSXXMLPart.attribute(attributes, "id") else { return }
                let state = attributes["state"] ?? "visible"
                workbook.sheets.append(Sheet(name: XLSXText.unescape(name), relationshipID: id, hidden: state != "visible"))
            default:
                break
            }
        }
    }
}
