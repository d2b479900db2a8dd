import XCTest
@testable import CarebookShell
#if canImport(Glibc)
import Glibc
#endif

/// A tiny interactive program around `EditLineReader`, run inside tmux by
/// `LineEditingTerminalTests` (the test executable re-runs itself with this one
/// test selected and `CAREBOOK_LINEEDIT_PROGRAM=1`). Skipped in normal runs.
///
/// It echoes each line as `got [line] scalars=N`, prints `interrupted` for
/// Ctrl-C and `bye` at end of input, and on the line `exit-now` calls
/// `exit(0)` without closing the reader.
final class LineEditingEchoProgramTests: XCTestCase {
    static let variable = "CAREBOOK_LINEEDIT_PROGRAM"

    func testEchoProgram() throws {
        guard ProcessInfo.processInfo.environment[Self.variable] == "1" else {
            throw XCTSkip("runs only as a child program of LineEditingTerminalTests")
        }
        let utf8 = UTF8Locale.ensureCType()
        SignalHandling.install()
        let reader = try XCTUnwrap(EditLineReader(history: HistoryStore.standard(), completion: Self.completer()))
        print("ready utf8=\(utf8)")
        loop: while true {
            switch reader.readLine(prompt: "echo› ") {
            case .line(let line):
                if line == "exit-now" { exit(0) }
                reader.addHistory(line)
                print("got [\(line)] scalars=\(line.unicodeScalars.count)")
            case .interrupted:
                print("interrupted")
            case .endOfInput:
                print("bye")
                break loop
            }
        }
        reader.close()
    }

    static func completer() -> Completer {
        let vocabulary = CompletionVocabulary(
            commands: { [":help", ":history", ":save"] },
            keywords: ["where", "by", "and", "or", "count"],
            functions: { ["looked_after", "weekly_cost"] },
            names: { ["lac", "ooa"] },
            columns: { $0 == "lac" ? ["placement", "placement_group", "age"] : [] })
        return Completer(vocabulary: vocabulary)
    }
}
