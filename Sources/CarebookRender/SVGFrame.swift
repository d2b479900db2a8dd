/// The plot area of an SVG chart: scales from data to coordinates, and the axes.
struct SVGFrame {
    let chart: Chart
    let left = 72.0, right: Double, top = 62.0, bottom: Double
    /// The y range shown, from rounded ticks that include zero.
    let ticks: [Double]
    let rotateLabels: Bool

    init(chart: Chart, width: Double, height: Double) {
        self.chart = chart
        right = width - 20
        rotateLabels = !chart.hasDates && (chart.labels.count > 8 || (0..<chart.labels.count).contains { chart.labelText($0).count > 10 })
        bottom = height - (rotateLabels ? 86 : 42)
        let values = chart.series.flatMap { $0.values.compactMap { $0 } }
        ticks = Self.niceTicks(low: min(0, values.min() ?? 0), high: max(0, values.max() ?? 1))
    }

    var title: String { chart.title.isEmpty ? chart.series.map { $0.name.replacingUnderscores() }.joined(separator: ", ") : chart.title }

    /// The width each label has along the x axis.
    var band: Double { (right - left) / Double(max(1, chart.labels.count)) }

    func x(_ i: Int) -> Double {
        if chart.kind == .bar { return left + band * (Double(i) + 0.5) }
        return left + (right - left) * chart.fraction(i)
    }

    func y(_ v: Double) -> Double {
        let (lo, hi) = (ticks.first!, ticks.last!)
        return bottom - (bottom - top) * (v - lo) / (hi - lo)
    }

    /// Ticks at 1, 2 or 5 × 10ⁿ covering `low…high`, about five of them.
    static func niceTicks(low: Double, high: Double) -> [Double] {
        let span = high - low > 0 ? high - low : max(1, abs(high))
        let raw = span / 5
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? magnitude * 10
        let start = (low / step).rounded(.down) * step
        var ticks: [Double] = []
        var t = start
        while ticks.count < 20 {
            ticks.append(t)
            if t >= high { break }
            t += step
        }
        if ticks.count < 2 { ticks.append(start + step) }
        return ticks
    }

    /// Grid lines and labels for the y ticks, in the first series' unit.
    func yAxis() -> [String] {
        let type = chart.series.first?.type ?? .number
        var out = ["<line x1=\"\(SVGChart.n(left))\" y1=\"\(SVGChart.n(top))\" x2=\"\(SVGChart.n(left))\" y2=\"\(SVGChart.n(bottom))\" stroke=\"#5b616b\"/>"]
        for t in ticks {
            let yy = SVGChart.n(y(t))
            let stroke = t == 0 ? "#5b616b" : "#e1e4e8"
            out.append("<line x1=\"\(SVGChart.n(left))\" y1=\"\(yy)\" x2=\"\(SVGChart.n(right))\" y2=\"\(yy)\" stroke=\"\(stroke)\"/>")
            out.append(SVGChart.text(left - 6, y(t) + 4, Self.tickLabel(t, type), anchor: "end"))
        }
        return out
    }

    /// Tick marks at every label (when not crowded) and text at every `step`th; months on a time scale.
    func xAxis() -> [String] {
        if let days = chart.days { return monthAxis(days) }
        var out: [String] = []
        let count = chart.labels.count
        let step = labelStep(count)
        for i in 0..<count {
            let xx = x(i)
            if count <= 120 || i % step == 0 {
                let length = i % step == 0 ? 6.0 : 3.0
                out.append("<line x1=\"\(SVGChart.n(xx))\" y1=\"\(SVGChart.n(bottom))\" x2=\"\(SVGChart.n(xx))\" "
                           + "y2=\"\(SVGChart.n(bottom + length))\" stroke=\"#5b616b\"/>")
            }
            guard i % step == 0 else { continue }
            if rotateLabels {
                out.append(SVGChart.text(xx, bottom + 14, chart.labelText(i), anchor: "end",
                                         extra: " transform=\"rotate(-40 \(SVGChart.n(xx)) \(SVGChart.n(bottom + 14)))\""))
            } else {
                out.append(SVGChart.text(xx, bottom + 20, chart.labelText(i), anchor: "middle"))
            }
        }
        return out
    }

    /// Every how many labels one is written: 1 for a few; for months 1, 3, 6, 12 or more so about ten show.
    func labelStep(_ count: Int) -> Int {
        let room = rotateLabels ? 24 : (chart.hasDates ? 10 : 12)
        guard count > room else { return 1 }
        let steps = chart.hasDates ? [1, 2, 3, 6, 12, 24, 36, 60, 120] : [1, 2, 5, 10, 20, 50, 100, 200, 500]
        return steps.first { count / $0 <= room } ?? count / room + 1
    }

    /// `£1.2m`, `£250k`, `40%`, `1,200`.
    static func tickLabel(_ t: Double, _ type: ColumnType) -> String {
        switch type {
        case .money:
            let m = abs(t), sign = t < 0 ? "-" : ""
            if m >= 1_000_000 { return sign + "£" + NumberText.number(m / 1_000_000) + "m" }
            if m >= 10_000 { return sign + "£" + NumberText.number(m / 1_000) + "k" }
            return sign + "£" + NumberText.number(m)
        case .percent: return NumberText.percent(t, alwaysDecimal: false)
        default: return NumberText.number(t)
        }
    }
}
