import CarebookCore
import CarebookRender
import Foundation

/// `carebook synth`: writes a synthetic SSDA903 data set, optionally calibrated to a targets file.
public enum SynthCLI {
    /// Generates the data set and writes `header.csv`, `episodes.csv`, `uasc.csv`, `districts.csv` and `plans.csv` to `out`,
    /// the children-in-need census (`cin/<yyyy-yy>/<table>.csv`, one folder per whole census year in the window),
    /// and the rest of the return, one file per table per return year, to `out/return/`.
    ///
    /// With `calibrate`, the targets file sets admissions and stock (so `children`
    /// is not used), the rates are tuned, `calibration-report.txt` is written, and
    /// the exit status is 1 when a target is still out of tolerance. With
    /// `returnTargets`, the other tables are tuned to the return indicators' figures and
    /// their report lines are added to the same report. With `calibrateAdoption` as well, the
    /// calibration then tunes the adoption path's timing (`SynthAdoption`) towards the 10.1, 10.4
    /// and 10.5 rows of the return targets, as far as the other targets allow.
    public static func run(children: Int, from: String, to: String, seed: UInt64, out: String, calibrate: String?,
                           censusYears: String? = nil, returnTargets: String? = nil, calibrateAdoption: Bool = false) -> Int32 {
        run(children: children, from: from, to: to, seed: seed, out: out, calibrate: calibrate, censusYears: censusYears,
            returnTargets: returnTargets, calibrateAdoption: calibrateAdoption,
            sink: StandardOutput())
    }

    static func run(children: Int, from: String, to: String, seed: UInt64, out: String, calibrate: String?,
                    censusYears: String? = nil, returnTargets: String? = nil, calibrateAdoption: Bool = false,
                    sink: OutputSink) -> Int32 {
        guard let start = Day.parse(from), let end = Day.parse(to), start <= end else {
            sink.writeError("error: --from and --to must be dates (yyyy-mm-dd), --from first\n")
            return 2
        }
        guard children > 0 else { sink.writeError("error: --children must be at least 1\n"); return 2 }
        var years = CINCensus.years(from: start, to: end)
        if let censusYears {
            guard let chosen = CINCensus.parseYears(censusYears), let whole = years, whole.contains(chosen.lowerBound),
                  whole.contains(chosen.upperBound) else {
                sink.writeError("error: --census-years must be FIRST-LAST, years ending 31 March inside the window ("
                                + (years.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "none") + ")\n")
                return 2
            }
            years = chosen
        }
        let clock = ContinuousClock(), began = clock.now
        var parameters = SynthParameters.standard(children: children, from: start, to: end, seed: seed)
        var report: [String]?
        var passed = true
        if let calibrate {
            switch calibrated(parameters, file: calibrate, returnTargets: calibrateAdoption ? returnTargets : nil, sink: sink) {
            case let .success(outcome):
                parameters = outcome.parameters
                passed = outcome.passed
                report = ["calibrated in \(outcome.rounds) rounds; \(outcome.checks.filter(\.passed).count) of "
                          + "\(outcome.checks.count) targets within tolerance"] + outcome.checks.map(CalibrationReport.line)
            case let .failure(d):
                sink.writeError(DiagnosticRenderer.render(d, source: nil) + "\n")
                return 2
            }
        }
        let writer = EpisodeWriter(Microsimulation.run(parameters))
        let episodes = writer.episodes()
        let census = CINCensus.make(writer, parameters: parameters, years: years, calibrated: calibrate != nil)
        var returnWriter = ReturnWriter(writer)
        if let returnTargets {
            switch returnCalibrated(returnWriter, file: returnTargets) {
            case let .success(outcome):
                returnWriter.settings = outcome.settings
                passed = passed && outcome.passed
                report = (report ?? []) + ["return tables: \(outcome.checks.filter(\.passed).count) of \(outcome.checks.count) "
                                           + "return targets within tolerance"] + outcome.checks.map(CalibrationReport.line)
            case let .failure(d):
                sink.writeError(DiagnosticRenderer.render(d, source: nil) + "\n")
                return 2
            }
        }
        do {
            try write(out, writer: writer, episodes: episodes, report: report, parameters: parameters)
            try CINCensus.write(census, to: out)
            try writeReturn(out, returnWriter)
        } catch {
            sink.writeError("error: cannot write to \(out): \(error.localizedDescription)\n")
            return 2
        }
        let seconds = Double((clock.now - began).components.attoseconds) / 1e18 + Double((clock.now - began).components.seconds)
        let rows = episodes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } - 1
        sink.write("wrote \(writer.childCount) children and \(rows) episodes" + CINCensus.summary(census) + " to \(out) in "
                   + NumberText.fixed(seconds, 2) + " s, and the rest of the return for "
                   + "\(returnWriter.years.first!.label) to \(returnWriter.years.last!.label) to \(out)/return\n")
        if let report { sink.write(report.joined(separator: "\n") + "\n") }
        if let cin = census?.report { sink.write(cin.joined(separator: "\n") + "\n") }
        return passed && census?.passed != false ? 0 : 1
    }

    /// Calibrates the episodes to the targets file, and to the adoption rows (10.1, 10.4, 10.5) of the return targets when given.
    static func calibrated(_ base: SynthParameters, file: String, returnTargets: String? = nil,
                           sink: OutputSink) -> Result<Calibrator.Outcome, Diagnostic> {
        let data: [UInt8]
        switch RegularFile.read(path: file) {
        case let .success(bytes): data = bytes
        case let .failure(f):
            return .failure(Diagnostic("cannot read the calibration targets file: " + RegularFile.message(f, path: file, kind: "a file"), file: file))
        }
        var adoption: [ReturnTarget] = []
        if let returnTargets, case let .success(bytes) = RegularFile.read(path: returnTargets),
           case let .success(parsed) = ReturnTargets.parse(String(decoding: bytes, as: UTF8.self), file: returnTargets) {
            adoption = parsed.targets   // an unreadable file is reported when the return tables are tuned
        }
        return CalibrationTargets.parse(String(decoding: data, as: UTF8.self), file: file).map { targets in
            Calibrator(targets: targets, adoptionTargets: adoption).calibrate(base)
        }
    }

    static func returnCalibrated(_ base: ReturnWriter, file: String) -> Result<ReturnCalibrator.Outcome, Diagnostic> {
        switch RegularFile.read(path: file) {
        case let .success(bytes):
            return ReturnTargets.parse(String(decoding: bytes, as: UTF8.self), file: file).map { targets in
                ReturnCalibrator(targets: targets).calibrate(base)
            }
        case let .failure(f):
            return .failure(Diagnostic("cannot read the return targets file: " + RegularFile.message(f, path: file, kind: "a file"), file: file))
        }
    }

    /// Writes the other return tables to `out/return/`, one file per table per return year.
    static func writeReturn(_ out: String, _ writer: ReturnWriter) throws {
        let folder = URL(fileURLWithPath: out).appendingPathComponent("return")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in writer.files() { try Data(file.bytes).write(to: folder.appendingPathComponent(file.name)) }
    }

    static func write(_ out: String, writer: EpisodeWriter, episodes: [UInt8], report: [String]?,
                      parameters: SynthParameters) throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: out, withIntermediateDirectories: true)
        let header = writer.header()
        func save(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: URL(fileURLWithPath: out).appendingPathComponent(name))
        }
        try save("header.csv", header)
        try save("episodes.csv", episodes)
        try save("uasc.csv", writer.uasc())
        try save("districts.csv", Array(("district\n" + SynthPostcodes.inBorough.joined(separator: "\n") + "\n").utf8))
        // The tracker needs the care engine's view of the data: borough-sized sets only.
        if episodes.count < 20_000_000, let data = try? SynthMeasurement(header: header, episodes: episodes,
                                            inBoroughDistricts: Set(SynthPostcodes.inBorough)).data {
            let asAt = parameters.to, planStart = max(parameters.from, asAt.adding(months: -12).adding(days: 1))
            try save("plans.csv", PlansTracker(data: data, planStart: planStart, asAt: asAt, seed: parameters.seed).csv())
        }
        if let report { try save("calibration-report.txt", Array((report.joined(separator: "\n") + "\n").utf8)) }
    }
}
