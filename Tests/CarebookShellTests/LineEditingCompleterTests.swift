import XCTest
@testable import CarebookShell

final class LineEditingCompleterTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("completer-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: directory.appendingPathComponent("data/costs"), withIntermediateDirectories: true)
        for file in ["episodes.csv", "header.csv", ".hidden.csv", "data/costs.csv", "notes.txt"] {
            _ = fm.createFile(atPath: directory.appendingPathComponent(file).path, contents: Data())
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func completer(home: String? = nil) -> Completer {
        let vocabulary = CompletionVocabulary(
            commands: { [":help", ":history", ":save", "quit"] },
            keywords: ["where", "by", "sort", "select", "with", "and", "or", "count", "cohort", "asat", "load", "top"],
            functions: { ["looked_after", "weekly_cost", "step_down"] },
            names: { ["lac", "ooa", "plan"] },
            columns: { name in
                switch name {
                case "lac": return ["placement", "placement_group", "age", "age_band", "legal_status"]
                case "costs": return ["Placement_Type", "weekly"]
                default: return []
                }
            })
        let root = directory.path
        return Completer(vocabulary: vocabulary, currentDirectory: { root }, homeDirectory: { home ?? root })
    }

    private func complete(_ line: String, cursor: Int? = nil, home: String? = nil) -> Completion {
        completer(home: home).complete(line: line, cursor: cursor ?? line.count)
    }

    func testColonAtLineStartCompletesCommands() {
        XCTAssertEqual(complete(":h"), Completion(replaceFrom: 0, candidates: [":help", ":history"]))
        XCTAssertEqual(complete("  :s").candidates, [":save"])
        XCTAssertEqual(complete("  :s").replaceFrom, 2)
        XCTAssertEqual(complete(":").candidates, [":help", ":history", ":quit", ":save"])
    }

    func testColonAfterOtherTextIsNotACommand() {
        XCTAssertEqual(complete("x = :h").candidates, [])
    }

    func testPlainWordOffersKeywordsFunctionsAndNames() {
        XCTAssertEqual(complete("lo"), Completion(replaceFrom: 0, candidates: ["load", "looked_after"]))
        XCTAssertEqual(complete("x = weekly_cost(o").candidates, ["ooa", "or"])
        XCTAssertEqual(complete("x = weekly_cost(o").replaceFrom, 16)
        XCTAssertEqual(complete("count ").candidates.count, 12 + 3 + 3)
    }

    func testWordAfterWhereOffersTheTablesColumns() {
        let c = complete("lac where pla")
        XCTAssertEqual(c.replaceFrom, 10)
        XCTAssertEqual(c.candidates, ["placement", "placement_group", "plan"])
        XCTAssertEqual(c.commonPrefix, "pla")
    }

    func testEachClauseKeywordAndConnectiveOffersColumns() {
        XCTAssertEqual(complete("lac by ag").candidates, ["age", "age_band"])
        XCTAssertEqual(complete("lac sort le").candidates, ["legal_status"])
        XCTAssertEqual(complete("lac select age, le").candidates, ["legal_status"])
        XCTAssertEqual(complete("lac with n = age, le").candidates, ["legal_status"])
        XCTAssertEqual(complete("lac where age >= 12 and le").candidates, ["legal_status"])
        XCTAssertEqual(complete("lac where age < 1 or le").candidates, ["legal_status"])
    }

    func testTableIsTheNameStartingTheExpression() {
        XCTAssertEqual(complete("ooa = lac where le").candidates, ["legal_status"])
        XCTAssertEqual(complete("cohort young = lac where age < 5 and le").candidates, ["legal_status"])
        XCTAssertEqual(complete("count lac where le").candidates, ["legal_status"])
        XCTAssertEqual(complete("x = weekly_cost(lac where le").candidates, ["legal_status"])
        XCTAssertEqual(complete("weekly_cost(ooa) + weekly_cost(lac where le").candidates, ["legal_status"])
    }

    func testClauseCandidatesIncludeNamesAndKeywordsButNotFunctions() {
        let all = complete("lac where ").candidates
        XCTAssertTrue(all.contains("age_band"))
        XCTAssertTrue(all.contains("ooa"))
        XCTAssertTrue(all.contains("and"))
        XCTAssertFalse(all.contains("looked_after"))
    }

    func testClauseOnAnUnknownTableOffersNamesAndKeywords() {
        XCTAssertEqual(complete("nothing where o").candidates, ["ooa", "or"])
    }

    func testCaseInsensitiveFallback() {
        XCTAssertEqual(complete("costs where placement_t").candidates, ["Placement_Type"])
        XCTAssertEqual(complete("costs where Pla").candidates, ["Placement_Type"])
        XCTAssertEqual(complete("LAC").candidates, ["lac"])
    }

    func testNoCompletionInsideStringOrComment() {
        XCTAssertEqual(complete("lac where placement == \"Res").candidates, [])
        XCTAssertEqual(complete("# note about la").candidates, [])
    }

    func testCursorInTheMiddleUsesTextBeforeIt() {
        let c = complete("lac where pla == 1", cursor: 13)
        XCTAssertEqual(c.replaceFrom, 10)
        XCTAssertEqual(c.candidates, ["placement", "placement_group", "plan"])
    }

    func testLoadCompletesFilesAndMarksDirectories() {
        let c = complete("load \"")
        XCTAssertEqual(c.replaceFrom, 6)
        XCTAssertEqual(c.candidates, ["data/", "episodes.csv", "header.csv", "notes.txt"])
        XCTAssertEqual(c.terminator, "\"")
        XCTAssertEqual(complete("load \"e").candidates, ["episodes.csv"])
    }

    func testLoadCompletesInsideSubdirectories() {
        let c = complete("load \"data/co")
        XCTAssertEqual(c.replaceFrom, 11)
        XCTAssertEqual(c.candidates, ["costs.csv", "costs/"])
    }

    func testHiddenFilesOnlyWhenPrefixStartsWithDot() {
        XCTAssertFalse(complete("load \"").candidates.contains(".hidden.csv"))
        XCTAssertEqual(complete("load \".h").candidates, [".hidden.csv"])
    }

    func testTildeIsTheHomeDirectory() {
        let home = directory.appendingPathComponent("data").path
        XCTAssertEqual(complete("load \"~", home: home).candidates, ["~/"])
        XCTAssertEqual(complete("load \"~/c", home: home).candidates, ["costs.csv", "costs/"])
    }

    func testAbsolutePaths() {
        let c = complete("load \"\(directory.path)/hea")
        XCTAssertEqual(c.candidates, ["header.csv"])
    }

    func testLoadAfterClosingQuoteIsNotAPath() {
        XCTAssertEqual(complete("load \"episodes.csv\" as ep").candidates, [])
        XCTAssertEqual(complete("load \"missing/dir/x").candidates, [])
    }

    /// tracker.xlsx's worksheets are Plans and Costs (openpyxl: wb.sheetnames); edge.xlsx's are "Hidden" (a
    /// hidden worksheet) and "Edge", then the chart sheet "Chart", which has no table and is not offered.
    func testSheetCompletesTheWorkbooksWorksheets() throws {
        let fixtures = TranscriptTests.root.appendingPathComponent("Tests/Fixtures/xlsx")
        for name in ["tracker.xlsx", "edge.xlsx"] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name),
                                             to: directory.appendingPathComponent("data/" + name))
        }
        let line = "load \"data/tracker.xlsx\" sheet: \""
        let c = complete(line)
        XCTAssertEqual(c.candidates, ["Costs", "Plans"])
        XCTAssertEqual(c.replaceFrom, line.count)
        XCTAssertEqual(c.terminator, "\"")
        XCTAssertEqual(complete(line + "Pl").candidates, ["Plans"])
        XCTAssertEqual(complete(line + "Pl").replaceFrom, line.count)
        XCTAssertEqual(complete(line + "co").candidates, ["Costs"])
        XCTAssertEqual(complete("load \"data/tracker.xlsx\" as t sheet: \"C").candidates, ["Costs"])
        XCTAssertEqual(complete("load \"data/edge.xlsx\" sheet: \"").candidates, ["Edge", "Hidden"])
        XCTAssertEqual(complete("load \"~/edge.xlsx\" sheet: \"E", home: directory.appendingPathComponent("data").path).candidates, ["Edge"])
    }

    func testSheetOfAFileThatIsNotAWorkbookOffersNothing() {
        XCTAssertEqual(complete("load \"episodes.csv\" sheet: \"").candidates, [])
        XCTAssertEqual(complete("load \"nowhere.xlsx\" sheet: \"").candidates, [])
        // After the sheet's closing quote the words are the language's again, not sheet names.
        XCTAssertEqual(complete("load \"data/tracker.xlsx\" sheet: \"Costs\" as co").candidates, ["cohort", "count"])
    }

    func testCommonPrefixOfCandidates() {
        XCTAssertEqual(Completion(replaceFrom: 0, candidates: ["placement", "placement_group"]).commonPrefix, "placement")
        XCTAssertEqual(Completion(replaceFrom: 0, candidates: ["£1", "£2"]).commonPrefix, "£")
        XCTAssertEqual(Completion(replaceFrom: 0, candidates: []).commonPrefix, "")
    }

    func testColumnLayout() {
        let items = ["age", "age_band", "legal_status", "placement", "placement_group"]
        XCTAssertEqual(ColumnLayout.lines(items, width: 51), [
            "age              legal_status     placement_group",
            "age_band         placement",
        ])
        XCTAssertEqual(ColumnLayout.lines(items, width: 10), items)
        let many = (1...100).map { "n\($0)" }
        let capped = ColumnLayout.lines(many, width: 12, maxLines: 5)
        XCTAssertEqual(capped.count, 5)
        XCTAssertEqual(capped.last, "… and 92 more; type more letters to narrow")
    }
}
