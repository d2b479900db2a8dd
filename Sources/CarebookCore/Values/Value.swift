/// A value of the carebook language.
public enum Value: Sendable {
    case number(Double)
    /// A fraction: `72%` is `.percent(0.72)`.
    case percent(Double)
    case money(Money)
    case date(Day)
    case duration(Duration)
    case text(String)
    /// Prose with typed figures (`explain`, a plan's summary); the language reads it as its text (`Phrase.text`).
    case phrase(Phrase)
    case bool(Bool)
    case list([Value])
    case table(Table)
    /// Named fields, in order (a plan, a load summary, an indicator result).
    case record(Record)
    /// A line or bar chart; the language reads it as a record (`Chart.fields`).
    case chart(Chart)
    /// A plan of moves and the money it saves; the language reads it as a record (`Plan.record`).
    case plan(Plan)
    /// A month-by-month projection with the unit costs it was costed with; read as a record (`CostedProjection.record`).
    case projection(CostedProjection)
    /// A projection from a past date against what happened; read as a record (`Backtest.record`).
    case backtest(Backtest)
    /// An indicator's result and direction of travel; read as a record (`IndicatorReading.record`).
    case indicator(IndicatorReading)
    /// An empty cell or an absent value.
    case missing

    /// The value's kind, as used in messages ("money", "date", …).
    public var kind: ValueKind {
        switch self {
        case .number: .number
        case .percent: .percent
        case .money: .money
        case .date: .date
        case .duration: .duration
        case .text, .phrase: .text
        case .bool: .bool
        case .list: .list
        case .table: .table
        case .record, .chart, .plan, .projection, .backtest, .indicator: .record
        case .missing: .missing
        }
    }
}

/// The kinds of value, named as users see them.
public enum ValueKind: String, Sendable, CaseIterable {
    case number, percent, money, date, duration, text, bool = "boolean", list, table, record, missing

    /// "a number", "an empty value", … for messages.
    public var withArticle: String {
        switch self {
        case .missing: "an empty value"
        case .money: "money"
        case .text: "text"
        default: ("aeiou".contains(rawValue.first!) ? "an " : "a ") + rawValue
        }
    }
}

/// Named fields in order, such as the result of a plan or a load.
public struct Record: Sendable {
    /// A short title naming what the record is ("plan", "load").
    public var title: String
    public var fields: [(name: String, value: Value)]
    /// Keys to symbols in some of the fields (CarebookRender prints them).
    public var keys: [SymbolKey]

    public init(title: String, fields: [(name: String, value: Value)], keys: [SymbolKey] = []) {
        self.title = title
        self.fields = fields
        self.keys = keys
    }

    public subscript(name: String) -> Value? {
        fields.first { $0.name == name }?.value
    }
}

extension Value {
    /// Structural equality used by `==`, `in` and the replay checker; numbers compare exactly.
    public func isEqual(to other: Value) -> Bool {
        switch (self.spelled, other.spelled) {
        case let (.number(a), .number(b)): return a == b
        case let (.percent(a), .percent(b)): return a == b
        case let (.money(a), .money(b)): return a == b
        case let (.date(a), .date(b)): return a == b
        case let (.duration(a), .duration(b)): return a == b
        case let (.text(a), .text(b)): return a == b
        case let (.bool(a), .bool(b)): return a == b
        case (.missing, .missing): return true
        case let (.list(a), .list(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.isEqual(to: $1) }
        default: return false
        }
    }

    /// The named fields the language reads with `value.name`: a record's, or a chart's; nil for other values.
    public var fieldRecord: Record? {
        switch self {
        case let .record(r): r
        case let .chart(c): c.fields
        case let .plan(p): p.record
        case let .projection(p): p.record
        case let .backtest(b): b.record
        case let .indicator(i): i.record
        default: nil
        }
    }

    /// The value with a phrase as its text (`Phrase.text`): what operators, lists and function arguments see.
    public var spelled: Value {
        if case let .phrase(p) = self { .text(p.text) } else { self }
    }

    /// True unless the value is `false` or missing.
    public var isTruthy: Bool {
        switch self {
        case let .bool(b): b
        case .missing: false
        default: true
        }
    }
}
