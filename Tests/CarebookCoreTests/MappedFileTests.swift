import XCTest
@testable import CarebookCore

/// A cache entry's mapping lives as long as the reader reading it.
final class MappedFileTests: XCTestCase {
    func testTheReaderHoldsItsMappedFile() throws {
        let path = NSTemporaryDirectory() + "/mapped-\(UUID().uuidString)"
        var value = Int64(42).littleEndian
        try Data(bytes: &value, count: 8).write(to: URL(fileURLWithPath: path))
        defer { unlink(path) }

        weak var mapping: MappedFile?
        var reader: CacheReader
        do {
            let file = try XCTUnwrap(MappedFile(path: path))
            mapping = file
            reader = CacheReader(file)
        }
        // No one but the reader refers to the mapping now: it must still be there.
        XCTAssertNotNil(mapping)
        XCTAssertEqual(try reader.int(), 42)
        XCTAssertTrue(reader.atEnd)
    }

    func testFingerprintTimesAreNanosecondsSinceTheEpoch() throws {
        let path = NSTemporaryDirectory() + "/fingerprint-\(UUID().uuidString)"
        try Data("x".utf8).write(to: URL(fileURLWithPath: path))
        defer { unlink(path) }
        let print = try XCTUnwrap(FileFingerprint(path: path))
        let now = Int64(Date().timeIntervalSince1970 * 1e9)
        XCTAssertLessThan(abs(print.modified - now), 60_000_000_000, "modified within a minute of now")
        XCTAssertEqual(print.size, 1)
    }
}
