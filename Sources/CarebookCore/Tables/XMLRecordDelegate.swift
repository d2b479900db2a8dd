import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The SAX callbacks behind `XMLRecordReader`: tracks the element path and builds the open record's nodes.
final class XMLRecordDelegate: NSObject, XMLParserDelegate {
    let recordPaths: Set<String>
    /// Every proper prefix of a record path: the elements on the way to records.
    let wayPaths: Set<String>
    let name: String
    var onRecord: ((XMLNode) -> Void)?
    var onProblem: ((CSVProblem) -> Void)?
    /// Set when reading stopped early (interrupted).
    var stopped: Diagnostic?
    private(set) var rootSeen = false
    /// Where the parser first found the file malformed, and its error.
    private(set) var firstError: (line: Int, column: Int, error: Error, path: String)?
    private var path: [String] = []
    /// The open record's elements, outermost first; empty outside a record.
    private var open: [XMLNode] = []
    private var text = ""
    private var unknownSeen: Set<String> = []

    init(recordPaths: Set<String>, name: String) {
        self.recordPaths = recordPaths
        var ways: Set<String> = []
        for p in recordPaths {
            let parts = p.split(separator: "/")
            for n in 1..<parts.count { ways.insert(parts.prefix(n).joined(separator: "/")) }
        }
        wayPaths = ways
        self.name = name
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        rootSeen = true
        path.append(element)
        text.removeAll(keepingCapacity: true)
        if !open.isEmpty {
            open.append(XMLNode(name: element, line: parser.lineNumber))
            return
        }
        let joined = path.joined(separator: "/")
        if recordPaths.contains(joined) {
            open.append(XMLNode(name: element, line: parser.lineNumber))
        } else if !wayPaths.contains(joined), path.count == 1 || wayPaths.contains(path.dropLast().joined(separator: "/")) {
            unknown(joined, line: parser.lineNumber)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !open.isEmpty { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if !open.isEmpty { text += String(decoding: block, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        path.removeLast()
        guard var node = open.popLast() else { return }
        if node.children.isEmpty { node.text = Self.trimmed(text) }
        text.removeAll(keepingCapacity: true)
        if open.isEmpty {
            onRecord?(node)
            if Interruption.isRequested {
                stopped = Diagnostic("interrupted while reading \(name)", file: name)
                parser.abortParsing()
            }
        } else {
            open[open.count - 1].children.append(node)
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
        if firstError == nil { firstError = (parser.lineNumber, parser.columnNumber, error, path.joined(separator: "/")) }
    }

    /// The text without XML white space (space, tab, CR, LF) at either end; as it is when there is none.
    static func trimmed(_ text: String) -> String {
        let u = text.utf8
        let space: (UInt8) -> Bool = { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }
        guard let first = u.first, let last = u.last, space(first) || space(last) else { return text }
        var start = u.startIndex, end = u.endIndex
        while start < end, space(u[start]) { start = u.index(after: start) }
        while end > start, space(u[u.index(before: end)]) { end = u.index(before: end) }
        return String(text[start..<end])
    }

    /// An element outside the records: reported once per path, then ignored with its contents.
    private func unknown(_ joined: String, line: Int) {
        guard unknownSeen.insert(joined).inserted else { return }
        onProblem?(CSVProblem(file: name, line: line, column: nil,
                              message: "unknown element <\(path.last ?? "")> at \(joined); ignored"))
    }
}
