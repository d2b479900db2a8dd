import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The shared strings part (`xl/sharedStrings.xml`): the text of every string cell, by index.
///
/// A string item is plain (`<si><t>…</t></si>`) or rich text in runs (`<si><r><rPr/><t>…</t></r>…`),
/// whose texts join; phonetic guides (`<rPh>`) are not part of the text.
enum XLSXSharedStrings {
    static func read(_ data: Data, part: String, file: String) throws -> [String] {
        let reader = XLSXStringItems(item: "si")
        try XLSXXMLPart.parse(data, part: part, file: file, delegate: reader)
        return reader.items
    }
}
