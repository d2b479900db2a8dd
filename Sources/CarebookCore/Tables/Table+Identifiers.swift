extension Table {
    /// Column names (any case; a space or hyphen reads as `_`) that identify a child where a file is
    /// read: the SSDA903 `CHILD`, the pupil numbers `UPN`/`FORMER_UPN`, the CIN census's `LAchildID`,
    /// and a tracker's `child_id`.
    ///
    /// This is the only place a name decides: from here on the flag travels with the column and with
    /// every column computed from it (`Column.isIdentifier`), whatever it is called.
    public static let identifierNames: Set<String> = ["child", "upn", "former_upn", "formerupn", "child_id", "childid",
                                                      "la_child_id", "lachildid"]

    /// The table with every column named in `identifierNames` flagged as an identifier, and read as
    /// text when it was read as numbers (`1002`, not `1,002`: an ID is a label, and as text it is
    /// found wherever it goes, `t.CHILD` and `max(t.CHILD)` included).
    public func markingIdentifiers() -> Table {
        var out = self
        for column in columns where !column.isIdentifier && Self.isIdentifierName(column.name) {
            var flagged = column.identifierText
            flagged.isIdentifier = true
            out = out.setting(flagged)
        }
        return out
    }

    /// True for a name in `identifierNames`, ignoring case and reading spaces and hyphens as `_` (`Child ID`).
    static func isIdentifierName(_ name: String) -> Bool {
        identifierNames.contains(String(name.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 }))
    }
}

extension Column {
    /// The column as text when it holds plain numbers: whole numbers without separators; otherwise unchanged.
    var identifierText: Column {
        guard case let .numbers(values, percent: false) = storage else { return self }
        var builder = TextColumnBuilder()
        for x in values {
            if x.isNaN { builder.appendMissing(); continue }
            builder.append(NumberText.exact(x))
        }
        return Column(name: name, storage: builder.storage, levels: levels, identifier: isIdentifier)
    }
}
