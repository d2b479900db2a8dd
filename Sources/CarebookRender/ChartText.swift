/// Draws a `Chart` in the terminal with text: a line chart as a grid of points, a bar chart as
/// one bar per label and series. The numbers are those the SVG chart draws.
public enum ChartText {
    static let glyphs: [Character] = ["●", "○", "◆", "▲", "■", "×"]
    static let plotHeight = 10, plotWidth = 60, barWidth = 40

    /// The chart as lines of text (title, plot, axis labels, legend, note), fitted to `width`
    /// columns when a terminal width is known (scripts and recordings use the fixed default).
    public static func render(_ chart: Chart, width: Int? = nil) -> String {
        var lines: [String] = chart.title.isEmpty ? [] : [chart.title]
        let plot = width.map { min(160, max(24, $0 - 12)) } ?? plotWidth
        let bars = width.map { w in min(120, max(10, w - 30 - (chart.labels.indices.map { DisplayWidth.of(chart.labelText($0)) }.max() ?? 0))) } ?? barWidth
        lines += chart.kind == .line ? linePlot(chart, columns: plot) : barPlot(chart, width: bars)
        if chart.series.count > 1 || chart.kind == .line {
            lines.append(chart.series.enumerated().map { "\(glyphs[$0.offset % glyphs.count]) " + $0.element.name.replacingUnderscores() }
                .joined(separator: "  "))
        }
        if let note = chart.note { lines += TextLayout.lines("(" + note + ")", width: width) }
        return lines.joined(separator: "\n")
    }

    static func linePlot(_ chart: Chart, columns: Int) -> [String] {
        let count = chart.labels.count
        guard count > 0 else { return ["(no data)"] }
        let values = chart.series.flatMap { $0.values.compactMap { $0 } }
        let ticks = SVGFrame.niceTicks(low: min(0, values.min() ?? 0), high: max(0, values.max() ?? 1))
        let (lo, hi) = (ticks.first!, ticks.last!)
        let row = { (v: Double) in min(plotHeight - 1, max(0, Int(((hi - v) / (hi - lo) * Double(plotHeight - 1)).rounded()))) }
        var grid = Array(repeating: Array(repeating: Character(" "), count: columns), count: plotHeight)
        for (k, s) in chart.series.enumerated() {
            for i in 0..<count {
                guard let v = s.values[i] else { continue }
                grid[row(v)][Int((chart.fraction(i) * Double(columns - 1)).rounded())] = glyphs[k % glyphs.count]
            }
        }
        let type = chart.series.first?.type ?? .number
        var labels: [Int: String] = [:]
        for t in ticks where labels[row(t)] == nil { labels[row(t)] = SVGFrame.tickLabel(t, type) }
        let pad = labels.values.map { DisplayWidth.of($0) }.max() ?? 1
        var out = grid.enumerated().map { r, cells in
            DisplayWidth.pad(labels[r] ?? "", to: pad, rightAligned: true) + (labels[r] == nil ? " │" : " ┤") + String(cells)
        }
        out.append(String(repeating: " ", count: pad) + " └" + String(repeating: "─", count: columns))
        out.append(String(repeating: " ", count: pad + 2) + axisLabels(chart, columns: columns))
        return out.map { $0.trimmingTrailingSpaces() }
    }

    /// The point nearest column `j`.
    static func index(_ j: Int, _ columns: Int, _ count: Int) -> Int {
        columns <= 1 ? 0 : Int((Double(j) * Double(count - 1) / Double(columns - 1)).rounded())
    }

    /// The first and last labels under the axis ends (and the middle one when there is room).
    static func axisLabels(_ chart: Chart, columns: Int) -> String {
        let first = chart.labelText(0), last = chart.labelText(chart.labels.count - 1)
        guard chart.labels.count > 1 else { return first }
        var line = first
        let middle = chart.days.map { d in Day(number: Int32((d.min()! + d.max()!) / 2)).monthYear }
            ?? chart.labelText(index(columns / 2, columns, chart.labels.count))
        let midAt = columns / 2 - DisplayWidth.of(middle) / 2
        if midAt > DisplayWidth.of(line) + 1, midAt + DisplayWidth.of(middle) + 1 < columns - DisplayWidth.of(last) {
            line += String(repeating: " ", count: midAt - DisplayWidth.of(line)) + middle
        }
        let gap = max(1, columns - DisplayWidth.of(line) - DisplayWidth.of(last))
        return line + String(repeating: " ", count: gap) + last
    }

    static func barPlot(_ chart: Chart, width barWidth: Int) -> [String] {
        let top = chart.series.flatMap { $0.values.compactMap { $0.map(abs) } }.max() ?? 0
        let names = chart.labels.indices.map { chart.labelText($0) }
        let pad = names.map { DisplayWidth.of($0) }.max() ?? 0
        var out: [String] = []
        for (i, name) in names.enumerated() {
            for (k, s) in chart.series.enumerated() {
                let label = k == 0 ? DisplayWidth.pad(name, to: pad, rightAligned: false) : String(repeating: " ", count: pad)
                let glyph = chart.series.count > 1 ? "\(glyphs[k % glyphs.count]) " : ""
                guard let v = s.values[i] else { out.append(label + " │ " + glyph + "(empty)"); continue }
                let length = top > 0 ? Int((abs(v) / top * Double(barWidth)).rounded()) : 0
                out.append(label + " │ " + glyph + String(repeating: "█", count: length) + " " + Chart.format(v, s.type))
            }
        }
        return out
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
