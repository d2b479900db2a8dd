import CarebookCore
import Foundation

/// The children-in-need census `carebook synth` writes beside the 903 files.
enum CINCensus {
    /// The census years wholly inside the window, by the year they end.
    static func years(from: Day, to: Day) -> ClosedRange<Int>? {
        let first = from <= Day(year: from.year, month: 4, day: 1)! ? from.year + 1 : from.year + 2
        let last = to >= Day(year: to.year, month: 3, day: 31)! ? to.year : to.year - 1
        return first <= last ? first...last : nil
    }

    /// "2015-2017" (or one year, "2017") as a range of census years.
    static func parseYears(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...2).contains(parts.count), let a = parts.first ?? nil, let b = parts.last ?? nil, a <= b else { return nil }
        return a...b
    }

    /// The front door for the 903 children written; uncalibrated runs scale the example borough's referrals by their admissions.
    static func make(_ writer: EpisodeWriter, parameters: SynthParameters, years: ClosedRange<Int>?,
                     calibrated: Bool) -> (CensusWriter, ClosedRange<Int>)? {
        guard let years else { return nil }
        var need = NeedParameters.exampleBorough(seed: parameters.seed, censusYears: years)
        if !calibrated {
            let monthly = parameters.admissions.reduce(0, +) / Double(max(parameters.admissions.count, 1))
            need.scaleReferrals(by: monthly / NeedParameters.exampleBoroughAdmissions)
        }
        return (CensusWriter(NeedSimulation.run(need, care: writer), care: writer), years)
    }

    /// Writes each year's tables to `out/cin/<yyyy-yy>/`.
    static func write(_ census: (CensusWriter, ClosedRange<Int>)?, to out: String) throws {
        guard let (writer, years) = census else { return }
        for year in years {
            let dir = URL(fileURLWithPath: out).appendingPathComponent("cin").appendingPathComponent(CensusWriter.folder(year))
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for (name, bytes) in writer.census(year) {
                try Data(bytes).write(to: dir.appendingPathComponent(name + ".csv"))
            }
        }
    }

    /// ", and a CIN census for 2013-14 to 2019-20" (empty when the window holds no whole census year).
    static func summary(_ census: (CensusWriter, ClosedRange<Int>)?) -> String {
        guard let (_, years) = census else { return "" }
        return ", and CIN censuses for " + CensusWriter.folder(years.lowerBound)
            + (years.count > 1 ? " to " + CensusWriter.folder(years.upperBound) : "")
    }
}
