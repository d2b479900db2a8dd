import Foundation
import XCTest
@testable import CarebookCore

/// A damaged cache entry never crashes carebook or changes an answer: any flipped byte in a data set's or a
/// table's entry, in-range changes included, is caught by the checksum, reported once, deleted and rebuilt;
/// an entry whose checksum was made to match still has every enum and code byte range-checked.
final class LoadCacheDamageTests: CacheScratchTestCase {

    override func setUpWithError() throws {
        scratch = try ScratchFolder("damage", copying: ScratchFolder.borough("header.csv", "episodes.csv"))
    }

    /// Answers that read every part of the data set: dates (DECOM, DEC, DOB), LS, PLACE, REC, RNE, groups, issues.
    var script: String {
        """
        load "\(folder.path)/header.csv"
        load "\(folder.path)/episodes.csv"
        asat 2017-06-30
        looked_after() by placement_group
        episodes where DECOM >= 2017-01-01 by LS
        episodes where DEC >= 2017-01-01 by REC
        episodes where RNE == "P" by PLACE
        validate()
        """
    }

    func run(_ cache: LoadCache) throws -> [String] { try outputs(of: script, cache: cache) }

    /// The entry for the data set of both files, and the episodes file's table entry.
    func entries() throws -> (care: String, table: String) {
        let names = try FileManager.default.contentsOfDirectory(atPath: cacheFolder)
        let care = LoadCache.identityPrefix("care\n\(folder.path)/header.csv\n\(folder.path)/episodes.csv")
        let table = LoadCache.identityPrefix("\(folder.path)/episodes.csv")
        let c = try XCTUnwrap(names.first { $0.hasPrefix(care) && $0.hasSuffix(".care") })
        let t = try XCTUnwrap(names.first { $0.hasPrefix(table) && $0.hasSuffix(".table") })
        return (cacheFolder + "/" + c, cacheFolder + "/" + t)
    }

    /// Writes `bytes` over the entry at `path`, runs the script with a fresh cache, and checks the answers
    /// are those without a cache and that the entry was reported once (as `reason`) and written again.
    func assertCaught(_ bytes: [UInt8], at path: String, reason: String = "checksum", plain: [String],
                      _ what: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let damaged = cache
        XCTAssertEqual(try run(damaged), plain, what, file: file, line: line)
        let name = path.hasSuffix(".care") ? "the data set of \(folder.path)/header.csv, \(folder.path)/episodes.csv"
            : "\(folder.path)/episodes.csv"    // as loaded (here, the full path)
        XCTAssertEqual(damaged.notices.take(), ["cache entry for \(name) was damaged (\(reason)); deleted and rebuilt"],
                       what, file: file, line: line)
        XCTAssertEqual(damaged.counts.current.writes, 1, "\(what): only the damaged entry is written again", file: file, line: line)
        let again = cache
        XCTAssertEqual(try run(again), plain, what, file: file, line: line)
        XCTAssertEqual(again.notices.take(), [], "\(what): reported once; the rebuilt entry is sound", file: file, line: line)
        XCTAssertEqual(again.counts.current.misses, 0, what, file: file, line: line)
    }

    func testAFlippedByteAnywhereInAnEntryIsCaughtReportedOnceAndRebuilt() throws {
        let plain = try run(.off)
        _ = try run(cache)
        let (care, table) = try entries()
        for path in [care, table] {
            let pristine = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            // Every section: the header (format, build, key), the summary and its checkpoint, the arrays of
            // children, episodes, periods, placements, issues and indexes, the end mark and the checksum itself.
            let positions = [0, 20, 200] + stride(from: 300, to: pristine.count - 16, by: pristine.count / 9)
                + [pristine.count - 12, pristine.count - 1]
            for p in positions {
                var bytes = pristine
                bytes[p] ^= 0x10
                try assertCaught(bytes, at: path, plain: plain, "\((path as NSString).pathExtension) byte \(p) of \(pristine.count)")
            }
        }
    }

    /// The byte offset of episode `k`'s record in the data set's entry (found by its child, DECOM and DEC bytes).
    func offset(ofEpisode e: Episode, in bytes: [UInt8]) throws -> Int {
        let key = withUnsafeBytes(of: e) { Array($0.prefix(MemoryLayout<Episode>.offset(of: \.end)! + 5)) }
        let found = (0...(bytes.count - key.count)).filter { bytes[$0..<$0 + key.count].elementsEqual(key) }
        XCTAssertEqual(found.count, 1, "the episode's bytes are unique in the entry")
        return try XCTUnwrap(found.first)
    }

    func builtData() throws -> CareDataSet {
        let interpreter = CarebookEngine.makeInterpreter(cache: .off)
        for case let .statement(s) in Parser.entries(script).prefix(2) { _ = try interpreter.run(s) }
        return try XCTUnwrap(interpreter.workspace.care.data)
    }

    func testInRangeChangesToADateADecAndALegalStatusAreCaught() throws {
        let plain = try run(.off)
        _ = try run(cache)
        let care = try entries().care
        let pristine = try [UInt8](Data(contentsOf: URL(fileURLWithPath: care)))
        let data = try builtData()
        let closed = try XCTUnwrap(data.episodes.first { $0.end != nil && $0.legalStatusCode == "C2" })
        let at = try offset(ofEpisode: closed, in: pristine)
        let field = { (f: PartialKeyPath<Episode>) in at + MemoryLayout<Episode>.offset(of: f)! }
        // Each is a valid value: DECOM a day later, DEC a day earlier, DEC gone (the optional's mark), LS C2 → C1.
        var edits: [(String, [UInt8])] = []
        var b = pristine; b[field(\.start)] &+= 1; edits.append(("DECOM a day later", b))
        b = pristine; b[field(\.end)] &-= 1; edits.append(("DEC a day earlier", b))
        b = pristine; b[field(\.end) + 4] = 1; edits.append(("DEC made blank", b))
        b = pristine
        b[field(\.legalStatus)] = try XCTUnwrap(SSDA903Codes.legalStatus.index(of: "C1"))
        edits.append(("LS C2 made C1", b))
        for (what, bytes) in edits { try assertCaught(bytes, at: care, plain: plain, what) }
    }

    /// Puts a checksum that matches over the edited bytes, as a planted or fuzzed entry might have.
    func resealed(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        let sum = out.withUnsafeBytes { CacheChecksum.of(UnsafeRawBufferPointer(rebasing: $0[..<(out.count - 8)])) }
        withUnsafeBytes(of: sum.littleEndian) { out.replaceSubrange((out.count - 8)..., with: $0) }
        return out
    }

    func testCodesOutOfRangeAreCaughtEvenUnderAMatchingChecksum() throws {
        let plain = try run(.off)
        _ = try run(cache)
        let care = try entries().care
        let pristine = try [UInt8](Data(contentsOf: URL(fileURLWithPath: care)))
        let data = try builtData()
        let at = try offset(ofEpisode: data.episodes[5], in: pristine)
        let field = { (f: PartialKeyPath<Episode>) in at + MemoryLayout<Episode>.offset(of: f)! }
        let cases: [(String, PartialKeyPath<Episode>, Int, UInt8)] = [
            ("LS past its code list", \.legalStatus, 0, UInt8(SSDA903Codes.legalStatus.codes.count)),
            ("PLACE past its code list", \.place, 0, UInt8(SSDA903Codes.place.codes.count)),
            ("REC past its code list", \.reasonCeased, 0, UInt8(SSDA903Codes.reasonCeased.codes.count)),
            ("RNE tag past its enum", \.rne, 0, UInt8(ReasonNewEpisode.allCases.count)),
            ("DEC's optional mark neither 0 nor 1", \.end, 4, 7),
            ("placement group past the mapping's", \.group, 0, 200),
            ("out-of-area neither yes, no nor blank", \.outOfArea, 0, 9),
        ]
        for (what, f, extra, value) in cases {
            var b = pristine
            b[field(f) + extra] = value
            try assertCaught(resealed(b), at: care, reason: "code out of range", plain: plain, what)
        }
    }

    func testTheChecksumIsXXH64AsTheReferenceLibraryComputesIt() {
        // Values from libxxhash 0.8.1 (XXH64, seed 0) through Python ctypes, not from this code.
        let long = (0..<3).flatMap { _ in (0...255).map { UInt8($0) } } + Array("xyz".utf8)
        let cases: [([UInt8], UInt64)] = [([], 0xEF46_DB37_51D8_E999), (Array("abc".utf8), 0x44BC_2CF5_AD77_0999),
                                           (long, 0xE921_A1B4_5BD7_79F8)]
        for (bytes, expected) in cases {
            XCTAssertEqual(bytes.withUnsafeBytes { CacheChecksum.of($0) }, expected, "\(bytes.count) bytes")
        }
        // Fed in pieces of every size from 1 to 40 bytes, as the writer feeds it: the same value.
        for piece in 1...40 {
            var c = CacheChecksum()
            for start in stride(from: 0, to: long.count, by: piece) {
                long[start..<min(start + piece, long.count)].withUnsafeBytes { c.add($0) }
            }
            XCTAssertEqual(c.value, 0xE921_A1B4_5BD7_79F8, "pieces of \(piece)")
        }
    }
}
