import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Collects the text of each string item (`<si>` in the shared strings, `<is>` in an inline-string cell).
final class XLSXStringItems: NSObject, XMLParserDelegate {
    let item: String
    private(set) var items: [String] = []
    private var text = "", inItem = false, inText = false, phonetic = 0

    init(item: String) { self.item = item }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch element {
        case item: inItem = true; text = ""
        case "rPh": phonetic += 1
        case "t" where inItem && phonetic == 0: inText = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case item: items.append(XLSXText.unescape(text)); inItem = false
        case "rPh": phonetic = max(0, phonetic - 1)
        case "t": inText = false
        default: break
        }
    }
}
