import XCTest
@testable import CarebookShell
import CarebookCore

/// Runs every `.cb` transcript under `Tests/Transcripts` (and the checked scripts
/// shipped elsewhere in the repository) through the same replay code as `carebook check`.
final class TranscriptTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func scripts(under folder: String) -> [String] {
        let base = root.appendingPathComponent(folder).path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".cb") }.sorted().map { base + "/" + $0 }
    }

    func testEveryTranscriptReplaysToItsRecordedResults() throws {
        let scripts = Self.scripts(under: "Tests/Transcripts")
        XCTAssertGreaterThan(scripts.count, 10, "transcripts not found under \(Self.root.path)")
        for path in scripts {
            let document = try ScriptRunner.read(path).get()
            let report = ReplayChecker().check(document, file: path)
            XCTAssertTrue(report.passed, ReplayChecker.describe(report))
        }
    }

    /// Care and money transcripts replay to the same results when their data comes from the load
    /// cache: once filling it, once reading it back (every file cached, whatever its size).
    func testTranscriptsReplayTheSameFromTheLoadCache() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cb-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let scripts = Self.scripts(under: "Tests/Transcripts/care") + Self.scripts(under: "Tests/Transcripts/money")
        XCTAssertGreaterThan(scripts.count, 5)
        var hits = 0
        for round in ["filling", "reading"] {
            let cache = LoadCache(directory: folder.path, minimumBytes: 0)
            for path in scripts {
                let document = try ScriptRunner.read(path).get()
                let session = ShellSession(interpreter: CarebookEngine.makeInterpreter(cache: cache))
                let report = ReplayChecker().check(document, file: path, session: session)
                XCTAssertTrue(report.passed, "\(round) the cache: " + ReplayChecker.describe(report))
            }
            if round == "reading" { hits = cache.counts.current.hits }
        }
        XCTAssertGreaterThan(hits, scripts.count, "the second round read its data from the cache")
    }

    /// Checked scripts shipped with the data (the calibration proof) replay, and record no errors.
    func testDatasetScriptsReplayCleanly() throws {
        let scripts = Self.scripts(under: "Datasets")
        XCTAssertFalse(scripts.isEmpty)
        for path in scripts {
            let document = try ScriptRunner.read(path).get()
            let report = ReplayChecker().check(document, file: path)
            XCTAssertTrue(report.passed, ReplayChecker.describe(report))
            let errors = document.items.filter { $0.recorded.first?.hasPrefix("error:") == true }
            XCTAssertTrue(errors.isEmpty, "\(path): line \(errors.first?.startLine ?? 0) records an error")
        }
    }

    func testCheckerReportsADifferenceWithLineExpectedAndActual() throws {
        let document = ScriptDocument(text: "x = 2\nx * 3\n#> 7\nx + 1\n#> 3\n")
        let report = ReplayChecker().check(document, file: "sample.cb")
        XCTAssertFalse(report.passed)
        XCTAssertEqual(report.differences.count, 1)
        XCTAssertEqual(report.differences[0].line, 2)
        XCTAssertEqual(report.differences[0].expected, ["7"])
        XCTAssertEqual(report.differences[0].actual, ["6"])
        XCTAssertTrue(ReplayChecker.describe(report).contains("sample.cb:2: result differs for: x * 3"))
    }

    func testUpdateRewritesOnlyTheRecordedLines() throws {
        let document = ScriptDocument(text: "# note\nx = 2\nx * 3\n#> 7\n#> stale\nx + 1\n")
        let report = ReplayChecker().check(document, file: "sample.cb")
        XCTAssertEqual(report.updatedText, "# note\nx = 2\nx * 3\n#> 6\nx + 1\n#> 3\n")
    }

    /// A scratch folder holding `d.csv` with `text`; the caller removes the folder.
    func scratchCSV(_ text: String) throws -> (dir: URL, csv: URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let csv = dir.appendingPathComponent("d.csv")
        try text.write(to: csv, atomically: true, encoding: .utf8)
        return (dir, csv)
    }

    func testChangedDataFileIsReported() throws {
        let (dir, csv) = try scratchCSV("a\n1\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let session = ShellSession()
        let first = ReplayChecker().check(ScriptDocument(text: "load \"\(csv.path)\" as d\ncount d\n"), file: dir.path + "/s.cb", session: session)
        let saved = first.updatedText
        XCTAssertTrue(saved.contains("sha256:"))
        try "a\n1\n2\n".write(to: csv, atomically: true, encoding: .utf8)
        let second = ReplayChecker().check(ScriptDocument(text: saved), file: dir.path + "/s.cb")
        XCTAssertEqual(second.changedSources.map(\.path), [csv.path])
        XCTAssertEqual(second.differences.count, 2, "the load summary and the count both changed")
    }
}
