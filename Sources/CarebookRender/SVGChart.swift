/// Draws a `Chart` as inline SVG: title, legend, y axis with rounded ticks, x axis with
/// month ticks (or category labels), and lines or grouped bars.
///
/// The markup is well-formed XML with no external references, sized by a `viewBox` so it
/// scales to the page on screen and in print. Empty values are gaps, never zeros.
public enum SVGChart {
    static let palette = ["#1d5f8a", "#d4731f", "#3f8f4a", "#8a3f8f", "#a4262c", "#5b616b"]
    static let width = 720.0, height = 360.0

    /// A `<figure>` holding the chart's SVG and, when there is one, its note.
    public static func render(_ chart: Chart) -> String {
        let frame = SVGFrame(chart: chart, width: width, height: height)
        var parts = ["<figure class=\"chart\">",
                     "<svg viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(frame.title))\" "
                        + "font-family=\"sans-serif\" font-size=\"12\">",
                     "<title>" + HTMLText.escape(frame.title) + "</title>",
                     "<rect x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"#ffffff\"/>",
                     text(16, 22, frame.title, extra: " font-size=\"15\" font-weight=\"bold\"")]
        parts += legend(chart, frame)
        parts += frame.yAxis()
        parts += frame.xAxis()
        parts += chart.kind == .line ? lines(chart, frame) : bars(chart, frame)
        parts.append("</svg>")
        if let note = chart.note { parts.append("<figcaption>" + HTMLText.escape(note) + "</figcaption>") }
        parts.append("</figure>")
        return parts.joined(separator: "\n")
    }

    /// A swatch and name per series, in a row under the title.
    static func legend(_ chart: Chart, _ frame: SVGFrame) -> [String] {
        var x = 16.0
        var out: [String] = []
        for (i, s) in chart.series.enumerated() {
            let colour = palette[i % palette.count]
            out.append("<rect x=\"\(n(x))\" y=\"34\" width=\"12\" height=\"12\" fill=\"\(colour)\"/>")
            let name = s.name.replacingUnderscores()
            out.append(text(x + 17, 44.5, name))
            x += 17 + Double(name.count) * 7 + 20
        }
        return out
    }

    /// One polyline per run of values without gaps, with a dot at each point.
    static func lines(_ chart: Chart, _ frame: SVGFrame) -> [String] {
        var out: [String] = []
        for (k, s) in chart.series.enumerated() {
            let colour = palette[k % palette.count]
            var run: [String] = []
            func flush() {
                if run.count > 1 {
                    out.append("<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"\(run.joined(separator: " "))\"/>")
                }
                run = []
            }
            for (i, v) in s.values.enumerated() {
                guard let v else { flush(); continue }
                let (x, y) = (frame.x(i), frame.y(v))
                run.append(n(x) + "," + n(y))
                if s.values.count <= 60 {
                    out.append("<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"2.5\" fill=\"\(colour)\"><title>"
                               + HTMLText.escape(chart.labelText(i) + ": " + Chart.format(v, s.type)) + "</title></circle>")
                }
            }
            flush()
        }
        return out
    }

    /// Bars grouped by label, one per series, from the zero line.
    static func bars(_ chart: Chart, _ frame: SVGFrame) -> [String] {
        var out: [String] = []
        let count = max(1, chart.series.count)
        let band = frame.band, barWidth = band * 0.8 / Double(count)
        for (k, s) in chart.series.enumerated() {
            for (i, v) in s.values.enumerated() {
                guard let v else { continue }
                let x = frame.x(i) - band * 0.4 + Double(k) * barWidth
                let (y0, y1) = (frame.y(0), frame.y(v))
                out.append("<rect x=\"\(n(x))\" y=\"\(n(min(y0, y1)))\" width=\"\(n(max(1, barWidth - 1)))\" "
                           + "height=\"\(n(abs(y1 - y0)))\" fill=\"\(palette[k % palette.count])\"><title>"
                           + HTMLText.escape(chart.labelText(i) + ": " + Chart.format(v, s.type)) + "</title></rect>")
            }
        }
        return out
    }

    static func text(_ x: Double, _ y: Double, _ s: String, anchor: String = "start", extra: String = "") -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" fill=\"#1d1d1b\"\(extra)>" + HTMLText.escape(s) + "</text>"
    }

    /// A coordinate to one decimal, without a trailing `.0`.
    static func n(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
