/// A ledger of initiatives: investment, gross cost reduction and LAC reduction, target against forecast.
///
/// Reductions are negative money (`(1.374)` is −£1,374,000). Net = investment + gross
/// reduction, computed here rather than read. Variance = forecast − target; for money
/// a negative variance is favourable (less spent, more saved), for a LAC reduction a
/// positive one is (more children kept out of care). Totals are exact sums of pence.
public struct Ledger: Sendable {
    /// One initiative's figures; a nil LAC reduction is one the source does not give.
    public struct Line: Sendable, Equatable {
        public var line: String
        public var initiative: String
        public var investment: Pair<Money>
        public var grossReduction: Pair<Money>
        public var lacReduction: Pair<Double?>

        public init(line: String, initiative: String, investment: Pair<Money>, grossReduction: Pair<Money>,
                    lacReduction: Pair<Double?>) {
            self.line = line
            self.initiative = initiative
            self.investment = investment
            self.grossReduction = grossReduction
            self.lacReduction = lacReduction
        }

        /// Investment + gross reduction.
        public var net: Pair<Money> {
            Pair(target: Money(pence: investment.target.pence + grossReduction.target.pence),
                 forecast: Money(pence: investment.forecast.pence + grossReduction.forecast.pence))
        }
    }

    /// A target and a forecast.
    public struct Pair<T: Sendable & Equatable>: Sendable, Equatable {
        public var target: T
        public var forecast: T

        public init(target: T, forecast: T) {
            self.target = target
            self.forecast = forecast
        }
    }

    /// Whether a variance is good news.
    public enum Verdict: String, Sendable {
        case favourable, adverse, onTarget = "on target"
    }

    public var lines: [Line]

    public init(lines: [Line]) { self.lines = lines }

    public var investment: Pair<Money> { total(\.investment) }
    public var grossReduction: Pair<Money> { total(\.grossReduction) }
    public var net: Pair<Money> { total(\.net) }
    /// Total LAC reduction, blanks counting as zero.
    public var lacReduction: Pair<Double> {
        Pair(target: lines.reduce(0) { $0 + ($1.lacReduction.target ?? 0) },
             forecast: lines.reduce(0) { $0 + ($1.lacReduction.forecast ?? 0) })
    }

    private func total(_ key: KeyPath<Line, Pair<Money>>) -> Pair<Money> {
        Pair(target: Money(pence: lines.reduce(0) { $0 + $1[keyPath: key].target.pence }),
             forecast: Money(pence: lines.reduce(0) { $0 + $1[keyPath: key].forecast.pence }))
    }

    /// The verdict on a money variance (forecast − target): lower is better.
    public static func verdict(money variance: Money) -> Verdict {
        variance.pence < 0 ? .favourable : variance.pence > 0 ? .adverse : .onTarget
    }

    /// The verdict on a LAC-reduction variance (forecast − target): higher is better.
    public static func verdict(reduction variance: Double) -> Verdict {
        variance > 0 ? .favourable : variance < 0 ? .adverse : .onTarget
    }
}
