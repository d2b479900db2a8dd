import ArgumentParser
import CarebookShell

/// `carebook`: the command line. Parsing only; the work is in CarebookShell.
struct Carebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "carebook",
        abstract: "A shell for children's social care data: looked-after children, placements, indicators and money.",
        version: CarebookVersion.current,
        subcommands: [Run.self, Check.self, Render.self, Synth.self],
        defaultSubcommand: Run.self
    )
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Start the interactive shell, or run a script (piped input runs as a script)."
    )

    @ArgumentParser.Argument(help: "A script (.cb) to run.") var file: String?
    @Flag(help: "Continue past errors and failed asserts, reporting each.") var keepGoing = false
    @Flag(help: "Replay the journal of a session that did not end cleanly (the newest, or the journal given as FILE), so it can be saved.") var recover = false
    @Flag(help: "Start the interactive shell without loading the bundled data.") var noData = false

    func run() throws {
        let status = CarebookCLI.shell(file: file, keepGoing: keepGoing, recover: recover, noData: noData)
        if status != 0 { throw ExitCode(status) }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replay scripts and report every result that differs from the one recorded beneath it."
    )

    @ArgumentParser.Argument(help: "Scripts to check.") var files: [String]
    @Flag(help: "Rewrite the recorded results with the actual ones.") var update = false

    func run() throws {
        let status = CarebookCLI.check(files: files, update: update)
        if status != 0 { throw ExitCode(status) }
    }
}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a script and write it as a report: Markdown, or one self-contained HTML file with charts."
    )

    @ArgumentParser.Argument(help: "The script (.cb) to run.") var file: String
    @Option(name: .shortAndLong, help: "The report to write: OUT.md or OUT.html.") var output: String
    @Flag(help: "Suppress small numbers, for a report to be published.") var publish = false
    @Option(help: "With --publish, counts below this are suppressed.") var threshold = 5
    @Flag(help: "Show child IDs (`list`, and identifiers a published report withholds); the footer says so.") var allowIds = false
    @Flag(help: "Stop at the first failing statement.") var bail = false

    func run() throws {
        let status = CarebookCLI.render(file: file, output: output, publish: publish, threshold: threshold,
                                        allowIDs: allowIds, bail: bail)
        if status != 0 { throw ExitCode(status) }
    }
}

struct Synth: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic SSDA903 data set (header, episodes and the rest of the return) from a calibrated microsimulation."
    )

    @Option(help: "About how many children the data set holds.") var children = 2_000
    @Option(help: "First day of the data (yyyy-mm-dd).") var from = "2013-04-01"
    @Option(help: "Last day of the data (yyyy-mm-dd).") var to = "2020-03-31"
    @Option(help: "Random seed: the same seed writes the same bytes.") var seed: UInt64 = 903
    @Option(help: "Directory to write the files to.") var out = "synth"
    @Option(help: "A calibration targets CSV to tune the simulation to.") var calibrate: String?
    @Option(help: "CIN census years to write, by the year they end (2015-2017: 2014-15 to 2016-17); default every whole year.")
    var censusYears: String?
    @Option(help: "A return targets CSV to tune the reviews, OC2, OC3 and adoption tables to.") var returnTargets: String?
    @Flag(help: "Also tune the adoption path's timing in the episodes to the 10.1, 10.4 and 10.5 rows of --return-targets (with --calibrate; not used for the example borough).")
    var calibrateAdoption = false

    func run() throws {
        let status = SynthCLI.run(children: children, from: from, to: to, seed: seed, out: out, calibrate: calibrate,
                                  censusYears: censusYears, returnTargets: returnTargets, calibrateAdoption: calibrateAdoption)
        if status != 0 { throw ExitCode(status) }
    }
}

Carebook.main()
