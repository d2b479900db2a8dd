import Foundation

/// A tutorial: a checked script read as steps of prose, a statement and its expected result.
public struct TutorialCourse: Sendable {
    /// One step: what to read, what to type, and what it should give.
    public struct Step: Sendable {
        public var prose: [String]
        public var statement: String
        public var expected: [String]
    }

    public var title: String
    public var path: String
    public var steps: [Step]

    /// The course in a script file; comment lines above a statement are its prose.
    public static func load(_ path: String) -> Result<TutorialCourse, Diagnostic> {
        ScriptRunner.read(path).map { document in
            let lines = document.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var steps: [Step] = []
            var previousEnd = 0
            for item in document.items {
                let prose = proseLines(lines, from: previousEnd, to: item.startLine - 1)
                let statement = lines[(item.startLine - 1)..<min(item.endLine, lines.count)].joined(separator: "\n")
                steps.append(Step(prose: prose, statement: statement, expected: item.recorded))
                previousEnd = item.endLine + item.recorded.count
            }
            let title = steps.first?.prose.first { $0.hasPrefix("# ") }.map { String($0.dropFirst(2)) }
                ?? ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            return TutorialCourse(title: title, path: path, steps: steps)
        }
    }

    /// The comment lines between two statements, without `#` and the header's fingerprints.
    static func proseLines(_ lines: [String], from start: Int, to end: Int) -> [String] {
        guard start < end else { return [] }
        return lines[start..<end].compactMap { line -> String? in
            guard line.hasPrefix("#"), !line.hasPrefix(ScriptDocument.resultPrefix),
                  !line.hasPrefix("# data: "), !line.hasPrefix("# carebook ") else { return nil }
            return line.hasPrefix("# ") ? String(line.dropFirst(2)) : String(line.dropFirst())
        }
    }

    /// The tutorial scripts shipped with carebook, in course order (`Scripts/tutorial/*.cb`).
    public static func library() -> [String] {
        guard let dir = directory(),
              let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        return names.filter { $0.hasSuffix(".cb") }.sorted().map { (dir as NSString).appendingPathComponent($0) }
    }

    /// `$CAREBOOK_TUTORIALS`, else `Scripts/tutorial` beside the bundled `Datasets` folder.
    public static func directory() -> String? {
        if let env = ProcessInfo.processInfo.environment["CAREBOOK_TUTORIALS"], !env.isEmpty { return env }
        guard let datasets = StartupData.datasetsDirectory() else { return nil }
        let dir = ((datasets as NSString).deletingLastPathComponent as NSString).appendingPathComponent("Scripts/tutorial")
        return FileManager.default.fileExists(atPath: dir) ? dir : nil
    }
}
