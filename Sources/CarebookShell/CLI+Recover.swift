import CarebookCore
import Foundation

/// `carebook --recover [JOURNAL]`: replaying the journal of a session that did not end cleanly.
extension CarebookCLI {
    /// The journal to replay: `file` when given, else the newest of the sessions that did not end
    /// cleanly and are not running (all of them listed, newest first); nil, said why, when there is none.
    static func recoveryJournal(_ file: String?, out: OutputSink) -> String? {
        if let file {
            guard FileManager.default.isReadableFile(atPath: file) else {
                out.writeError("error: cannot recover \(file): no such journal\n")
                return nil
            }
            guard !Journal.isLive(file) else {
                out.writeError("error: cannot recover \(file): its session is still running\n")
                return nil
            }
            return file
        }
        let left = Journal.recoverable()
        guard let newest = left.first else {
            out.writeError("nothing to recover: no session that ended without quitting in \(Journal.directory)\n")
            return nil
        }
        guard left.count > 1 else { return newest.path }
        // At a terminal the user picks one; otherwise (a pipe, a script) the newest, as said.
        if Terminal.isInteractive {
            return chooseJournal(left, out: out) { readLine(strippingNewline: true) }
        }
        out.write("sessions that did not end cleanly, newest first:\n")
        for j in left { out.write("  \(j.path)  (\(j.items) item\(j.items == 1 ? "" : "s"), \(stamp(j.written)))\n") }
        out.write("recovering the newest; carebook --recover FILE recovers another\n")
        return newest.path
    }

    /// Lists the journals, numbered newest first, and asks which to recover: a number, Enter for the
    /// newest, or `q` to recover none. Asks again (at most three times) after an answer it cannot use.
    static func chooseJournal(_ left: [Journal.Left], out: OutputSink, answer: () -> String?) -> String? {
        out.write("sessions that did not end cleanly, newest first:\n")
        for (i, j) in left.enumerated() {
            out.write("  \(i + 1). \(j.path)  (\(j.items) item\(j.items == 1 ? "" : "s"), \(stamp(j.written)))\n")
        }
        for _ in 0..<3 {
            out.write("recover which (1–\(left.count), Enter for 1, q for none)? ")
            guard let reply = answer()?.trimmingCharacters(in: .whitespaces) else { break }
            if reply.isEmpty { return left[0].path }
            if reply.lowercased() == "q" { break }
            if let n = Int(reply), (1...left.count).contains(n) { return left[n - 1].path }
            out.write("\(reply) is not one of 1–\(left.count)\n")
        }
        out.writeError("nothing recovered\n")
        return nil
    }

    /// Replays a journal into this session so `:save` can still write it; the journal is then marked
    /// as recovered, since its statements are in this session's own journal now.
    static func replayJournal(_ path: String, _ session: ShellSession, _ out: OutputSink) {
        guard case let .success(document) = ScriptRunner.read(path) else {
            out.writeError("error: cannot read the journal \(path)\n")
            return
        }
        let runner = ScriptRunner(session: session, out: out, keepGoing: true)
        runner.run(document, file: path)
        session.journal?.markRecovered(path)
        out.write("recovered \(session.log.entries.count) statements from \(path); :save FILE.cb to keep them\n")
    }

    public static func stamp(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_GB_POSIX")
        f.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return f.string(from: date)
    }
}
