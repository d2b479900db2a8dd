import Foundation
import ZIPFoundation

/// The parts of an .xlsx file, a zip archive of XML files, found by path and read whole.
///
/// ZIPFoundation does all the zip work: the central directory, the local headers, inflating and the
/// CRC-32. It reads the file itself: its in-memory archives trap on a central directory that points
/// past the end of the data (found by fuzzing), while a file read past its end only comes up short.
/// A part is refused when it says, or turns out, to be larger than `partLimit` once inflated: a zip
/// bomb of a few kilobytes cannot make carebook allocate gigabytes. How a part is extracted so that
/// ZIPFoundation's Linux inflate always returns is in `XLSXArchive+Extract.swift`.
struct XLSXArchive {
    /// The most bytes one inflated part may hold: 1 GiB, far beyond Excel's own limits for one sheet.
    static let partLimit = 1 << 30

    let name: String
    let archive: Archive
    /// The archive file's length in bytes: no part's stored bytes may run past it.
    let fileSize: UInt64
    /// Entries by lower-cased path without a leading `/` (Excel finds parts whatever their case).
    private let entries: [String: Entry]
    let limit: Int

    /// Opens the zip at `path`; `name` is the file as the user wrote it, for messages.
    init(path: String, name: String, limit: Int = XLSXArchive.partLimit) throws {
        self.name = name
        self.limit = limit
        let url = URL(fileURLWithPath: path)
        let notWhole = Diagnostic("\(name) is not a readable .xlsx workbook: the file is damaged (not a whole zip archive)", file: name)
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw notWhole
        }
        // ZIPFoundation traps seeking to a directory offset past the largest file offset (Archive+DirectoryStart).
        if let start = archive.zip64DirectoryStart, start > UInt64(Int64.max) { throw notWhole }
        fileSize = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.uint64Value ?? 0
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            let key = Self.key(entry.path)
            if entries[key] == nil { entries[key] = entry }
        }
        self.entries = entries
    }

    /// True when the archive has a part at `path`.
    func contains(_ path: String) -> Bool { entries[Self.key(path)] != nil }

    /// The inflated bytes of the part at `path`, nil when there is none.
    func part(_ path: String) throws -> Data? {
        guard let entry = entries[Self.key(path)] else { return nil }
        guard entry.uncompressedSize <= UInt64(limit) else { throw tooLarge(path) }
        return try extract(entry, path: path)
    }

    /// The one-line error for a part that would unpack past `limit`.
    func tooLarge(_ path: String) -> Diagnostic {
        let size = limit % (1 << 30) == 0 ? "\(limit >> 30) GB" : "\(limit) bytes"
        return Diagnostic("\(name) is not a readable .xlsx workbook: its part \(path) would be more than "
                          + "\(size) unpacked (a damaged file, or a zip bomb)", file: name)
    }

    /// The one-line error for a part that cannot be read, saying why.
    func damaged(_ path: String, _ why: String) -> Diagnostic {
        Diagnostic("\(name) is not a readable .xlsx workbook: its part \(path) is damaged (\(why))", file: name)
    }

    private static func key(_ path: String) -> String {
        (path.hasPrefix("/") ? String(path.dropFirst()) : path).lowercased()
    }
}
