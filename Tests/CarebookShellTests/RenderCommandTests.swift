import XCTest
@testable import CarebookShell

/// `carebook render` exit codes and files, `--bail`, `--allow-ids`, publishing, `:export` and `:publish`.
final class RenderCommandTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("cb-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func script(_ text: String, _ name: String = "s.cb") throws -> String {
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func render(_ script: String, _ out: String, publish: Bool = false, allowIDs: Bool = false, bail: Bool = false) -> Int32 {
        CarebookCLI.render(file: script, output: out, publish: publish, threshold: 5, allowIDs: allowIDs, bail: bail)
    }

    func testExitStatusesAndPrivateFile() throws {
        let good = try script("# # Sums\nx = 2\nx * 3\n#> 7\n")
        let out = dir.appendingPathComponent("r.md").path
        XCTAssertEqual(render(good, out), 0)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("# Sums\n"))
        XCTAssertTrue(text.contains("```text\n6\n```"), "the actual result, not the recorded 7")
        XCTAssertFalse(text.contains("#>"))
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)

        let bad = try script("x = 2\ny * 3\nx + 1\n", "bad.cb")
        XCTAssertEqual(render(bad, dir.appendingPathComponent("b.html").path), 1)
        let html = try String(contentsOfFile: dir.appendingPathComponent("b.html").path, encoding: .utf8)
        XCTAssertTrue(html.contains("<pre class=\"error\" role=\"alert\">error: no name `y`"), "error in place")
        XCTAssertTrue(html.contains("<p class=\"value\">3</p>"), "the run went on")

        XCTAssertEqual(render(dir.appendingPathComponent("missing.cb").path, out), 2)
        XCTAssertEqual(render(good, dir.appendingPathComponent("r.pdf").path), 2, "unknown format")
        XCTAssertEqual(render(good, dir.appendingPathComponent("no/such/dir/r.md").path), 2, "cannot write")
    }

    func testBailStopsAtTheFirstFailure() throws {
        let path = try script("x = 2\ny * 3\nx + 1\n")
        let run = NotebookRunner(session: ShellSession(), bail: true).run(try ScriptRunner.read(path).get(), file: path)
        XCTAssertEqual(run.failures, 1)
        guard case .error? = run.notebook.cells.last else { return XCTFail("ends with the error") }
        XCTAssertFalse(run.notebook.cells.contains { if case .code("x + 1", _) = $0 { true } else { false } })
        XCTAssertEqual(render(path, dir.appendingPathComponent("r.md").path, bail: true), 1)
    }

    func testListIsRefusedUnlessIDsAreAllowed() throws {
        // IDs that cannot occur in the hexadecimal temporary folder names the report's footer shows.
        let csv = try script("child,age\nKX1,3\nKX2,14\n", "kids.csv")
        let path = try script("load \"\(csv)\" as kids\nlist kids\nkids select child\n")
        let refused = NotebookRunner(session: ShellSession()).run(try ScriptRunner.read(path).get(), file: path)
        XCTAssertEqual(refused.failures, 0, "a refusal is not a failure")
        XCTAssertTrue(refused.notebook.cells.contains { if case let .error(e) = $0 { e.hasPrefix("refused: `list`") } else { false } })
        let allowed = NotebookRunner(session: ShellSession(), allowIDs: true).run(try ScriptRunner.read(path).get(), file: path)
        XCTAssertFalse(allowed.notebook.cells.contains { if case .error = $0 { true } else { false } })

        let out = dir.appendingPathComponent("p.md").path
        XCTAssertEqual(render(path, out, publish: true), 0)
        let published = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertFalse(published.contains("KX1") || published.contains("KX2"), "no child IDs in a published report")
        XCTAssertTrue(published.contains("> Published with small-number suppression"))
        XCTAssertEqual(render(path, out, publish: true, allowIDs: true), 0)
        let allowedPublished = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertTrue(allowedPublished.contains("KX1") && allowedPublished.contains("rendered with --allow-ids"),
                      "--allow-ids is the one way out, also when published, and the footer says so")
    }

    func testPublishedRenderSuppressesTablesValuesAndMessages() throws {
        let csv = try script("group,children\nA,12\nB,3\nC,7\nD,20\n", "g.csv")
        let path = try script("load \"\(csv)\" as g\ng\nsum(g.children) - 39\n")
        let session = ShellSession()
        session.settings.publishing = Suppression()
        let run = NotebookRunner(session: session).run(try ScriptRunner.read(path).get(), file: path)
        let md = NotebookFormat.markdown.render(run.notebook)
        XCTAssertTrue(md.contains("| A | 12 |\n| B | c |\n| C | c |\n| D | 20 |"), md)
        XCTAssertTrue(md.contains("```text\nc\n```"), "a lone small count")
        // The load's 4 rows, in the Data section's table of files: small counts there too (conservatively, even of rows).
        XCTAssertTrue(md.split(separator: "\n").contains { $0.contains("| g   | table, 2 columns |") && $0.hasSuffix(" c |") }, md)
    }

    func testPublishCommandChangesWhatTheShellShows() {
        let session = ShellSession()
        func show(_ line: String) -> String {
            let document = ScriptDocument(text: line)
            let outcome = session.run(document.items[0], in: document, file: nil)
            session.record(outcome)
            return outcome.display
        }
        XCTAssertEqual(show("1 + 2"), "3")
        XCTAssertEqual(show(":publish on"), "")
        XCTAssertEqual(show("1 + 2"), "c")
        XCTAssertEqual(session.log.entries.last?.result, ["3"], "recordings stay exact, so check still replays")
        XCTAssertEqual(show(":publish"), "publishing is on: counts below 5 are suppressed, child IDs withheld")
        _ = show(":publish on 10")
        XCTAssertEqual(show("7"), "c")
        _ = show(":publish off")
        XCTAssertEqual(show("1 + 2"), "3")
        XCTAssertTrue(show(":publish on zero").hasPrefix("error: the threshold"))
    }

    func testExportWritesTheSessionAsAReport() throws {
        let session = ShellSession()
        for line in ["x = 2", "x * 3", "y * 2"] {
            let document = ScriptDocument(text: line)
            session.record(session.run(document.items[0], in: document, file: nil))
        }
        let out = dir.appendingPathComponent("session.html").path
        let result = session.commands.run(":export \(out)", session: session)
        XCTAssertTrue(result.succeeded, result.text)
        XCTAssertEqual(result.text, "wrote \(out): 2 statements")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertTrue(html.contains("<title>session.html</title>"))
        XCTAssertTrue(html.contains("<code>x * 3</code>") && html.contains("<p class=\"value\">6</p>"))
        XCTAssertFalse(html.contains("y * 2"), "only what succeeded is in the session")
        XCTAssertFalse(session.commands.run(":export out.txt", session: session).succeeded)
    }
}

extension RenderCommandTests {
    /// A definitions script's own loads are loads too: a report lists their files in its Data section, with
    /// what they were read as and their rows (here 3 rows of `defs/rates.csv`, loaded by `defs/defs.cb` as `rates`, named as the report's script reaches it), and
    /// leaves the statement out of the body as it does any load. In the terminal it still says what it ran.
    func testADefinitionsScriptsLoadsJoinTheDataSection() throws {
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("defs"), withIntermediateDirectories: true)
        _ = try script("group,rate\nA,1\nB,2\nC,3\n", "defs/rates.csv")
        _ = try script("load \"rates.csv\" as rates\ntotal = sum(rates.rate)\n", "defs/defs.cb")
        let path = try script("# # Rates\nload \"defs/defs.cb\"\ntotal\n")
        let out = dir.appendingPathComponent("r.md").path
        XCTAssertEqual(render(path, out), 0)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        let data = try XCTUnwrap(text.range(of: "## Data")).lowerBound
        XCTAssertFalse(text[..<data].contains("load \"defs/defs.cb\""), "the load is taken out of the body")
        XCTAssertTrue(text[..<data].contains("```text\n6\n```"), "1 + 2 + 3 = 6, in the body")
        let table = text[data...]
        // The file as the report's own script reaches it: defs/ + rates.csv.
        XCTAssertTrue(table.contains("| defs/rates.csv | rates ") && table.contains("|    3 |"), String(table))

        let session = ShellSession()
        let document = ScriptDocument(text: "load \"\(dir.appendingPathComponent("defs/defs.cb").path)\"")
        let outcome = session.run(document.items[0], in: document, file: nil)
        guard case let .ran(run)? = outcome.output else { return XCTFail("a script run: \(outcome.display)") }
        XCTAssertEqual(run.statements, 2)
        XCTAssertEqual(run.loaded.map(\.name), ["rates"])
        XCTAssertEqual(outcome.display, "ran \(dir.appendingPathComponent("defs/defs.cb").path): 2 statements")
        XCTAssertEqual(run.loaded.map(\.path), [dir.appendingPathComponent("defs/rates.csv").path])
    }
}
