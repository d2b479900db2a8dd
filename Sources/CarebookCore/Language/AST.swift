/// An expression of the language, with the source range it was parsed from.
public struct Expr: Sendable {
    public var kind: ExprKind
    public var range: SourceRange

    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// The forms an expression takes.
public indirect enum ExprKind: Sendable {
    case literal(Value)
    case name(String)
    case list([Expr])
    case unary(UnaryOperator, Expr)
    case binary(BinaryOperator, Expr, Expr)
    /// `value within tolerance of target`.
    case within(Expr, tolerance: Expr, target: Expr)
    /// `name(args)`, or a command-style call such as `count lac`.
    case call(String, [Argument])
    /// `expr.field`.
    case field(Expr, String)
    /// `table where …`, `table by …` and the other clauses.
    case clause(Expr, Clause)
}

/// A call argument, positional or named (`to: "In-house fostering"`).
public struct Argument: Sendable {
    public var label: String?
    public var value: Expr

    public init(label: String?, value: Expr) {
        self.label = label
        self.value = value
    }
}

/// A column named in a clause, with where it was written.
public struct ColumnRef: Sendable {
    public var name: String
    public var range: SourceRange
}

/// `name = expr` inside a `with` clause.
public struct NamedExpr: Sendable {
    public var name: String
    public var nameRange: SourceRange
    public var value: Expr
}

/// A table clause, applied left to right.
public enum Clause: Sendable {
    case `where`(Expr)
    /// `by a, b`, optionally `with n = agg(…)` computed per group.
    case by([ColumnRef], aggregates: [NamedExpr])
    case sort([(column: ColumnRef, descending: Bool)])
    case top(Expr)
    case select([ColumnRef])
    case with([NamedExpr])
    /// `T with tracker`: the tracker's columns joined by child.
    case join(Expr)
    /// `expr at DATE`: evaluate at another as-at date.
    case at(Expr)
}

public enum UnaryOperator: String, Sendable {
    case negate = "-", not
}

public enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case and, or, minus, `in`

    /// The operator as it reads in a message ("add", "compare").
    public var verb: String {
        switch self {
        case .add: "add"
        case .subtract, .minus: "subtract"
        case .multiply: "multiply"
        case .divide: "divide"
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: "compare"
        case .and: "combine with `and`"
        case .or: "combine with `or`"
        case .in: "test membership of"
        }
    }
}

/// One statement of a script or one entry at the prompt.
public struct Statement: Sendable {
    public var kind: StatementKind
    public var range: SourceRange
    /// The statement's source text, exactly as written (without recorded results).
    public var text: String
}

public enum StatementKind: Sendable {
    case expression(Expr)
    case assign(String, Expr)
    /// `name.field = expr`: change one field of a record, or one unit cost (`costs.agency_fostering = £880`).
    case setField(String, String, Expr)
    case cohort(String, Expr)
    case asat(Expr)
    /// `load "PATH" [sheet: "NAME"] [as name]`.
    case load(Expr, alias: String?, sheet: Expr?)
    case assert(Expr, message: Expr?)
    /// `indicator "6.12" (title: …, numerator: …)`: defines an indicator of the catalogue.
    case indicator(IndicatorStatement)
}
