extension SVGFrame {
    /// A time axis: a small tick at the start of every month (when fewer than 121), and a labelled
    /// tick every 1, 2, 3, 6, 12… months so that at most nine labels show. Quarters and longer
    /// steps start in April, as local authorities' financial years do.
    func monthAxis(_ days: [Int]) -> [String] {
        guard let first = days.min(), let last = days.max() else { return [] }
        let months = Self.monthStarts(from: first, to: last)
        let step = [1, 2, 3, 6, 12, 24, 60, 120].first { months.count / $0 <= 9 } ?? 240
        var out: [String] = []
        for month in months {
            let (y, m, _) = month.components
            let index = y * 12 + m - 1 - (step >= 3 ? 3 : 0)
            let labelled = index % step == 0
            guard labelled || months.count <= 120 else { continue }
            let xx = last == first ? (left + right) / 2 : left + (right - left) * Double(Int(month.number) - first) / Double(last - first)
            out.append("<line x1=\"\(SVGChart.n(xx))\" y1=\"\(SVGChart.n(bottom))\" x2=\"\(SVGChart.n(xx))\" "
                       + "y2=\"\(SVGChart.n(bottom + (labelled ? 6 : 3)))\" stroke=\"#5b616b\"/>")
            if labelled { out.append(SVGChart.text(xx, bottom + 20, month.monthYear, anchor: "middle")) }
        }
        return out
    }

    /// The first day of every month that starts within `first…last` (day numbers).
    static func monthStarts(from first: Int, to last: Int) -> [Day] {
        let start = Day(number: Int32(first))
        var month = start.adding(days: 1 - start.components.day)
        if Int(month.number) < first { month = month.adding(months: 1) }
        var out: [Day] = []
        while Int(month.number) <= last, out.count < 2400 {
            out.append(month)
            month = month.adding(months: 1)
        }
        return out
    }
}
