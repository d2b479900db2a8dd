import Foundation
#if canImport(CZlib)
import CZlib

/// Inflates a workbook part with zlib from exactly its compressed bytes, on Linux.
///
/// ZIPFoundation 0.9.20 finds the parts (the central directory), but its Linux inflate loop reads on
/// until the deflate stream ends: a stream cut short or damaged (a stored block longer than the
/// file, found by fuzzing) makes it read an empty chunk at the end of the file forever. Here the
/// input is the part's own compressed bytes, located from its local header as the zip format
/// lays it out, and a stream that does not end within them is damage; the CRC-32 is checked.
enum XLSXInflate {
    enum Failure: Error { case missing, damaged, tooLarge }

    /// The part's bytes: `entry` names it, `file` is the whole archive.
    static func part(path: String, compressedSize: Int, uncompressedSize: Int, compressed: Bool, checksum: UInt32,
                     in file: Data, limit: Int) throws(Failure) -> Data {
        guard let start = dataStart(path, in: file), compressedSize >= 0, start + compressedSize <= file.count else {
            throw .missing
        }
        let input = file.subdata(in: (file.startIndex + start)..<(file.startIndex + start + compressedSize))
        let output = compressed ? try inflate(input, limit: limit) : input
        guard output.count <= limit else { throw .tooLarge }
        let crc = output.withUnsafeBytes { raw in
            UInt32(crc32(0, raw.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(raw.count)))
        }
        guard crc == checksum else { throw .damaged }
        return output
    }

    /// Where the data of the first local header naming `path` starts (signature PK\3\4, then 26 bytes of
    /// fields ending in the name's and extra field's lengths, then the name and the extra field).
    static func dataStart(_ path: String, in file: Data) -> Int? {
        let name = Array(path.utf8)
        return file.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int? in
            let b = raw.bindMemory(to: UInt8.self)
            var p = 0
            while p + 30 <= b.count {
                if b[p] == 0x50, b[p + 1] == 0x4B, b[p + 2] == 3, b[p + 3] == 4 {
                    let nameLength = Int(b[p + 26]) | Int(b[p + 27]) << 8
                    let extraLength = Int(b[p + 28]) | Int(b[p + 29]) << 8
                    if nameLength == name.count, p + 30 + nameLength <= b.count,
                       b[(p + 30)..<(p + 30 + nameLength)].elementsEqual(name) {
                        return p + 30 + nameLength + extraLength
                    }
                }
                p += 1
            }
            return nil
        }
    }

    /// Raw deflate, refused when it does not end within the input or would pass `limit` bytes.
    static func inflate(_ input: Data, limit: Int) throws(Failure) -> Data {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw .damaged }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = input
        let ended: Bool = input.withUnsafeMutableBytes { (raw: UnsafeMutableRawBufferPointer) -> Bool in
            stream.next_in = raw.baseAddress?.assumingMemoryBound(to: Bytef.self)
            stream.avail_in = uInt(raw.count)
            while true {
                let (result, produced) = chunk.withUnsafeMutableBufferPointer { out -> (Int32, Int) in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    let r = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return (r, out.count - Int(stream.avail_out))
                }
                output.append(contentsOf: chunk[0..<produced])
                if result == Z_STREAM_END { return true }
                // Anything but progress is the end: an error, or no more input before the stream ended.
                guard result == Z_OK, output.count <= limit, produced > 0 || stream.avail_in > 0 else { return false }
            }
        }
        if output.count > limit { throw .tooLarge }
        guard ended else { throw .damaged }
        return output
    }
}
#endif
