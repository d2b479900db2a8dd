import Foundation

/// How a run of script text treats syntax errors and failures.
public struct ScriptPolicy: Sendable {
    /// Like a compiler: when any item does not parse, report every such item and run nothing.
    public var syntaxErrorsFirst: Bool
    /// Stop at the first item that fails (an interruption or `:quit` always stops).
    public var stopAtFailure: Bool

    public init(syntaxErrorsFirst: Bool, stopAtFailure: Bool) {
        self.syntaxErrorsFirst = syntaxErrorsFirst
        self.stopAtFailure = stopAtFailure
    }

    /// A script file or piped input: syntax errors first and stop at a failure, unless `keepGoing`.
    public static func script(keepGoing: Bool) -> ScriptPolicy {
        ScriptPolicy(syntaxErrorsFirst: !keepGoing, stopAtFailure: !keepGoing)
    }

    /// `check`: every item is replayed and compared, whatever fails.
    public static let replay = ScriptPolicy(syntaxErrorsFirst: false, stopAtFailure: false)
}

/// What to do with an item about to run.
public enum ScriptStep {
    case run
    /// Do not run it; count this outcome as its result (a report refusing `list`).
    case substitute(ItemOutcome)
    /// Run nothing more.
    case stop
}

extension ShellSession {
    /// Runs script text: the one path for script files, piped input, `check`, `render`, `:export`
    /// and each entry at the prompt (tutorial steps included).
    ///
    /// Each item runs through `run(_:in:file:)` and is kept in the log when it succeeds; `before` may
    /// replace an item or stop the run, and `after` receives each item with its outcome (to print,
    /// compare or add to a report). Returns the number of items that failed.
    @discardableResult
    public func runScript(_ document: ScriptDocument, file: String?, policy: ScriptPolicy,
                          before: (ScriptDocument.Item) -> ScriptStep = { _ in .run },
                          after: (ScriptDocument.Item, ItemOutcome) -> Void) -> Int {
        if policy.syntaxErrorsFirst {
            let unreadable = document.items.filter { if case .entry(.failed) = $0.kind { true } else { false } }
            if !unreadable.isEmpty {
                for item in unreadable { after(item, run(item, in: document, file: file)) }
                return unreadable.count
            }
        }
        var failures = 0
        for item in document.items {
            let outcome: ItemOutcome
            switch before(item) {
            case .stop: return failures
            case let .substitute(o): outcome = o
            case .run:
                outcome = run(item, in: document, file: file)
                record(outcome)
            }
            after(item, outcome)
            if !outcome.succeeded {
                failures += 1
                if policy.stopAtFailure || outcome.interrupted { break }
            }
            if quitRequested { break }
        }
        return failures
    }
}
