import Foundation

/// Which kind of data file `load` was given: decided once, here, from the file's first bytes
/// and then its name, before any reader runs.
public enum FileFormat: Sendable, Equatable {
    /// Comma-separated text: anything not recognised as another format.
    case csv
    /// An Excel workbook (.xlsx): a zip archive of XML parts.
    case xlsx
    /// A Compound File Binary container: an old-style .xls workbook, or an encrypted
    /// (password-protected) .xlsx, which Excel wraps in one. carebook reads neither.
    case compoundFile

    /// The format of a file from its first bytes (zip or compound-file signature) or, failing that, its extension.
    public static func detect(path: String, bytes: [UInt8]) -> FileFormat {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .xlsx }
        switch (path as NSString).pathExtension.lowercased() {
        case "xlsx", "xlsm": return .xlsx        // not a zip: reported as a damaged workbook
        case "xls": return .compoundFile
        default: return .csv
        }
    }
}
