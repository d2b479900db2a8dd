import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs Foundation's streaming `XMLParser` over one part of a workbook.
///
/// External entities are never resolved, and a part with a document type declaration is refused
/// before parsing: Excel never writes one, and a DTD is how entity tricks (XXE, "billion laughs") get in.
/// The part is fed to the parser as a stream: given all at once, Linux's parser (libxml2) refuses a
/// part over 10 MB, a sheet of about 40,000 rows. A part whose root element never closes (cut short)
/// is refused too: the parser itself does not say so. So is a part that is not UTF-8: Excel writes
/// UTF-8, and Foundation's parser on Linux traps on an entity name that is not (found by fuzzing:
/// `&\xFF\xFFquot;` in an attribute), and so is a processing instruction other than the XML declaration
/// (it traps on one with no data, `<?x?>`; Excel writes none).
enum XLSXXMLPart {
    /// Parses `part` of `file` with `delegate`; `place`, when given, says how far the reading got (a
    /// sheet's last cell read), for the message when the part turns out not to be well-formed.
    static func parse(_ data: Data, part: String, file: String, delegate: XMLParserDelegate,
                      place: (() -> String)? = nil) throws {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw Diagnostic("\(file) is not a readable .xlsx workbook: its part \(part) has a document type declaration, "
                             + "which Excel never writes", file: file)
        }
        guard String(validating: data, as: UTF8.self) != nil else {
            throw Diagnostic("\(file) is not a readable .xlsx workbook: its part \(part) is not UTF-8 text", file: file)
        }
        if hasProcessingInstruction(data) {
            throw Diagnostic("\(file) is not a readable .xlsx workbook: its part \(part) has a processing instruction, "
                             + "which Excel never writes", file: file)
        }
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let tracker = RootTracker(delegate, place: place)
        parser.delegate = tracker
        let ok = parser.parse()
        if Interruption.isRequested { throw Diagnostic("interrupted while reading \(file)", file: file) }
        guard ok, tracker.closed else {
            let why = ok ? "it ends before its root element closes" : "line \(parser.lineNumber)"
            throw Diagnostic("\(file) is not a readable .xlsx workbook: its part \(part) is not well-formed XML "
                             + "(\([why, tracker.placeOfError ?? place?()].compactMap { $0 }.joined(separator: ", ")))", file: file)
        }
    }

    /// True when the part has a `<?…?>` other than the XML declaration at its very start: every `<?` is
    /// looked at, the same scan the return readers use (an unclosed declaration `<?xml ><?x?>` once let
    /// a `<?x?>` through to the parser, which trapped: found by fuzzing in CI).
    static func hasProcessingInstruction(_ data: Data) -> Bool {
        data.withUnsafeBytes { XMLRecordReader.processingInstructionLine($0.bindMemory(to: UInt8.self)) != nil }
    }

    /// An attribute by local name, whatever namespace prefix it was written with (`r:id` for `id`).
    static func attribute(_ attributes: [String: String], _ name: String) -> String? {
        if let v = attributes[name] { return v }
        return attributes.first { key, _ in key.hasSuffix(":" + name) }?.value
    }

    /// Passes elements and text on to a part's reader, noting whether the root element closed and how far
    /// the reading had got at the first error (Linux's parser may go on calling the reader after it).
    private final class RootTracker: NSObject, XMLParserDelegate {
        let inner: XMLParserDelegate
        let place: (() -> String)?
        private var depth = 0
        private(set) var closed = false
        private(set) var placeOfError: String?

        init(_ inner: XMLParserDelegate, place: (() -> String)?) {
            self.inner = inner
            self.place = place
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if placeOfError == nil { placeOfError = place?() }
        }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            depth += 1
            inner.parser(parser, didStartElement: element, namespaceURI: namespaceURI, qualifiedName: qualifiedName,
                         attributes: attributes)
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            if depth == 0 { closed = true }
            inner.parser(parser, didEndElement: element, namespaceURI: namespaceURI, qualifiedName: qualifiedName)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            inner.parser(parser, foundCharacters: string)
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            inner.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
        }
    }
}
