import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams an XML file with Foundation's SAX `XMLParser`, handing over one record at a time.
///
/// A record is an element at one of `recordPaths` (such as `EXPSSDA903/CHILD`); it is gathered
/// into a small `XMLNode` tree and passed to `onRecord` when it closes, then dropped, so memory
/// holds one record, never the document. Elements outside every record path that are not on the
/// way to one are reported as unknown. A DOCTYPE is refused before parsing (no entity is ever
/// declared, let alone resolved), and external entities are never resolved.
public struct XMLRecordReader {
    /// Record paths, slash-separated from the root element (`Message/Children/Child`).
    public let recordPaths: Set<String>
    /// The file's name in messages.
    public let name: String

    public init(recordPaths: Set<String>, name: String) {
        self.recordPaths = recordPaths
        self.name = name
    }

    /// Reads every record; warnings (unknown elements outside records) go to `onProblem`.
    /// A malformed file (or one with a DOCTYPE) fails with `file.xml:LINE:COL: message`.
    public func read(_ bytes: UnsafeBufferPointer<UInt8>, onRecord: (XMLNode) -> Void,
                     onProblem: (CSVProblem) -> Void) -> Result<Void, Diagnostic> {
        if let problem = checkText(bytes) { return .failure(problem) }
        if let doctype = Self.doctypeLine(bytes) {
            return .failure(failure(line: doctype, column: 1, "a DOCTYPE is not accepted in a data file (entities are never expanded)"))
        }
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            return .failure(Diagnostic("\(name) is empty: no XML root element", file: name))
        }
        let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none)
        // Fed from a stream, in chunks: libxml2 refuses one chunk of hundreds of megabytes ("huge input lookup").
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let delegate = XMLRecordDelegate(recordPaths: recordPaths, name: name)
        return withoutActuallyEscaping(onRecord) { onRecord in
            withoutActuallyEscaping(onProblem) { onProblem in
                delegate.onRecord = onRecord
                delegate.onProblem = onProblem
                parser.delegate = delegate
                let ok = parser.parse()
                delegate.onRecord = nil
                delegate.onProblem = nil
                if let stop = delegate.stopped { return .failure(stop) }
                if let (line, column, error, path) = delegate.firstError {
                    let inside = path.isEmpty ? "" : " inside \(path)"
                    return .failure(failure(line: line, column: column, Self.describe(error) + inside))
                }
                if !ok || !delegate.rootSeen {
                    let message = parser.parserError.map(Self.describe) ?? "no XML root element"
                    return .failure(failure(line: parser.lineNumber, column: parser.columnNumber, message))
                }
                return .success(())
            }
        }
    }

    private func failure(line: Int, column: Int, _ message: String) -> Diagnostic {
        let at = SourceLocation(line: max(line, 1), column: max(column, 1))
        return Diagnostic("\(name):\(at.line): malformed XML: \(message)", at: SourceRange(at, at), file: name)
    }

    /// The parser's error in words: libxml2's error number (which Foundation passes on as the code) for the common ones.
    static func describe(_ error: Error) -> String {
        let code = (error as NSError).code
        let words: [Int: String] = [
            4: "the document is empty", 5: "extra content after the root element", 9: "a character not allowed in XML",
            26: "an entity that is not declared", 32: "an encoding that is not supported", 38: "a < inside an attribute value",
            41: "an attribute without a value", 42: "an attribute given twice", 68: "a name was expected",
            73: "a > was expected", 74: "a closing tag was expected", 76: "a closing tag does not match its opening tag",
            77: "an element is not closed", 81: "bytes that are not in the document's encoding", 86: "extra content at the end",
            89: "entities that refer to each other", 110: "a name too long",
        ]
        return (words[code] ?? "the parser stopped") + " (libxml2 error \(code))"
    }

    /// A one-line error when the bytes are not XML text carebook reads: not UTF-8 (or ASCII), or
    /// declaring another encoding. (Foundation's parser traps on element names that are not UTF-8.)
    func checkText(_ bytes: UnsafeBufferPointer<UInt8>) -> Diagnostic? {
        if let bad = CSVReader.firstInvalidUTF8(in: bytes) {
            let line = bytes[..<bad].reduce(1) { $1 == 10 ? $0 + 1 : $0 }
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            return failure(line: line, column: 1, "byte 0x\(hex) is not UTF-8 (save the file as UTF-8)")
        }
        if let line = Self.processingInstructionLine(bytes) {
            return failure(line: line, column: 1, "a processing instruction (<?…?>) is not accepted in a data file")
        }
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        if head.hasPrefix("<?xml"), let end = head.range(of: "?>"),
           let match = head[..<end.lowerBound].range(of: #"encoding\s*=\s*["']([^"']*)["']"#, options: .regularExpression) {
            let declared = head[match].split(whereSeparator: { $0 == "\"" || $0 == "'" }).dropFirst().first.map { $0.lowercased() } ?? ""
            if !["utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin1"].contains(declared) {
                return failure(line: 1, column: 1, "the encoding \"\(declared)\" is not read; save the file as UTF-8")
            }
        }
        return nil
    }

    /// The line of the first `<?` that is not the XML declaration at the very start, if any.
    /// (Foundation's parser traps on a processing instruction without data, such as `<?x?>`.)
    static func processingInstructionLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var i = bom
        while i + 1 < bytes.count, let p = memchr(base + i, 60, bytes.count - i - 1) {
            let at = UnsafePointer<UInt8>(p.assumingMemoryBound(to: UInt8.self)) - base
            if bytes[at + 1] == 63 {
                let declaration = at == bom && bytes.count - at >= 6 && Array(bytes[at..<(at + 6)]) == Array("<?xml ".utf8)
                if !declaration { return bytes[..<at].reduce(1) { $1 == 10 ? $0 + 1 : $0 } }
            }
            i = at + 1
        }
        return nil
    }

    /// The name of the root element, found without parsing (after the XML declaration, comments and
    /// processing instructions); nil when there is none.
    public static func rootName(_ bytes: [UInt8]) -> String? {
        var i = 0
        while i < bytes.count {
            if bytes[i] == 60, i + 1 < bytes.count {
                let next = bytes[i + 1]
                if next != 33 && next != 63 {
                    var end = i + 1
                    while end < bytes.count, ![32, 9, 10, 13, 47, 62].contains(bytes[end]) { end += 1 }
                    return end > i + 1 ? String(decoding: bytes[(i + 1)..<end], as: UTF8.self) : nil
                }
            }
            i += 1
        }
        return nil
    }

    /// The line of a `<!DOCTYPE` before the root element, if there is one.
    static func doctypeLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let marker = Array("<!DOCTYPE".utf8)
        var line = 1, i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 10 { line += 1 }
            if b == 60, i + 1 < bytes.count {
                let next = bytes[i + 1]
                if next == 33, i + marker.count <= bytes.count,
                   marker.indices.allSatisfy({ bytes[i + $0] == marker[$0] || bytes[i + $0] == marker[$0] | 0x20 }) {
                    return line
                }
                // The root element starts: a DOCTYPE can only come before it.
                if next != 33 && next != 63 { return nil }
            }
            i += 1
        }
        return nil
    }
}
