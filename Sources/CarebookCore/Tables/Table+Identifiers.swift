extension Table {
    /// Column names (any case) that identify a child where a file is read: the SSDA903 `CHILD`, the
    /// pupil numbers `UPN`/`FORMER_UPN`, and the CIN census's `LAchildID`.
    ///
    /// This is the only place a name decides: from here on the flag travels with the column and with
    /// every column computed from it (`Column.isIdentifier`), whatever it is called.
    public static let identifierNames: Set<String> = ["child", "upn", "former_upn", "formerupn", "child_id", "childid",
                                                      "la_child_id", "lachildid"]

    /// The table with every column named in `identifierNames` flagged as an identifier.
    public func markingIdentifiers() -> Table {
        var out = self
        for column in columns where !column.isIdentifier && Self.identifierNames.contains(column.name.lowercased()) {
            var flagged = column
            flagged.isIdentifier = true
            out = out.setting(flagged)
        }
        return out
    }

    /// True when any column identifies a child.
    public var hasIdentifiers: Bool { columns.contains(where: \.isIdentifier) }
}
