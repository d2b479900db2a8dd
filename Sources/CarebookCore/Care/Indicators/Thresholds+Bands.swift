extension Thresholds {
    /// The value ranges rated red, amber and green, in words, following `RAG.rate` exactly:
    /// for a low-is-good 8.2 with red and amber both 12% and green 9.6%, green "below 9.6%",
    /// amber "9.6% to under 12.0%", red "12.0% or more". Coinciding red and amber thresholds
    /// (the seeds' way of writing one boundary) then read as the three bands they make.
    /// A band no value falls in is nil; all are nil for `.info` measures and unset thresholds.
    public func bands(_ polarity: Polarity, _ format: (Double) -> String) -> (red: String?, amber: String?, green: String?) {
        guard polarity != .info, isSet else { return (nil, nil, nil) }
        if polarity == .withinLimits { return limitBands(format) }
        let r = red ?? amber, g = green
        if polarity == .high {
            let amberBand: String? = switch (r, g) {
            case let (r?, g?): r < g ? "\(format(r)) to under \(format(g))" : nil
            case let (r?, nil): "\(format(r)) or more"
            default: nil
            }
            return ((r ?? g).map { "below \(format($0))" }, amberBand, g.map { "\(format($0)) or more" })
        }
        let amberBand: String? = switch (r, g) {
        case let (r?, g?): g < r ? "\(format(g)) to under \(format(r))" : nil
        case let (r?, nil): "below \(format(r))"
        default: nil
        }
        return ((r ?? g).map { "\(format($0)) or more" }, amberBand, g.map { "below \(format($0))" })
    }
}

extension Thresholds {
    /// The bands of a `within limits` measure: green `14.0 to 20.0`, amber `13.9 to 20.2 outside green`,
    /// red `below 13.9 or above 20.2` (below or above the green range when there is no amber range).
    func limitBands(_ format: (Double) -> String) -> (red: String?, amber: String?, green: String?) {
        guard let lower = green, let upper = greenUpper else { return (nil, nil, nil) }
        let greenBand = "\(format(lower)) to \(format(upper))"
        if let a = amber, let b = amberUpper {
            return ("below \(format(a)) or above \(format(b))", "\(format(a)) to \(format(b)) outside green", greenBand)
        }
        return ("below \(format(lower)) or above \(format(upper))", nil, greenBand)
    }
}
