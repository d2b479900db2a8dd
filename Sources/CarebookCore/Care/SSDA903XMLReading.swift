/// One run of `SSDA903XML` over a file: a table builder per kind, filled one CHILD at a time.
struct SSDA903XMLReading {
    let name: String
    var builders: [SSDA903Kind: XMLTableBuilder]
    var problems: XMLProblems
    var children = 0

    init(name: String) {
        self.name = name
        problems = XMLProblems(file: name)
        builders = Dictionary(uniqueKeysWithValues: SSDA903Kind.inXMLReturn.map { ($0, XMLTableBuilder(columns: $0.columns)) })
    }

    /// Adds one CHILD's rows to the tables.
    mutating func child(_ child: XMLNode) {
        children += 1
        let header = child.child("HEADER")
        let id = header?.value("CHILDID")
        let who = id.map { "CHILD \($0)" } ?? "the CHILD at line \(child.line)"
        var fields: [String: String] = [:]
        if let header {
            for field in header.children where field.isLeaf && SSDA903XML.headerFields.contains(field.name) {
                fields[field.name == "CHILDID" ? "CHILD" : field.name] = field.text
                check(field, who)
            }
        } else {
            problems.add(line: child.line, "<CHILD> has no <HEADER>; its episodes are kept with CHILD blank")
        }
        if header != nil, id == nil {
            problems.add(line: header!.line, "<HEADER> has no <CHILDID>; its rows are kept with CHILD blank")
        }
        let line = header?.line ?? child.line
        if header != nil { add(.header, line: line) { fields[$0] } }
        if fields["UASC", default: ""] != "" { add(.uasc, line: line) { fields[$0] } }
        if fields["IN_TOUCH", default: ""] != "" { add(.oc3, line: line) { fields[$0] } }
        if fields["DATE_INT", default: ""] != "" { add(.ad1, line: line) { fields[$0] } }
        for node in header?.children ?? [] where !node.isLeaf || !SSDA903XML.headerFields.contains(node.name) {
            if let kind = SSDA903XML.headerGroups[node.name] ?? SSDA903XML.socialWorkerGroup(node) {
                let own = leaves(node, kind, who)
                add(kind, line: node.line) { own[$0] ?? fields[$0] }
            } else {
                unknown(node, in: "HEADER", who)
            }
        }
        for node in child.children where node.name != "HEADER" {
            if let kind = node.name == "EPISODE" ? .episodes : SSDA903XML.socialWorkerGroup(node) {
                let own = leaves(node, kind, who)
                add(kind, line: node.line) { own[$0] ?? fields[$0] }
            } else {
                unknown(node, in: "CHILD", who)
            }
        }
    }

    /// A group's fields by CSV column name (`PL` is `PLACE`), dates checked; a field its table has no column for is reported.
    private mutating func leaves(_ group: XMLNode, _ kind: SSDA903Kind, _ who: String) -> [String: String] {
        var out: [String: String] = [:]
        for field in group.children {
            let column = field.name == "PL" ? "PLACE" : field.name
            guard field.isLeaf, kind.columns.contains(column), !["CHILD", "DOB", "SEX"].contains(column) else {
                unknown(field, in: group.name, who)
                continue
            }
            out[column] = field.text
            check(field, who)
        }
        return out
    }

    private mutating func check(_ field: XMLNode, _ who: String) {
        if SSDA903XML.dateFields.contains(field.name) { problems.checkDate(field, record: who) }
    }

    private mutating func unknown(_ node: XMLNode, in parent: String, _ who: String) {
        problems.add(line: node.line, "unknown element <\(node.name)> in <\(parent)> (\(who)); ignored")
    }

    /// Adds a row of `kind`: `value` gives each column's text.
    private mutating func add(_ kind: SSDA903Kind, line: Int, _ value: (String) -> String?) {
        builders[kind]!.append(line: line, value)
    }

    /// The tables in `SSDA903Kind` order (social-worker episodes only when there are some); fails if a table grew past what a column can address.
    func finish() -> Result<XMLTables, Diagnostic> {
        var tables: [(suffix: String, table: Table)] = []
        for kind in SSDA903Kind.inXMLReturn {
            let builder = builders[kind]!
            guard builder.fits else { return .failure(Diagnostic("\(name) is too large to load (over 2 GB of \(kind.title))", file: name)) }
            // Social-worker episodes were first collected in 2023-24: an earlier return has no such table.
            if kind == .socialWorkers, builder.rowCount == 0 { continue }
            tables.append((kind.bindingSuffix, builder.table(origin: name)))
        }
        return .success(XMLTables(tables: tables, records: children, problems: problems.kept, problemCount: problems.count))
    }
}
