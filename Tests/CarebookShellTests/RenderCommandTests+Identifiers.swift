import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import CarebookShell

/// Published reports identify no child, by any route; `--allow-ids` lets IDs through and says so.
///
/// The fixture `Tests/Fixtures/publish/` has eleven children `QZ701K`…`QZ711K` with UPNs
/// `UPNX01Y`…`UPNX11Y` and a tracker keyed by CHILD. Each test reads every CHILD and UPN from the
/// fixture's own files and searches the whole published output for each of them.
extension RenderCommandTests {
    static let publishFixtures = RenderGoldenTests.root.appendingPathComponent("Tests/Fixtures/publish")

    /// Every CHILD and UPN in the fixture's header file and every CHILD in its episodes and tracker.
    func fixtureIDs() throws -> [String] {
        var ids: Set<String> = []
        for (file, columns) in [("header.csv", ["CHILD", "UPN"]), ("episodes.csv", ["CHILD"]), ("plans.csv", ["CHILD"])] {
            let lines = try String(contentsOf: Self.publishFixtures.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            for name in columns {
                let c = try XCTUnwrap(lines[0].firstIndex(of: name))
                for row in lines.dropFirst() where !row[c].isEmpty { ids.insert(row[c]) }
            }
        }
        XCTAssertEqual(ids.count, 22, "11 CHILD ids and 11 UPNs")
        return ids.sorted()
    }

    /// One statement per route an identifier could take into a report.
    func routesScript() throws -> String {
        let f = Self.publishFixtures.path
        return try script("""
        # # Routes
        load "\(f)/header.csv"
        load "\(f)/episodes.csv"
        load "\(f)/plans.csv" as plans
        load "\(RenderGoldenTests.root.path)/Tests/Fixtures/money/unit-costs.csv" as costs
        asat 2017-06-30
        lac = looked_after()
        # explain lists the children an indicator counted
        explain "8.5"
        lac with who = child
        lac with x = child select x, age
        lac with tag = "id " + child
        lac.child
        ids = lac.child
        ids
        first = min(ids)
        "x" + first
        "child " + first + " moved"
        :vars
        lac where child == "QZ702K"
        :history
        lac top 3
        lac by child
        lac by placement_group with first = min(child)
        chart(lac by child)
        chart(lac, x: "child", y: "age")
        header
        plans
        lac with plans
        plan = step_down(lac where placement_group == "Commissioned children's home", to: "In-house fostering", by: 2017-09-30, success: 72%)
        plan
        plan.children
        list(lac, "age")
        (lac or lac) top 2
        lac sort child desc
        lac where age > 12
        join(lac, plans)
        cost_by(lac, "child")
        with_costs(lac where placement_group == "Commissioned children's home")
        validate()
        admissions(fy(2016))
        :mode csv
        lac top 2
        :mode markdown
        lac top 2
        """, "routes.cb")
    }

    func assertNoIDs(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for id in try fixtureIDs() {
            XCTAssertFalse(text.contains(id), "\(id) in \(what)", file: file, line: line)
        }
    }

    func testPublishedReportsWithholdEveryIdentifier() throws {
        let path = try routesScript()
        for name in ["p.md", "p.html"] {
            let out = dir.appendingPathComponent(name).path
            XCTAssertEqual(render(path, out, publish: true), 0)
            let text = try String(contentsOfFile: out, encoding: .utf8)
            try assertNoIDs(text, name)
            XCTAssertTrue(text.contains(IdentifierScreen.withheld))
            XCTAssertTrue(text.contains("Child IDs are withheld wherever they appear."))
            XCTAssertFalse(text.contains("--allow-ids: child IDs are shown"))
            // What stays: the counts and the columns that identify no one.
            XCTAssertTrue(text.contains("Commissioned children"), "placement groups stay")
            XCTAssertTrue(text.contains("workstream"), "the tracker's other columns stay")
        }
    }

    func testAllowIDsLetsThemThroughAndSaysSoInTheFooter() throws {
        let path = try routesScript()
        let out = dir.appendingPathComponent("a.md").path
        XCTAssertEqual(render(path, out, publish: true, allowIDs: true), 0)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        for id in try fixtureIDs() { XCTAssertTrue(text.contains(id), "\(id) shown with --allow-ids") }
        let footer = try XCTUnwrap(text.components(separatedBy: "\n---\n").last)
        XCTAssertTrue(footer.contains("rendered with --allow-ids: child IDs are shown, so this report identifies children"), footer)
        XCTAssertTrue(text.contains("Child IDs are shown: rendered with --allow-ids."))
        XCTAssertFalse(text.contains(IdentifierScreen.withheld))
    }

    /// A column computed from `child` is withheld because of where it came from, not its name.
    func testTheKindTravelsWithTheColumn() throws {
        let path = try routesScript()
        let run = NotebookRunner(session: ShellSession()).run(try ScriptRunner.read(path).get(), file: path)
        let tables = run.notebook.cells.compactMap { cell -> Table? in
            if case let .result(.value(.table(t))) = cell { t } else { nil }
        }
        XCTAssertGreaterThanOrEqual(tables.count, 18)
        let identifiers: Set = ["child", "who", "x", "tag", "first", "CHILD", "UPN"]
        for t in tables {
            for c in t.columns {
                XCTAssertEqual(c.isIdentifier, identifiers.contains(c.name), "\(c.name) in \(t.columnNames)")
            }
        }
        let without = tables.filter { !$0.columns.contains(where: \.isIdentifier) }.map(\.columnNames)
        XCTAssertEqual(without, [], "every table result of the routes carries its identifier column")
    }

    func testTheShellWithholdsIdentifiersInEveryModeUnderPublishOn() throws {
        let session = ShellSession()
        func show(_ line: String) -> String {
            let document = ScriptDocument(text: line)
            let outcome = session.run(document.items[0], in: document, file: nil)
            session.record(outcome)
            return outcome.display
        }
        let f = Self.publishFixtures.path
        _ = show("load \"\(f)/header.csv\"")
        _ = show("load \"\(f)/episodes.csv\"")
        _ = show("asat 2017-06-30")
        XCTAssertTrue(show("looked_after() top 1").contains("QZ701K"), "not published yet")
        _ = show(":publish on")
        for mode in ["table", "csv", "markdown"] {
            _ = show(":mode \(mode)")
            for statement in ["looked_after() top 3", "looked_after() with tag = \"id \" + child", "looked_after().child", "header",
                              "explain \"8.5\"", "first = min(looked_after().child)", ":vars", ":history"] {
                try assertNoIDs(show(statement), "\(statement) in \(mode) mode")
            }
        }
        let recorded = session.log.entries.last { $0.text == "looked_after().child" }
        XCTAssertEqual(recorded?.result.joined().contains("QZ702K"), true, "what is recorded stays exact")
    }

    /// A tracker whose CHILD column reads as numbers: the IDs become text on load, so a list or an
    /// aggregate of them is found too.
    func testNumericIDsAreIdentifiersToo() throws {
        let session = ShellSession()
        func show(_ line: String) -> String {
            let document = ScriptDocument(text: line)
            let outcome = session.run(document.items[0], in: document, file: nil)
            session.record(outcome)
            return outcome.display
        }
        let care = RenderGoldenTests.root.appendingPathComponent("Tests/Fixtures/care").path
        _ = show("load \"\(care)/plans.csv\" as plans")
        XCTAssertEqual(show("plans.CHILD"), "[\"1002\", \"1001\", \"1007\"]", "text, as read")
        _ = show(":publish on")
        for statement in ["plans", "plans.CHILD", "max(plans.CHILD)", "plans with p = CHILD", "plans by CHILD"] {
            let shown = show(statement)
            for id in ["1001", "1002", "1007", "1,00"] { XCTAssertFalse(shown.contains(id), "\(id) in \(statement): \(shown)") }
        }
    }

    func testExportOfAPublishedSessionWithholdsIdentifiers() throws {
        let session = ShellSession()
        let f = Self.publishFixtures.path
        for line in ["load \"\(f)/header.csv\"", "load \"\(f)/episodes.csv\"", "asat 2017-06-30", ":publish on",
                     "lac = looked_after()", "lac top 3", "lac.child", "lac with tag = \"id \" + child", ":publish off"] {
            let document = ScriptDocument(text: line)
            session.record(session.run(document.items[0], in: document, file: nil))
        }
        let out = dir.appendingPathComponent("session.html").path
        XCTAssertTrue(session.commands.run(":export \(out)", session: session).succeeded)
        let html = try String(contentsOfFile: out, encoding: .utf8)
        try assertNoIDs(html, ":export")
        XCTAssertTrue(html.contains(IdentifierScreen.withheld))
        XCTAssertNotNil(XMLParser(data: Data(html.utf8)).parse() ? html : nil, "well-formed XML")

        let allowed = dir.appendingPathComponent("allowed.md").path
        XCTAssertTrue(session.commands.run(":export \(allowed) --allow-ids", session: session).succeeded)
        let md = try String(contentsOfFile: allowed, encoding: .utf8)
        XCTAssertTrue(md.contains("QZ702K") && md.contains("rendered with --allow-ids"))
    }
}
