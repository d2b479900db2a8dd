extension Column {
    /// A column of the given type from values; values of another kind are stored as missing.
    public static func build(name: String, type: ColumnType, values: [Value], levels: [String]? = nil) -> Column {
        let storage: Storage
        switch type {
        case .number, .percent:
            storage = .numbers(values.map { v in
                switch v { case let .number(x), let .percent(x): x; default: .nan }
            }, percent: type == .percent)
        case .money:
            storage = .money(values.map { if case let .money(m) = $0 { m.pence } else { missingInteger } })
        case .date:
            storage = .dates(values.map { if case let .date(d) = $0 { Int64(d.number) } else { missingInteger } })
        case .duration:
            storage = .durations(values.map { if case let .duration(d) = $0 { d } else { nil } })
        case .bool:
            storage = .bools(values.map { if case let .bool(b) = $0 { b } else { nil } })
        case .text:
            var builder = TextColumnBuilder()
            for v in values {
                if case let .text(s) = v.spelled { builder.append(s) } else { builder.appendMissing() }
            }
            storage = builder.storage
        }
        return Column(name: name, storage: storage, levels: levels)
    }

    /// A column holding the given rows of this one, with a missing cell wherever the row is negative.
    public func gathering(optional rows: [Int]) -> Column {
        let gathered: Storage = switch storage {
        case let .numbers(v, p): .numbers(rows.map { $0 < 0 ? .nan : v[$0] }, percent: p)
        case let .money(v): .money(rows.map { $0 < 0 ? Column.missingInteger : v[$0] })
        case let .dates(v): .dates(rows.map { $0 < 0 ? Column.missingInteger : v[$0] })
        case let .durations(v): .durations(rows.map { $0 < 0 ? nil : v[$0] })
        case let .text(codes, d): .text(codes: rows.map { $0 < 0 ? -1 : codes[$0] }, dictionary: d)
        case let .bools(v): .bools(rows.map { $0 < 0 ? nil : v[$0] })
        }
        return Column(name: name, storage: gathered, levels: levels, identifier: isIdentifier)
    }
}
