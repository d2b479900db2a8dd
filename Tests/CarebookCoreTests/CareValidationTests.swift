import XCTest
@testable import CarebookCore

/// Validation of 903 rows (Tests/Fixtures/care/invalid-header.csv, invalid-episodes.csv) and the merging of years.
///
/// invalid-header.csv: line 2 child 2001 fine; line 3 SEX 3 (rule 101, kept as unknown); line 4 DOB 31/02/2012
/// (rule 102, child 2003 kept with age unknown); line 5 child 2001 again (INT32, excluded); line 6 SEX M and
/// ISO DOB, fine.
///
/// invalid-episodes.csv, by line: 2 fine; 3 PLACE U9 (146, kept in group Other); 4 DEC 31/02/2017 (147,
/// excluded); 5 DEC without REC (148, kept as ended, reason unknown); 6 DEC before DECOM (356, kept as ending on
/// its DECOM); 7 child 2003, whose DOB is unknown (kept); 8–9 child 9999 not in the header (one INT03 for its two
/// rows, kept, the child added; 8 is open when 9 starts, 142); 10 DECOM 01/01/2009 before DOB 04/05/2009 (302,
/// kept, 2005's DOB taken as unknown; open, so closed X1 when 11 starts on 01/01/2016, 142); 11 X1 with nothing
/// starting 01/02/2016 (388, kept, not a leaver); 12 RNE Q (143, kept, read as L; open, so closed when 13
/// starts, 142); 13 fine; 14 LS X9 (144) and PLACE_PROVIDER PR9 (178), kept with both unknown (open, so closed
/// when 15 starts, 142); 15 REASON_PLACE_CHANGE ZZZ (1009, kept). Only line 4 is excluded.
final class CareValidationTests: XCTestCase {
    let data = CareDataSet.build(
        headers: [(CareFixtures.table("invalid-header.csv"), "invalid-header.csv")],
        episodes: [(CareFixtures.table("invalid-episodes.csv"), "invalid-episodes.csv")])

    func rules(_ file: String) -> [String] {
        data.issues.filter { $0.file == file }.map { "\($0.line):\($0.rule)" }
    }

    func testHeaderRules() {
        XCTAssertEqual(rules("invalid-header.csv"), ["3:101", "4:102", "5:INT32"])
        // 9999, in no header, is added after the header's children.
        XCTAssertEqual(data.children.map(\.id), ["2001", "2002", "2003", "2005", "9999"])
        XCTAssertEqual(data.children.map(\.sex), [.male, .unknown, .female, .male, .unknown])
        // 2003's DOB is not a date; 2005's (04/05/2009) is after its first DECOM (302); 9999 has no header row.
        XCTAssertEqual(data.children.map { $0.dob == nil }, [false, false, true, true, true])
        XCTAssertEqual(data.children[0].dob, CareFixtures.day("2010-01-01"))
    }

    func testEpisodeRulesOnePerProblem() {
        XCTAssertEqual(rules("invalid-episodes.csv"),
                       ["3:146", "4:147", "5:148", "6:356", "8:INT03", "8:142", "10:302", "10:142", "11:388",
                        "12:143", "12:142", "14:144", "14:178", "14:142", "15:1009"])
        // Sorted by child (2001, 2002, 2003, 2005, 9999), then DECOM; only line 4 is left out.
        XCTAssertEqual(data.episodes.map { Int($0.source.line) }, [2, 3, 5, 6, 14, 15, 7, 10, 11, 12, 13, 8, 9])
        // Line 3's PLACE U9 is unknown, in the group Other.
        let three = data.episodes[1]
        XCTAssertNil(three.placeCode)
        XCTAssertEqual(data.group(of: three).name, "Other")
    }

    func testMessagesNameFileLineChildAndRule() {
        let text = data.issues.map(\.description)
        XCTAssertTrue(text.contains("invalid-episodes.csv:4: CHILD 2001: DEC 31/02/2017 is not a date (rule 147)"))
        XCTAssertTrue(text.contains("invalid-header.csv:4: CHILD 2003: DOB 31/02/2012 is not a date; kept with age unknown (rule 102)"))
        XCTAssertTrue(text.contains("invalid-episodes.csv:3: CHILD 2001: PLACE U9 is not a valid code; did you mean U1?; kept in placement group Other (rule 146)"))
        XCTAssertTrue(text.contains("invalid-episodes.csv:6: CHILD 2002: DEC 01/03/2016 is before DECOM 01/04/2016; kept as ending on its DECOM (rule 356)"))
        XCTAssertTrue(text.contains("invalid-episodes.csv:5: CHILD 2002: DEC is given but REC is blank; kept as ended on its DEC, reason not known (rule 148)"))
        XCTAssertTrue(text.contains("invalid-episodes.csv:8: CHILD 9999: CHILD is not in the header (or its header row was excluded); its 2 episodes are kept, the child's sex and DOB unknown (rule INT03)"))
        XCTAssertTrue(text.contains("invalid-episodes.csv:10: CHILD 2005: DECOM 01/01/2009 is before the child's DOB 04/05/2009; the episode kept, the DOB taken as wrong (age unknown) (rule 302)"))
        XCTAssertTrue(text.contains("invalid-episodes.csv:11: CHILD 2005: REC X1 but no episode starts on 01/02/2016; looked after until then, not counted as a leaver (rule 388)"))
        XCTAssertTrue(text.contains("invalid-episodes.csv:12: CHILD 2005: RNE Q is not a valid code (one of S, L, P, T, U, B); read as L (no move counted) (rule 143)"))
        XCTAssertTrue(text.contains("invalid-episodes.csv:14: CHILD 2002: LS X9 is not a valid code (one of C1, C2, D1, E1, J1, J2, J3, L1, L2, L3, V2, V3, V4); kept with LS unknown (rule 144)"))
        XCTAssertTrue(text.contains("invalid-header.csv:5: CHILD 2001: CHILD is already in the header at line 2; this row is ignored (rule INT32)"))
    }

    func testIssuesBecomeDiagnosticsAtTheRow() {
        let d = data.issues.first { $0.rule == "147" }!.diagnostic
        XCTAssertEqual(d.file, "invalid-episodes.csv")
        XCTAssertEqual(d.range?.start.line, 4)
        XCTAssertEqual(d.severity, .error)
        XCTAssertEqual(data.issues.first { $0.rule == "388" }!.diagnostic.severity, .warning)
    }

    func testX1WithoutContinuationEndsThePeriod() {
        // 2005: line 10 from 01/01/2009, closed X1 when line 11 starts on 01/01/2016, which ends 01/02/2016 X1
        // with nothing following that day; then a new period from 01/03/2016 (line 12, closed X1 when line 13
        // starts on 01/04/2016, so one period).
        let periods = data.periods(ofChild: data.child(id: "2005")!)
        XCTAssertEqual(periods.map(\.start), ["01/01/2009", "01/03/2016"].map(CareFixtures.day))
        XCTAssertEqual(periods.first?.end, CareFixtures.day("01/02/2016"))
        // X1 is no reason for leaving: the period is not a leaver.
        // Leavers in 2016: 2001 (line 2, E4A on 01/06), 2002 (line 5 on 01/03, reason unknown; line 6 on
        // 01/04, its DECOM, E4A); 2005's X1 on 01/02 is none (and its line 13 is still open).
        let rows = CareFixtures.rows(data.leavers(from: CareFixtures.day("01/01/2016"), to: CareFixtures.day("31/12/2016")))
        XCTAssertEqual(rows.compactMap { $0["child"]?.text }, ["2001", "2002", "2002"])
        XCTAssertEqual(rows.map { $0["reason"]?.text }, ["E4A", nil, "E4A"])
    }

    func testKeptRowsAreReadTheMostFaithfulWay() {
        let eps = data.episodes(ofChild: data.child(id: "2002")!)
        // Line 5: DEC 01/03/2016 without REC: ended then, reason unknown.
        XCTAssertEqual(eps.first?.end, CareFixtures.day("01/03/2016"))
        XCTAssertNil(eps.first?.reasonCeasedCode)
        // Line 6: DEC 01/03/2016 before DECOM 01/04/2016: ends on its DECOM, so never open.
        let six = eps[eps.startIndex + 1]
        XCTAssertEqual(six.end, six.start)
        XCTAssertFalse(six.isOpen(on: six.start))
        // Line 14: LS X9 and PLACE_PROVIDER PR9 kept as unknown; not a short break, so 2002 is looked after.
        let fourteen = eps[eps.startIndex + 2]
        XCTAssertNil(fourteen.legalStatusCode)
        XCTAssertNil(fourteen.providerCode)
        XCTAssertFalse(fourteen.isShortBreak)
        // Line 12 (2005's third episode): RNE Q read as L.
        XCTAssertEqual(data.episodes(ofChild: data.child(id: "2005")!).dropFirst(2).first?.rne, .legalStatus)
    }

    /// The summary counts what the file comment above lists (its wording is tested in CarebookRender's
    /// `LoadSummaryTextTests`, from these same counts).
    func testSummaryCountsWhatWasExcluded() {
        let s = data.summary
        XCTAssertEqual([s.children, s.episodes, s.files], [5, 13, 2])
        XCTAssertEqual(s.span, DayRange(from: Day.civil(2009, 1, 1), to: Day.civil(2016, 6, 1)))
        // Only the DEC that is not a date (line 4) and the header's repeated 2001 (line 5) are left out.
        typealias Count = CareDataSummary.RuleCount
        XCTAssertEqual(s.excluded, [Count(rule: "147", count: 1, outcome: .excluded), Count(rule: "INT32", count: 1, outcome: .excluded)])
        XCTAssertEqual(s.warnings, [Count(rule: "101", count: 1, outcome: .kept), Count(rule: "1009", count: 1, outcome: .kept)])
        // 2003 (DOB not a date), 2005 (302) and 9999 (no header row).
        XCTAssertEqual(s.childrenWithoutDOB, 3)
        // The first count of each kind, as the summary's wording reads them.
        let kept = Dictionary(s.repairs.filter(\.kind.isInterpretation).map { ($0.kind, $0.count) }, uniquingKeysWith: { a, _ in a })
        // Lines 12 and 14 (143; 144 and 178 on one row); 3 (146); 9999; 2003; 2005; 5 (148); 6 (356); 11 (388).
        XCTAssertEqual(kept, [.invalidCodeKept: 2, .placeUnknown: 1, .childNotInHeader: 1, .dobUnreadable: 1, .startBeforeBirth: 1,
                              .endedWithoutReason: 1, .endBeforeStart: 1, .continuationMissing: 1])
    }

    /// Two years' returns (merge-header.csv twice; episodes-2015.csv then episodes-2016.csv):
    /// - 3001's episode is open in 2015 and ended 01/09/2016 (E4A) in 2016: one kept, the ended one.
    /// - 3002's 01/03/2016 episode is open in 2015 and ends 20/05/2016 in 2016: the 2016 row is kept, and,
    ///   since the next starts 15/05/2016, it is closed then (rule 501).
    /// - 3003's 01/04/2016 episode has no DEC but the next starts 01/08/2016: closed then with X1 (rule 142).
    func testSeveralYearsMergeRemovingDuplicatesAndClosingOverlaps() {
        let header = CareFixtures.table("merge-header.csv")
        let merged = CareDataSet.build(headers: [(header, "header-2015.csv"), (header, "header-2016.csv")],
                                       episodes: [(CareFixtures.table("episodes-2015.csv"), "episodes-2015.csv"),
                                                  (CareFixtures.table("episodes-2016.csv"), "episodes-2016.csv")])
        XCTAssertEqual(merged.children.count, 3)
        XCTAssertEqual(merged.episodes.count, 6)
        XCTAssertEqual(merged.repairs, [CareRepair(kind: .duplicateEpisodeRemoved, count: 2),
                                        CareRepair(kind: .openEpisodeClosed, count: 1),
                                        CareRepair(kind: .overlapClosed, count: 1)])
        XCTAssertEqual(merged.issues.map(\.description), [
            "episodes-2016.csv:3: CHILD 3002: DEC 20/05/2016 is after the next episode starts on 15/05/2016; closed then (rule 501)",
            "episodes-2016.csv:5: CHILD 3003: episode has no DEC but the next starts on 01/08/2016; closed then (rule 142)",
        ])
        XCTAssertEqual(merged.periods(ofChild: merged.child(id: "3001")!).first?.end, CareFixtures.day("01/09/2016"))
        let c2 = merged.child(id: "3002")!
        XCTAssertEqual(merged.periods(ofChild: c2).count, 1)
        XCTAssertEqual(merged.placements(ofChild: c2).map(\.start), ["01/01/2016", "01/03/2016", "15/05/2016"].map(CareFixtures.day))
        XCTAssertEqual(merged.periods(ofChild: merged.child(id: "3003")!).count, 1)
        XCTAssertEqual(merged.summary.repairs, [CareRepair(kind: .duplicateEpisodeRemoved, count: 2), CareRepair(kind: .openEpisodeClosed, count: 1),
                                                CareRepair(kind: .overlapClosed, count: 1)])
    }

    /// Two years' headers: 6001's DOB is readable in the first and not in the second (the earlier one is kept);
    /// 6002's is not readable in the first but is in the second (the later one is used). Neither's age is unknown.
    func testADOBReadableInOneYearsHeaderIsKept() {
        let first = SimpleCSV.table("CHILD,SEX,DOB\n6001,1,01/01/2010\n6002,2,31/02/2011\n", origin: "h2019.csv")
        let second = SimpleCSV.table("CHILD,SEX,DOB\n6001,1,31/02/2010\n6002,2,01/03/2011\n", origin: "h2020.csv")
        let d = CareDataSet.build(headers: [(first, "h2019.csv"), (second, "h2020.csv")], episodes: [])
        XCTAssertEqual(d.children.map(\.dob), ["01/01/2010", "01/03/2011"].map(CareFixtures.day))
        XCTAssertEqual(d.issues.map(\.description), [
            "h2019.csv:3: CHILD 6002: DOB 31/02/2011 is not a date; the DOB 01/03/2011 from a later header (h2020.csv) used (rule 102)",
            "h2020.csv:2: CHILD 6001: DOB 31/02/2010 is not a date; the DOB 01/01/2010 from an earlier header kept (rule 102)",
        ])
        XCTAssertEqual(d.repairs, [])
        XCTAssertEqual(d.summary.childrenWithoutDOB, 0)
        XCTAssertEqual(d.summary.repairs, [])
    }

    /// A blank SEX (rule 101) keeps the child, sex unknown, with a warning; it is still looked after.
    func testAMissingSexKeepsTheChild() {
        let header = SimpleCSV.table("CHILD,SEX,DOB\n6101,,01/01/2010\n", origin: "h.csv")
        let episodes = SimpleCSV.table("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC\n6101,01/01/2016,S,C2,N1,U4,PR1,,\n",
                                       origin: "e.csv")
        let d = CareDataSet.build(headers: [(header, "h.csv")], episodes: [(episodes, "e.csv")])
        XCTAssertEqual(d.children.map(\.sex), [.unknown])
        XCTAssertEqual(d.issues.map(\.description), ["h.csv:2: CHILD 6101: SEX is missing; recorded as unknown (rule 101)"])
        XCTAssertEqual(d.issues.map(\.outcome), [.kept])
        XCTAssertEqual(d.lookedAfter(on: CareFixtures.day("2016-03-31")).rowCount, 1)
    }

    func testDatesAlreadyTypedAndCodesAsNumbersAreAccepted() throws {
        // A header whose SEX is numeric and DOB a date column, as a loader may infer them.
        let header = Table(columns: [
            try Column.make(name: "child", values: [.text("7001")]).get(),
            try Column.make(name: "sex", values: [.number(2)]).get(),
            try Column.make(name: "dob", values: [.date(CareFixtures.day("2010-01-01"))]).get(),
            try Column.make(name: "ethnic", values: [.text("WBRI")]).get(),
        ])
        let episodes = Table(columns: ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC"].map { name in
            let value: Value = switch name {
            case "CHILD": .number(7001)
            case "DECOM": .date(CareFixtures.day("2016-06-01"))
            case "RNE": .text("S")
            case "LS": .text("c2")
            case "CIN": .text("N1")
            case "PLACE": .text("U4")
            case "PLACE_PROVIDER": .text("PR1")
            default: .missing
            }
            return try! Column.make(name: name, values: [value]).get()
        })
        let d = CareDataSet.build(headers: [(header, "h")], episodes: [(episodes, "e")])
        XCTAssertEqual(d.issues, [])
        XCTAssertEqual(d.children.first?.sex, .female)
        XCTAssertEqual(d.lookedAfter(on: CareFixtures.day("2017-01-01")).rowCount, 1)
    }
}
