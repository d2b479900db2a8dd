import Foundation

/// Writes the rest of the SSDA903 return for a simulation's written children: reviews, OC2, OC3, AD1, placed for adoption and missing.
///
/// The tables are derived from the generated episodes after the simulation, drawing from
/// their own random streams (seeded from the seed and a constant, one per table and child),
/// so `header.csv` and `episodes.csv` are the same bytes with or without them. One file per
/// table per return year, as a borough submits the return: `reviews-2016-17.csv` holds
/// what the 2016-17 return would (reviews held from 1 April 2016 to 31 March 2017). The
/// first year's reviews file also holds the earlier reviews of the periods of care open on
/// its first day, as `episodes.csv` holds their earlier episodes, so reviews can be numbered.
public struct ReturnWriter: Sendable {
    let writer: EpisodeWriter
    public let years: [ReturnYear]
    public var settings: ReturnSettings
    let periods: [ReturnPeriod]
    /// Each written child's periods (indices into `periods`).
    let byChild: [Range<Int>]
    let seed: UInt64

    public init(_ writer: EpisodeWriter, settings: ReturnSettings? = nil) {
        self.writer = writer
        let p = writer.result.parameters
        years = ReturnYear.covering(from: p.from, to: p.to)
        self.settings = settings ?? ReturnSettings(years: years)
        (periods, byChild) = ReturnPeriod.build(writer)
        seed = p.seed
    }

    /// The tables, in the order written.
    public enum Table: UInt64, CaseIterable, Sendable {
        case reviews = 1, oc2, oc3, ad1, placedForAdoption, missing

        /// The file name stem: `reviews`, `oc2`, `placed-for-adoption`.
        public var stem: String {
            switch self {
            case .reviews: "reviews"
            case .oc2: "oc2"
            case .oc3: "oc3"
            case .ad1: "ad1"
            case .placedForAdoption: "placed-for-adoption"
            case .missing: "missing"
            }
        }
    }

    /// Every file: name (`oc2-2016-17.csv`) and bytes, year by year.
    public func files() -> [(name: String, bytes: [UInt8])] {
        let reviews = reviewPlan(), adoption = adoptionPlan(), missing = missingPlan()
        var out: [(String, [UInt8])] = []
        for (y, year) in years.enumerated() {
            out.append(("reviews-\(year.label).csv", reviewsFile(reviews, year: y)))
            out.append(("oc2-\(year.label).csv", oc2File(year: y)))
            out.append(("oc3-\(year.label).csv", oc3File(year: y)))
            out.append(("ad1-\(year.label).csv", ad1File(adoption, year: year)))
            out.append(("placed-for-adoption-\(year.label).csv", placedFile(adoption, year: year)))
            out.append(("missing-\(year.label).csv", missingFile(missing, year: year)))
        }
        return out
    }

    /// The random stream of one table, child and purpose: independent of the simulation's streams and of each other.
    func rng(_ table: Table, _ child: Int32, _ purpose: UInt64 = 0) -> SplitMix64 {
        SplitMix64(seed: seed ^ 0x5245_5455_524E_0903, stream: table.rawValue << 56 ^ purpose << 40 ^ UInt64(child))
    }

    func dob(_ k: Int32) -> Day { writer.result.children[Int(writer.written[Int(k)])].dob }

    /// Appends `CHILD,DOB,` for a written child.
    func appendChild(_ k: Int32, _ out: inout [UInt8]) {
        EpisodeWriter.appendID(Int(k), &out)
        out.append(ReturnWriter.comma)
        EpisodeWriter.appendDay(dob(k), &out)
        out.append(ReturnWriter.comma)
    }

    static let comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n")

    /// Chooses exactly `count` of `candidates`, more likely the heavier (order sampling on `weight`); returns a flag per candidate.
    static func choose(_ count: Int, of weights: [Double], draws: [Double]) -> [Bool] {
        var keys = weights.indices.map { i in (key: log(max(draws[i], 1e-300)) / max(weights[i], 1e-9), child: Int32(i)) }
        var chosen = Array(repeating: false, count: weights.count)
        let k = min(max(count, 0), keys.count)
        guard k > 0 else { return chosen }
        if k < keys.count { Microsimulation.selectLargest(&keys, k) }
        for entry in keys.prefix(k) { chosen[Int(entry.child)] = true }
        return chosen
    }
}
