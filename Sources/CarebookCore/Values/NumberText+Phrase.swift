/// A phrase's parts as the one formatter spells them (`Phrase.text`).
extension NumberText {
    /// `3 children`, `12 months`, `52.35`, `£3,712`, `2019-03-31`, `12.1%`, `63 of 522, 12.1%`, `A1 B2`.
    public static func part(_ part: Phrase.Part) -> String {
        switch part {
        case let .words(s): s
        case let .count(n, one, many): one.isEmpty && many.isEmpty ? grouped(n) : counted(n, one, many)
        case let .quantity(n, one, many): counted(n, one, many)
        case let .number(x): brief(x)
        case let .money(m): m.formatted()
        case let .date(d): d.iso
        case let .indicator(x, unit): indicator(x, unit)
        case let .target(x, unit): indicator(x, unit)
        case let .reading(r): indicator(r)
        case let .identifiers(ids): ids.joined(separator: " ")
        }
    }
}
