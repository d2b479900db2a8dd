import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs Foundation's streaming `XMLParser` over one part of a workbook.
///
/// External entities are never resolved, and a part with a document type declaration is refused
/// before parsing: Excel never writes one, and a DTD is how entity tricks (XXE, "billion laughs") get in.
enum XLSXXMLPart {
    static func parse(_ data: Data, part: String, file: String, delegate: XMLParserDelegate) throws {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw Diagnostic("\(file) is not a readable .xlsx workbook: its part \(part) has a document type declaration, "
                             + "which Excel never writes", file: file)
        }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        if !parser.parse() {
            if Interruption.isRequested { throw Diagnostic("interrupted while reading \(file)", file: file) }
            let line = parser.lineNumber
            throw Diagnostic("\(file) is not a readable .xlsx workbook: its part \(part) is not well-formed XML (line \(line))",
                             file: file)
        }
    }

    /// An attribute by local name, whatever namespace prefix it was written with (`r:id` for `id`).
    static func attribute(_ attributes: [String: String], _ name: String) -> String? {
        if let v = attributes[name] { return v }
        return attributes.first { key, _ in key.hasSuffix(":" + name) }?.value
    }
}

/// Decodes the `_xHHHH_` escapes Office writes for characters XML cannot hold (`_x000D_` is a carriage return).
enum XLSXText {
    static func unescape(_ s: String) -> String {
        guard s.contains("_x") else { return s }
        var out = "", rest = Substring(s)
        while let start = rest.range(of: "_x") {
            out += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let code = UInt32(hex, radix: 16),
               let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                out += "_x"
                rest = after
            }
        }
        return out + rest
    }
}
