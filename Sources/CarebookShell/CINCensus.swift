import CarebookCore
import CarebookRender
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

    /// A census ready to write: the writer, its years, and (when calibrated) the report lines.
    struct Made {
        var writer: CensusWriter
        var years: ClosedRange<Int>
        var report: [String]?
        var passed = true
    }

    /// The front door for the 903 children written.
    ///
    /// Calibrated runs tune the example borough's rates to seed 004 (`NeedCalibrator`); others scale
    /// its referrals by their admissions to care.
    static func make(_ writer: EpisodeWriter, parameters: SynthParameters, years: ClosedRange<Int>?,
                     calibrated: Bool) -> Made? {
        guard let years else { return nil }
        var need = NeedParameters.exampleBorough(seed: parameters.seed, censusYears: years)
        guard calibrated else {
            let monthly = parameters.admissions.reduce(0, +) / Double(max(parameters.admissions.count, 1))
            need.scaleReferrals(by: monthly / NeedParameters.exampleBoroughAdmissions)
            return Made(writer: CensusWriter(NeedSimulation.run(need, care: writer), care: writer), years: years)
        }
        let outcome = NeedCalibrator().calibrate(need, care: writer)
        let report = ["CIN census calibrated in \(outcome.rounds) rounds; \(outcome.checks.filter(\.passed).count) of "
                      + "\(outcome.checks.count) seed 004 figures within tolerance"] + outcome.checks.map(CalibrationReport.line)
        return Made(writer: CensusWriter(NeedSimulation.run(outcome.parameters, care: writer), care: writer), years: years,
                    report: report, passed: outcome.checks.allSatisfy(\.passed))
    }

    /// Writes each year's tables to `out/cin/<yyyy-yy>/`.
    static func write(_ census: Made?, to out: String) throws {
        guard let census else { return }
        let (writer, years) = (census.writer, census.years)
        for year in years {
            let dir = URL(fileURLWithPath: out).appendingPathComponent("cin").appendingPathComponent(CensusWriter.folder(year))
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for (name, bytes) in writer.census(year) {
                try Data(bytes).write(to: dir.appendingPathComponent(name + ".csv"))
            }
        }
        if let report = census.report {
            try Data((report.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: out)
                .appendingPathComponent("cin-calibration-report.txt"))
        }
    }

    /// ", and a CIN census for 2013-14 to 2019-20" (empty when the window holds no whole census year).
    static func summary(_ census: Made?) -> String {
        guard let years = census?.years else { return "" }
        return ", and CIN censuses for " + CensusWriter.folder(years.lowerBound)
            + (years.count > 1 ? " to " + CensusWriter.folder(years.upperBound) : "")
    }
}
