/// A lexical token with the source range it came from.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case number(Double)
        case percent(Double)
        case money(Money)
        case date(Day)
        case text(String)
        case identifier(String)
        case keyword(Keyword)
        /// An operator or punctuation: `+ - * / ( ) [ ] , : . = == != < <= > >=`.
        case symbol(String)
        case newline
        case end
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// True for the symbol `s`.
    public func isSymbol(_ s: String) -> Bool { kind == .symbol(s) }

    /// True for the keyword `k`.
    public func isKeyword(_ k: Keyword) -> Bool { kind == .keyword(k) }

    /// How the token reads in an error message.
    public var display: String {
        switch kind {
        case let .number(x): NumberText.exact(x)
        case let .percent(x): NumberText.briefPercent(x)
        case let .money(m): m.formatted()
        case let .date(d): d.iso
        case let .text(s): "\"\(s)\""
        case let .identifier(s): "`\(s)`"
        case let .keyword(k): "`\(k.rawValue)`"
        case let .symbol(s): "`\(s)`"
        case .newline: "end of line"
        case .end: "end of input"
        }
    }
}

/// Reserved words of the language.
public enum Keyword: String, Sendable, CaseIterable {
    case and, or, not, `in`, minus
    case `where`, by, sort, desc, asc, top, select, with, at
    case within, of
    case `true`, `false`, missing
    case asat, load, `as`, cohort, assert

    /// Keywords that start a table clause.
    public static let clauses: Set<Keyword> = [.where, .by, .sort, .top, .select, .with, .at]

    /// Keywords after which a statement cannot end (it continues on the next line).
    public static let expectingOperand: Set<Keyword> = [.and, .or, .not, .in, .minus, .where, .by, .sort,
                                                         .top, .select, .with, .at, .within, .of, .as]
}
