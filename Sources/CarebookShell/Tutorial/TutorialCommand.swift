import Foundation

extension CommandRegistry {
    /// `:tutorial`: list the course, start a tutorial, or leave it.
    static let tutorial = Command("tutorial", summary: "follow a guided tutorial step by step (Enter types each step for you)",
                                  usage: ":tutorial [N|NAME|stop]", example: ":tutorial 1") { session, args in
        let library = TutorialCourse.library()
        guard let choice = args.first else { return .ok(listing(library, session)) }
        if choice == "stop" || choice == "quit" {
            session.tutorial = nil
            return .ok("tutorial stopped; your session keeps everything you ran")
        }
        let path: String?
        if let n = Int(choice) { path = (1...max(1, library.count)).contains(n) && n <= library.count ? library[n - 1] : nil }
        else if FileManager.default.fileExists(atPath: choice) { path = choice }
        else { path = library.first { ($0 as NSString).lastPathComponent.contains(choice) } }
        guard let path else { return .failed("no tutorial `\(choice)`; :tutorial lists them") }
        switch TutorialCourse.load(path) {
        case let .success(course):
            session.interpreter.scriptDirectory = (path as NSString).deletingLastPathComponent
            session.tutorial = TutorialSession(course: course)
            return .ok("starting “\(course.title)”: \(course.steps.count) steps. :tutorial stop leaves it.")
        case let .failure(d):
            return .failed(d.message)
        }
    }

    static func listing(_ library: [String], _ session: ShellSession) -> String {
        guard !library.isEmpty else { return "no tutorials found (they live in Scripts/tutorial; set CAREBOOK_TUTORIALS to their folder)" }
        var lines = ["Tutorials (:tutorial N to start):"]
        for (i, path) in library.enumerated() {
            let title = (try? TutorialCourse.load(path).get().title) ?? (path as NSString).lastPathComponent
            lines.append(NumberText.padded(i + 1, 3) + "  " + title)
        }
        if let t = session.tutorial { lines.append("in progress: “\(t.course.title)”, step \(t.index + 1) of \(t.course.steps.count)") }
        return lines.joined(separator: "\n")
    }
}
