import Foundation
import ZIPFoundation

/// Extracting one part with ZIPFoundation's `extract(_:bufferSize:skipCRC32:progress:consumer:)`.
///
/// ZIPFoundation 0.9.20's inflate on Linux (`Data.decode`, zlib) ignores the part's compressed size:
/// it reads the archive from the part's data onwards in `bufferSize` chunks until the deflate stream
/// ends. When the file ends first (a stream cut short or damaged), it asks for the next chunk
/// forever, never calling the consumer, so neither a consumer nor a `Progress` can stop it
/// (upstream: weichsel/ZIPFoundation pull request 389, not in a release). So the part is extracted
/// with a buffer as large as its stored bytes: they are handed to zlib as one chunk, and the first
/// output chunk shorter than the buffer means zlib has used them all (or ended the stream); the
/// consumer stops the extraction there, before ZIPFoundation asks for more. What came out must then
/// be exactly the part's size and CRC-32 as the zip's directory gives them (`Entry` metadata).
/// On Apple platforms ZIPFoundation inflates with Compression, which stops at the compressed size.
extension XLSXArchive {
    /// Thrown by the consumer to end an extraction once the part's stored bytes are used up.
    private struct StoredBytesUsed: Error {}

    /// True where ZIPFoundation inflates with zlib and needs stopping (everywhere but Apple platforms).
    private static let stopsAtShortChunk: Bool = {
        #if os(macOS) || os(iOS) || os(tvOS) || os(visionOS) || os(watchOS)
        false
        #else
        true
        #endif
    }()

    /// The part's inflated bytes, checked against its directory entry.
    func extract(_ entry: Entry, path: String) throws -> Data {
        let stored = entry.isCompressed ? entry.compressedSize : entry.uncompressedSize
        // Deflate stores a part within the limit in at most this many bytes (a stored block adds 5 bytes
        // to 65,535); more is a part past the limit. It also bounds the buffer below ZIPFoundation's 4 GB.
        guard stored <= UInt64(limit) + UInt64(limit >> 10) + 64 else { throw tooLarge(path) }
        let bufferSize = Int(max(stored, 1))
        // The guard ZIPFoundation needs on Linux: the one chunk it reads must lie inside the file, else zlib
        // is told of bytes that were never read, or, when the part starts at the end, asked for more forever.
        guard let start = entry.dataStart else { throw damaged(path, "where its data starts is unknown") }
        guard start <= fileSize, UInt64(bufferSize) <= fileSize - start else {
            throw damaged(path, "it runs past the end of the file")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, bufferSize: bufferSize, skipCRC32: true) { chunk in
                data.append(chunk)
                guard data.count <= limit else { throw tooLarge(path) }
                if Self.stopsAtShortChunk, chunk.count < bufferSize { throw StoredBytesUsed() }
            }
        } catch is StoredBytesUsed {
        } catch let d as Diagnostic {
            throw d
        } catch Archive.ArchiveError.invalidCompressionMethod {
            throw damaged(path, "an unknown compression method")
        } catch {
            throw damaged(path, "it cannot be unpacked")
        }
        guard UInt64(data.count) == entry.uncompressedSize, data.crc32(checksum: 0) == entry.checksum else {
            throw damaged(path, "it cannot be unpacked")
        }
        return data
    }
}
