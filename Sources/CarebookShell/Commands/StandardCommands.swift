import Foundation

extension CommandRegistry {
    /// The commands every session has.
    public static let standard = CommandRegistry([help, vars, historyCommand, mode, timer, save, quit, validate, tutorial, cache, WriteCommand.write] + RenderCommands.all)

    static let help = Command("help", summary: "list commands and functions, explain one, or find them by a topic word",
                              usage: ":help [NAME | TOPIC]", example: ":help sgo") { session, args in
        guard let name = args.first else { return .ok(overview(session)) }
        return args.count == 1 ? detail(name, session) : topic(args.joined(separator: " "), session)
    }

    static func overview(_ session: ShellSession) -> String {
        let layout = HelpLayout(width: session.settings.displayOptions.maxWidth ?? HelpLayout.unsized)
        var lines = ["Commands (control the session; not part of scripts' results):"]
        lines += layout.lines(session.commands.commands.map { ($0.usage, $0.summary) })
        lines.append("")
        lines += layout.paragraph("Statements: ", "name = expr · cohort name = expr · asat DATE · load \"file.csv\" [as name] · load \"book.xlsx\" [sheet: \"S\"] [as name] · load \"return.xml\" · load \"defs.cb\" · assert COND[, \"why\"] · indicator \"ID\" (title: …, polarity: …, unit: …, numerator: …)")
        lines += layout.paragraph("Clauses:    ", "T where COND · T by COL[, COL] [with n = sum(x)] · T sort COL [desc] · T top N · T select a, b · T with c = expr · X at DATE")
        lines.append("")
        lines.append("Functions:")
        lines += layout.lines(session.interpreter.builtins.all.map { ($0.usage, $0.summary) })
        lines.append("")
        lines += layout.paragraph("", "Type :help NAME for an example. Values: 522  £3,712  £1.2m  72%  2017-06-30  26 weeks  \"text\"  [a, b]")
        return lines.joined(separator: "\n")
    }

    static func pad(_ s: String, _ width: Int) -> String {
        DisplayWidth.pad(s, to: width, rightAligned: false)
    }

    static func detail(_ raw: String, _ session: ShellSession) -> CommandResult {
        let name = raw.hasPrefix(":") ? String(raw.dropFirst()) : raw
        if let b = session.interpreter.builtins[name] {
            return .ok("\(b.usage)\n  \(b.summary)\n  example: \(b.example)")
        }
        if case let .success(c) = session.commands.resolve(name), raw.hasPrefix(":") || session.interpreter.builtins[name] == nil {
            return .ok("\(c.usage)\n  \(c.summary)\n  example: \(c.example)")
        }
        return topic(raw, session)
    }

    /// The functions and commands about a topic word: one in full, several listed; else the nearest name.
    static func topic(_ words: String, _ session: ShellSession) -> CommandResult {
        let (found, also) = HelpTopics(session).matches(words)
        let seeAlso = also.isEmpty ? [] : ["See also: " + also.map(\.name).joined(separator: ", ")]
        if found.count == 1 {
            let e = found[0]
            return .ok((["\(e.usage)", "  \(e.summary)", "  example: \(e.example)"] + seeAlso).joined(separator: "\n"))
        }
        if !found.isEmpty {
            let layout = HelpLayout(width: session.settings.displayOptions.maxWidth ?? HelpLayout.unsized)
            return .ok((["About \"\(words)\":"] + layout.lines(found.map { ($0.name, $0.summary) }) + seeAlso
                + ["Type :help NAME for an example."]).joined(separator: "\n"))
        }
        let candidates = session.interpreter.builtins.names + session.commands.commands.map(\.name)
        let hint = Suggest.nearest(to: words, in: candidates).map { "; did you mean `\($0)`?" } ?? ""
        return .failed("no command, function or topic `\(words)`" + hint)
    }

    static let vars = Command("vars", summary: "list the names bound in this session",
                              usage: ":vars", example: ":vars") { session, _ in
        let env = session.interpreter.environment
        guard !env.names.isEmpty else { return .ok("no names bound yet; try: x = 52 * £3,712") }
        let width = env.names.map(\.count).max() ?? 0
        var lines: [String] = []
        for name in env.names {
            switch env.lookup(name) {
            case let .value(v)?: lines.append(pad(name, width) + "  " + describe(v))
            case let .cohort(_, text)?: lines.append(pad(name, width) + "  cohort: " + text.trimmingCharacters(in: .whitespaces))
            case nil: break
            }
        }
        if let asat = session.interpreter.workspace.asat { lines.append("as at " + asat.iso) }
        return .ok(lines.joined(separator: "\n"))
    }

    static func describe(_ v: Value) -> String {
        switch v {
        case let .table(t): "table, \(t.rowCount) rows × \(t.columns.count) columns (\(t.columnNames.prefix(6).joined(separator: ", "))\(t.columns.count > 6 ? ", …" : ""))"
        case let .list(items): "list of \(items.count)"
        default: v.kind.rawValue + ", " + v.brief
        }
    }

    static let historyCommand = Command("history", summary: "show what was typed this session",
                                        usage: ":history [N]", example: ":history 10") { session, args in
        var n = session.history.count
        if let word = args.first {
            guard let count = Int(word), count >= 0 else {
                return .failed("`:history` takes a number of entries, like :history 10, not `\(word.prefix(40))`")
            }
            n = count
        }
        let shown = session.history.suffix(n)
        let start = session.history.count - shown.count
        let lines = shown.enumerated().map { i, entry in
            NumberText.padded(start + i + 1, 4) + "  " + entry.replacingOccurrences(of: "\n", with: "\n      ")
        }
        return .ok(lines.isEmpty ? "nothing typed yet" : lines.joined(separator: "\n"))
    }

    static let mode = Command("mode", summary: "how tables are shown: boxed table, CSV or Markdown",
                              usage: ":mode table|csv|markdown", example: ":mode markdown",
                              arguments: ["table", "csv", "markdown"], logged: true) { session, args in
        guard let word = args.first else { return .ok("mode is \(session.settings.mode)") }
        let all: [(String, OutputMode)] = [("table", .table), ("csv", .csv), ("markdown", .markdown)]
        guard let m = all.first(where: { $0.0 == word || ($0.0.hasPrefix(word) && !word.isEmpty) }) else {
            return .failed("no mode `\(word)`: choose table, csv or markdown")
        }
        session.settings.mode = m.1
        return .ok()
    }

    static let timer = Command("timer", summary: "show how long each statement took",
                               usage: ":timer on|off", example: ":timer on", arguments: ["on", "off"]) { session, args in
        switch args.first {
        case "on"?: session.settings.timer = true
        case "off"?: session.settings.timer = false
        case nil: return .ok("timer is \(session.settings.timer ? "on" : "off")")
        default: return .failed("say :timer on or :timer off")
        }
        return .ok()
    }

    static let save = Command("save", summary: "write this session as a script that replays and checks itself",
                              usage: ":save FILE.cb", example: ":save sufficiency.cb") { session, args in
        guard let path = args.first else { return .failed("say where: :save FILE.cb") }
        let target = path.hasSuffix(".cb") ? path : path + ".cb"
        do {
            try PrivateFile.writeAtomically(session.scriptText(savedTo: target), to: target)
        } catch let d as Diagnostic {
            return .failed(d.message)
        } catch {
            return .failed("cannot write \(target)")
        }
        let n = session.log.entries.count
        return .ok("saved \(n) statement\(n == 1 ? "" : "s") to \(target)")
    }

    static let validate = Command("validate", summary: "every problem found in the loaded SSDA903 and CIN census files, one line each",
                                  usage: ":validate", example: ":validate") { session, _ in
        let workspace = session.interpreter.workspace
        let care = workspace.care.data, cin = workspace.cin.data
        guard care != nil || cin != nil else {
            return .failed("no SSDA903 or CIN census data is loaded; load a header and an episodes file, or the CIN census tables, first")
        }
        let summaries = [care?.summary.text, cin?.summary.text].compactMap { $0 }
        let issues = (care?.issues ?? []) + (cin?.issues ?? [])
        guard !issues.isEmpty else { return .ok((summaries + ["No problems found."]).joined(separator: "\n")) }
        return .ok((summaries + issues.map(\.description)).joined(separator: "\n"))
    }

    static let quit = Command("quit", summary: "leave carebook (the session stays in its journal)",
                              usage: ":quit", example: ":quit") { session, _ in
        session.quitRequested = true
        return .ok()
    }
}
