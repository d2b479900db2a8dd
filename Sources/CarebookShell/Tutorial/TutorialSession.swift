import Foundation

/// A learner's place in a tutorial: shows each step, runs it on Enter, and checks what was typed.
public final class TutorialSession {
    public let course: TutorialCourse
    public private(set) var index = 0
    /// True when the current step has been shown and waits for an answer.
    var shown = false

    public init(course: TutorialCourse) {
        self.course = course
    }

    public var current: TutorialCourse.Step? { index < course.steps.count ? course.steps[index] : nil }
    public var isFinished: Bool { current == nil }

    /// The current step's prose and what to type, once per step.
    func presentation() -> String? {
        guard !shown, let step = current else { return nil }
        shown = true
        var lines = ["", "── step \(index + 1) of \(course.steps.count) · \(course.title) ──"]
        lines += step.prose.filter { !$0.hasPrefix("# ") || index > 0 }
        lines.append("type it, or press Enter to have it typed:  \(step.statement.replacingOccurrences(of: "\n", with: " "))")
        return lines.joined(separator: "\n")
    }

    func advance() {
        index += 1
        shown = false
    }

    /// Whether what the learner ran is the step: the same result, or (for a statement that
    /// shows nothing, like an assignment) the same statement.
    func accepts(typed: String, outcome: ItemOutcome) -> Bool {
        guard let step = current, outcome.succeeded else { return false }
        // What a load says depends on what the session had loaded before; that it loaded is enough.
        if step.statement.hasPrefix("load ") { return Self.normalized(typed) == Self.normalized(step.statement) }
        if !step.expected.isEmpty { return outcome.recorded == step.expected }
        return Self.normalized(typed) == Self.normalized(step.statement)
            || (Self.target(typed) != nil && Self.target(typed) == Self.target(step.statement))
    }

    /// What to say after the learner's attempt.
    func verdict(typed: String, outcome: ItemOutcome, typedForLearner: Bool = false) -> String {
        guard let step = current else { return "" }
        if accepts(typed: typed, outcome: outcome) || (typedForLearner && outcome.succeeded) {
            advance()
            return isFinished ? "✓ right. That is the end of “\(course.title)”. :tutorial lists the others." : "✓ right."
        }
        var lines = ["not quite."]
        if outcome.succeeded, !step.expected.isEmpty {
            lines.append("this step gives:")
            lines += step.expected.map { "  " + $0 }
        } else if !outcome.succeeded {
            lines.append("that statement did not run (the error is above).")
        }
        lines.append("the step's statement is:  \(step.statement.replacingOccurrences(of: "\n", with: " "))")
        lines.append("try again, or press Enter to have it typed (:tutorial stop leaves the tutorial)")
        return lines.joined(separator: "\n")
    }

    static func normalized(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// The name an assignment or cohort statement binds.
    static func target(_ s: String) -> String? {
        let words = normalized(s).split(separator: " ")
        if words.count > 2, words[0] == "cohort", words[2] == "=" { return String(words[1]) }
        if words.count > 1, words[1] == "=" { return String(words[0]) }
        return nil
    }
}
