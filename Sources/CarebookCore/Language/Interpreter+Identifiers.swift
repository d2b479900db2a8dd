extension Interpreter {
    /// Every child identifier the session holds: the cells of each identifier column of the loaded
    /// SSDA903 files and of every table bound to a name (also inside records, such as a plan's children).
    ///
    /// Publication looks for these in text that is not in an identifier column (a list taken from
    /// `t.child`, an `explain` listing, a message), so that an identifier is withheld wherever it appears.
    public var identifierValues: Set<String> {
        var out: Set<String> = []
        for file in workspace.care.headers + workspace.care.episodes { Self.collectIdentifiers(file.table, into: &out) }
        for name in environment.order {
            if case let .value(v)? = environment.bindings[name] { Self.collectIdentifiers(v, into: &out) }
        }
        return out
    }

    static func collectIdentifiers(_ value: Value, into out: inout Set<String>) {
        switch value {
        case let .table(t): collectIdentifiers(t, into: &out)
        case let .record(r): for f in r.fields { collectIdentifiers(f.value, into: &out) }
        case let .chart(c): collectIdentifiers(c.data, into: &out)
        case .plan, .projection, .backtest, .indicator: collectIdentifiers(.record(value.fieldRecord!), into: &out)
        default: break
        }
    }

    static func collectIdentifiers(_ table: Table, into out: inout Set<String>) {
        for column in table.columns where column.isIdentifier {
            switch column.storage {
            case let .text(_, dictionary): out.formUnion(dictionary.filter { !$0.isEmpty })
            default:
                for row in 0..<column.count {
                    if case let .number(x) = column[row] { out.insert(NumberText.exact(x)) }
                }
            }
        }
    }
}
