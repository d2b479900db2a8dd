import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A `_rels/*.rels` part: which part each relationship id points to, and of what type.
struct XLSXRelationships {
    struct Target: Equatable {
        /// The part's path inside the archive, without a leading `/`.
        var path: String
        /// The last word of the relationship's type URI (`worksheet`, `chartsheet`, `styles`, `sharedStrings`).
        var type: String
    }

    var byID: [String: Target] = [:]

    /// The first target of a type, if any.
    func first(ofType type: String) -> Target? {
        byID.values.sorted { $0.path < $1.path }.first { $0.type == type }
    }

    /// Reads the relationships of the part at `source` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`);
    /// none when the archive has no such part.
    static func read(for source: String, in archive: XLSXArchive) throws -> XLSXRelationships {
        let dir = (source as NSString).deletingLastPathComponent
        let base = (source as NSString).lastPathComponent
        let relsPath = (dir.isEmpty ? "" : dir + "/") + "_rels/" + base + ".rels"
        guard let data = try archive.part(relsPath) else { return XLSXRelationships() }
        let reader = Reader(directory: dir)
        try XLSXXMLPart.parse(data, part: relsPath, file: archive.name, delegate: reader)
        return reader.relationships
    }

    /// A target written relative to `directory` (or absolute, from the archive's root) as an archive path.
    static func resolve(_ target: String, from directory: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : directory.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }

    private final class Reader: NSObject, XMLParserDelegate {
        let directory: String
        var relationships = XLSXRelationships()

        init(directory: String) { self.directory = directory }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
                  attributes["TargetMode"] != "External" else { return }
            let type = attributes["Type"].map { String($0.split(separator: "/").last ?? "") } ?? ""
            relationships.byID[id] = Target(path: XLSXRelationships.resolve(target, from: directory), type: type)
        }
    }
}
