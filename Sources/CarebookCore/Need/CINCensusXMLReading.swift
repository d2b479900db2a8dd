/// One run of `CINCensusXML` over a file: a table builder per census table, filled one Child at a time.
struct CINCensusXMLReading {
    let name: String
    var builders: [CINCensusTable: XMLTableBuilder]
    var problems: XMLProblems
    var children = 0

    /// Elements of the census that carebook does not read (known, so not reported as unknown).
    static let unread: Set<String> = ["PreProceedingsandFGDM"]

    init(name: String) {
        self.name = name
        problems = XMLProblems(file: name)
        builders = Dictionary(uniqueKeysWithValues: CINCensusTable.allCases.map { ($0, XMLTableBuilder(columns: $0.columns)) })
    }

    /// The census header's one row: CollectionDetails and Source fields.
    mutating func header(_ header: XMLNode) {
        var fields: [String: String] = [:]
        for group in header.children {
            guard group.name == "CollectionDetails" || group.name == "Source" else {
                unknown(group, in: "Header", "the census header")
                continue
            }
            fields.merge(leaves(group, .header, "the census header"), uniquingKeysWith: { $1 })
        }
        add(.header, line: header.line, fields)
    }

    /// Adds one Child's rows to the tables.
    mutating func child(_ child: XMLNode) {
        children += 1
        let identifiers = child.child("ChildIdentifiers")
        let id = identifiers?.value("LAchildID")
        let who = id.map { "LAchildID \($0)" } ?? "the Child at line \(child.line)"
        if id == nil {
            problems.add(line: identifiers?.line ?? child.line, "<Child> has no <LAchildID>; its rows are kept with LAchildID blank")
        }
        let key = ["LAchildID": id ?? ""]
        var details = 0
        for node in child.children {
            switch node.name {
            case "ChildIdentifiers": add(.childIdentifiers, line: node.line, leaves(node, .childIdentifiers, who))
            case "ChildCharacteristics": characteristics(node, key, who)
            case "CINdetails":
                details += 1
                cinDetails(node, key.merging(["CINdetailsID": String(details)], uniquingKeysWith: { $1 }), who)
            default: unknown(node, in: "Child", who)
            }
        }
    }

    private mutating func characteristics(_ node: XMLNode, _ key: [String: String], _ who: String) {
        var fields = key
        for field in node.children {
            if field.name == "Disabilities" {
                for d in field.children {
                    guard d.name == "Disability", d.isLeaf else { unknown(d, in: "Disabilities", who); continue }
                    add(.disabilities, line: d.line, key.merging(["Disability": d.text], uniquingKeysWith: { $1 }))
                }
            } else if field.name == "Ethnicity", field.isLeaf {
                fields["Ethnicity"] = field.text
            } else {
                unknown(field, in: "ChildCharacteristics", who)
            }
        }
        add(.childCharacteristics, line: node.line, fields)
    }

    private mutating func cinDetails(_ node: XMLNode, _ key: [String: String], _ who: String) {
        var fields = key
        var assessments = 0, plans = 0
        for part in node.children {
            switch part.name {
            case "Assessments":
                assessments += 1
                assessment(part, key.merging(["AssessmentID": String(assessments)], uniquingKeysWith: { $1 }), who)
            case "CINPlanDates": add(.cinPlanDates, line: part.line, key.merging(leaves(part, .cinPlanDates, who), uniquingKeysWith: { $1 }))
            case "Section47": add(.section47, line: part.line, key.merging(leaves(part, .section47, who), uniquingKeysWith: { $1 }))
            case "ChildProtectionPlans":
                plans += 1
                plan(part, key.merging(["CPPID": String(plans)], uniquingKeysWith: { $1 }), who)
            case _ where Self.unread.contains(part.name): continue
            default:
                guard part.isLeaf, CINCensusTable.cinDetails.columns.contains(part.name), part.name.hasSuffix("ID") == false
                else { unknown(part, in: "CINdetails", who); continue }
                fields[part.name] = part.text
                check(part, who)
            }
        }
        add(.cinDetails, line: node.line, fields)
    }

    private mutating func assessment(_ node: XMLNode, _ key: [String: String], _ who: String) {
        var fields = key
        for field in node.children {
            if field.name == "FactorsIdentifiedAtAssessment" {
                let factors = field.children.filter { $0.name == "AssessmentFactors" && $0.isLeaf && !$0.text.isEmpty }
                for other in field.children where other.name != "AssessmentFactors" || !other.isLeaf {
                    unknown(other, in: "FactorsIdentifiedAtAssessment", who)
                }
                fields["AssessmentFactors"] = factors.map(\.text).joined(separator: ",")
            } else if field.isLeaf, CINCensusTable.assessments.columns.contains(field.name), field.name != "AssessmentFactors",
                      !field.name.hasSuffix("ID") {
                fields[field.name] = field.text
                check(field, who)
            } else {
                unknown(field, in: "Assessments", who)
            }
        }
        add(.assessments, line: node.line, fields)
    }

    private mutating func plan(_ node: XMLNode, _ key: [String: String], _ who: String) {
        var fields = key
        for field in node.children {
            if field.name == "Reviews" {
                for date in field.children {
                    guard date.name == "CPPreviewDate", date.isLeaf else { unknown(date, in: "Reviews", who); continue }
                    check(date, who)
                    add(.reviews, line: date.line, key.merging(["CPPreviewDate": date.text], uniquingKeysWith: { $1 }))
                }
            } else if field.isLeaf, CINCensusTable.childProtectionPlans.columns.contains(field.name), !field.name.hasSuffix("ID") {
                fields[field.name] = field.text
                check(field, who)
            } else {
                unknown(field, in: "ChildProtectionPlans", who)
            }
        }
        add(.childProtectionPlans, line: node.line, fields)
    }

    /// A group's leaf fields that are columns of `table` (not its ids), dates checked; others reported.
    private mutating func leaves(_ group: XMLNode, _ table: CINCensusTable, _ who: String) -> [String: String] {
        var out: [String: String] = [:]
        for field in group.children {
            guard field.isLeaf, table.columns.contains(field.name), table == .childIdentifiers || field.name != "LAchildID" else {
                unknown(field, in: group.name, who)
                continue
            }
            out[field.name] = field.text
            check(field, who)
        }
        return out
    }

    private mutating func check(_ field: XMLNode, _ who: String) {
        if (field.name.contains("Date") && field.name != "DateTime") || field.name == "InitialCPCtarget" { problems.checkDate(field, record: who) }
    }

    private mutating func unknown(_ node: XMLNode, in parent: String, _ who: String) {
        problems.add(line: node.line, "unknown element <\(node.name)> in <\(parent)> (\(who)); ignored")
    }

    private mutating func add(_ table: CINCensusTable, line: Int, _ fields: [String: String]) {
        builders[table]!.append(line: line) { fields[$0] }
    }

    /// The tables in `CINCensusTable` order.
    func finish() -> Result<XMLTables, Diagnostic> {
        var tables: [(suffix: String, table: Table)] = []
        for kind in CINCensusTable.allCases {
            let builder = builders[kind]!
            guard builder.fits else { return .failure(Diagnostic("\(name) is too large to load (over 2 GB of \(kind.rawValue))", file: name)) }
            tables.append((kind.bindingSuffix, builder.table(origin: name)))
        }
        return .success(XMLTables(tables: tables, records: children, problems: problems.kept, problemCount: problems.count))
    }
}
