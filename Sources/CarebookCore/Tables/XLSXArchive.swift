import Foundation
import ZIPFoundation

/// The parts of an .xlsx file, a zip archive of XML files, found by path and read whole.
///
/// ZIPFoundation does the zip work (central directory, inflate, CRC-32), reading the file itself:
/// its in-memory archives trap on a central directory that points past the end of the data (found
/// by fuzzing), while a file read past its end only comes up short. A part is refused when it
/// says, or turns out, to be larger than `partLimit` once inflated: a zip bomb of a few kilobytes
/// cannot make carebook allocate gigabytes.
struct XLSXArchive {
    /// The most bytes one inflated part may hold: 1 GiB, far beyond Excel's own limits for one sheet.
    static let partLimit = 1 << 30

    let name: String
    private let archive: Archive
    /// Entries by lower-cased path without a leading `/` (Excel finds parts whatever their case).
    private let entries: [String: Entry]
    private let limit: Int
    #if canImport(CZlib)
    /// The archive's bytes, which parts are inflated from (see `XLSXInflate`).
    private let file: Data
    #endif

    /// Opens the zip at `path`; `name` is the file as the user wrote it, for messages.
    init(path: String, name: String, limit: Int = XLSXArchive.partLimit) throws {
        self.name = name
        self.limit = limit
        #if canImport(CZlib)
        file = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
        #endif
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw Diagnostic("\(name) is not a readable .xlsx workbook: the file is damaged (not a whole zip archive)", file: name)
        }
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
        let size = limit % (1 << 30) == 0 ? "\(limit >> 30) GB" : "\(limit) bytes"
        let tooLarge = Diagnostic("\(name) is not a readable .xlsx workbook: its part \(path) would be more than "
                                  + "\(size) unpacked (a damaged file, or a zip bomb)", file: name)
        guard entry.uncompressedSize <= UInt64(limit) else { throw tooLarge }
        #if canImport(CZlib)
        guard entry.compressedSize <= UInt64(file.count) else {
            throw Diagnostic("\(name) is not a readable .xlsx workbook: its part \(path) is damaged (it cannot be unpacked)", file: name)
        }
        do {
            return try XLSXInflate.part(path: entry.path, compressedSize: Int(entry.compressedSize),
                                        uncompressedSize: Int(entry.uncompressedSize), compressed: entry.isCompressed,
                                        checksum: entry.checksum, in: file, limit: limit)
        } catch .tooLarge {
            throw tooLarge
        } catch .damaged {
            throw Diagnostic("\(name) is not a readable .xlsx workbook: its part \(path) is damaged (it cannot be unpacked)", file: name)
        } catch .missing {
            throw Diagnostic("\(name) is not a readable .xlsx workbook: its part \(path) is damaged (it cannot be found)", file: name)
        }
        #else
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= limit else { throw tooLarge }
                data.append(chunk)
            }
        } catch let d as Diagnostic {
            throw d
        } catch {
            throw Diagnostic("\(name) is not a readable .xlsx workbook: its part \(path) is damaged (\(Self.reason(error)))", file: name)
        }
        return data
        #endif
    }

    private static func key(_ path: String) -> String {
        (path.hasPrefix("/") ? String(path.dropFirst()) : path).lowercased()
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case Archive.ArchiveError.invalidCRC32: "its checksum does not match"
        case Archive.ArchiveError.invalidCompressionMethod: "an unknown compression method"
        default: "it cannot be unpacked"
        }
    }
}
