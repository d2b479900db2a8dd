/// Plain-text layout shared by messages (load summaries, `explain`).
public enum TextLayout {
    /// Items joined by `separator` into lines of at most `width` characters (an item longer than that has a line of its own).
    public static func wrap(_ items: [String], separator: String, width: Int) -> [String] {
        var lines: [String] = [], line = ""
        for item in items {
            if !line.isEmpty && line.count + separator.count + item.count > width { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : separator) + item
        }
        return line.isEmpty ? lines : lines + [line]
    }
}
