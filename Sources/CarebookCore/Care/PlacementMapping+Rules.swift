extension PlacementMapping {
    /// One row of a mapping table.
    struct Rule {
        var places: Set<UInt8>?
        var providers: Set<UInt8>?
        var group: Group

        func matches(place: UInt8, provider: UInt8?) -> Bool {
            if let places, !places.contains(place) { return false }
            guard let providers else { return true }
            return provider.map(providers.contains) ?? false
        }
    }

    static func rules(from table: Table) throws(Diagnostic) -> [Rule] {
        for name in ["place", "provider", "group"] where table.column(named: name) == nil {
            throw Diagnostic("the placement mapping has no `\(name)` column", file: table.origin,
                             notes: ["expected columns: place, provider, group, commissioned, family_based"])
        }
        let place = FieldReader(table, "place"), provider = FieldReader(table, "provider")
        let group = FieldReader(table, "group")
        let commissioned = FieldReader(table, "commissioned"), family = FieldReader(table, "family_based")
        var rules: [Rule] = []
        for row in 0..<table.rowCount {
            guard let name = group.text(row) else { continue }
            let line = row + 2
            rules.append(Rule(
                places: try codes(place.text(row), SSDA903Codes.place, table.origin, line),
                providers: try codes(provider.text(row), SSDA903Codes.provider, table.origin, line),
                group: Group(name: name, commissioned: flag(commissioned, row), familyBased: flag(family, row))))
        }
        return rules
    }

    /// The codes of a cell like `U4 U5 U6`; nil for `*` or blank (any code).
    private static func codes(_ text: String?, _ list: CodeList, _ file: String, _ line: Int) throws(Diagnostic) -> Set<UInt8>? {
        guard let text, text != "*" else { return nil }
        var out = Set<UInt8>()
        for part in text.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "|" }) {
            guard let i = list.index(of: String(part)) else {
                let at = SourceRange(SourceLocation(line: line, column: 1), SourceLocation(line: line, column: 1))
                throw Diagnostic("`\(part)` is not a \(list.field) code", at: at, file: file,
                                 hint: Suggest.nearest(to: String(part), in: list.codes).map { "did you mean `\($0)`?" })
            }
            out.insert(i)
        }
        return out
    }

    /// A yes/no cell: a boolean column, or text `true`/`yes`/`y`/`1`.
    private static func flag(_ field: FieldReader, _ row: Int) -> Bool {
        if let column = field.column, case let .bools(values) = column.storage { return values[row] ?? false }
        guard let text = field.text(row)?.lowercased() else { return false }
        return ["true", "yes", "y", "1"].contains(text)
    }
}
