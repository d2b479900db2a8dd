extension Evaluator {
    /// Applies a table clause to the value of `base`.
    func apply(_ clause: Clause, to base: Expr, _ expr: Expr, _ scope: Scope) throws -> Value {
        if case let .at(dateExpr) = clause {
            return try evaluateAt(base, dateExpr, scope)
        }
        let value = try evaluate(base, in: scope)
        guard case let .table(table) = value else {
            throw Diagnostic("`\(Self.keyword(clause))` needs a table or cohort on its left, not \(value.kind.withArticle)",
                             at: base.range)
        }
        switch clause {
        case let .where(condition): return .table(try filter(table, condition))
        case let .by(columns, aggregates): return .table(try group(table, columns, aggregates))
        case let .sort(keys): return .table(try sort(table, keys))
        case let .top(n): return .table(try top(table, n, scope))
        case let .select(columns): return .table(table.selecting(try indices(table, columns)))
        case let .with(items): return .table(try extend(table, items))
        case let .join(other): return .table(try join(table, other, scope))
        case .at: fatalError("handled above")
        }
    }

    static func keyword(_ clause: Clause) -> String {
        switch clause {
        case .where: "where"
        case .by: "by"
        case .sort: "sort"
        case .top: "top"
        case .select: "select"
        case .with, .join: "with"
        case .at: "at"
        }
    }

    /// `expr at DATE`: the expression evaluated with another as-at date.
    func evaluateAt(_ base: Expr, _ dateExpr: Expr, _ scope: Scope) throws -> Value {
        let d = try evaluate(dateExpr, in: scope)
        guard case let .date(day) = d else {
            throw Diagnostic("`at` needs a date, not \(d.kind.withArticle)", at: dateExpr.range,
                             hint: "for example: ooa at 2018-08-31")
        }
        let saved = workspace.asat
        workspace.asat = day
        defer { workspace.asat = saved }
        return try evaluate(base, in: scope)
    }

    func indices(_ table: Table, _ columns: [ColumnRef]) throws -> [Int] {
        try columns.map { ref in
            guard let i = table.columnIndex(named: ref.name) else {
                throw Diagnostic.unknownName(ref.name, what: "column", at: ref.range, candidates: table.columnNames)
            }
            return i
        }
    }

    func filter(_ table: Table, _ condition: Expr) throws -> Table {
        let index = ColumnIndex(table)
        let condition = resolvingTextValues(condition, table, index)
        warnEmptyCellsCompared(in: condition, table, index)
        if table.rowCount > 0, let mask = vector(condition, table, index)?.mask(rows: table.rowCount) {
            return table.filtering(mask)
        }
        var mask = [Bool](repeating: false, count: table.rowCount)
        for row in 0..<table.rowCount {
            if row & 1023 == 0 { try Interruption.check() }
            switch try evaluate(condition, in: .row(table, row, index)) {
            case let .bool(b): mask[row] = b
            case .missing: mask[row] = false
            case let other:
                throw Diagnostic("`where` needs a yes/no condition, but this gives \(other.kind.withArticle)",
                                 at: condition.range, hint: "compare it, for example: age >= 12")
            }
        }
        return table.filtering(mask)
    }

    func sort(_ table: Table, _ keys: [(column: ColumnRef, descending: Bool)]) throws -> Table {
        let cols = try indices(table, keys.map(\.column))
        return table.sorted(by: zip(cols, keys).map { SortKey(column: $0, descending: $1.descending) })
    }

    func top(_ table: Table, _ nExpr: Expr, _ scope: Scope) throws -> Table {
        let v = try evaluate(nExpr, in: scope)
        guard case let .number(n) = v, n >= 0, n == n.rounded() else {
            throw Diagnostic("`top` needs a whole number of rows", at: nExpr.range)
        }
        return table.head(Int(min(n, Double(Int32.max))))
    }

    /// `T with tracker`: the tracker's columns, matched by child.
    func join(_ table: Table, _ otherExpr: Expr, _ scope: Scope) throws -> Table {
        let v = try evaluate(otherExpr, in: scope)
        guard case let .table(other) = v else {
            throw Diagnostic("`with` joins a table (a tracker keyed by child), not \(v.kind.withArticle)", at: otherExpr.range,
                             hint: "to add a column, write `with name = expression`")
        }
        return try CareBuiltins.joinTables(table, other, key: "child", at: otherExpr.range)
    }

    /// `with name = expr`: adds (or replaces) columns, computed a column at a time when simple, else row by row.
    func extend(_ table: Table, _ items: [NamedExpr]) throws -> Table {
        var result = table
        for item in items {
            let index = ColumnIndex(result)
            var item = item
            item.value = resolvingTextValues(item.value, result, index)
            let tainted = result.isIdentifierRead(by: item.value, index)
            if result.rowCount > 0,
               let column = vector(item.value, result, index)?.madeColumn(item.name, rows: result.rowCount) {
                result = result.setting(column.flagged(tainted))
                continue
            }
            var values: [Value] = []
            values.reserveCapacity(result.rowCount)
            for row in 0..<result.rowCount {
                if row & 1023 == 0 { try Interruption.check() }
                values.append(try evaluate(item.value, in: .row(result, row, index)))
            }
            result = result.setting(try makeColumn(item.name, values, item.value.range).flagged(tainted))
        }
        return result
    }

    func makeColumn(_ name: String, _ values: [Value], _ range: SourceRange) throws -> Column {
        switch Column.make(name: name, values: values) {
        case let .success(c): return c
        case let .failure(e):
            let what = e.expected.map { "\($0.withArticle) column" } ?? "a column"
            throw Diagnostic("row \(e.row + 1) gives \(e.found.withArticle), which cannot go in \(what)", at: range)
        }
    }
}
