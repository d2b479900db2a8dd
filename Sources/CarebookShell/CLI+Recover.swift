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
        if left.count > 1 {
            out.write("sessions that did not end cleanly, newest first:\n")
            for j in left { out.write("  \(j.path)  (\(j.items) item\(j.items == 1 ? "" : "s"), \(stamp(j.written)))\n") }
            out.write("recovering the newest; carebook --recover FILE recovers another\n")
        }
        return newest.path
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
