import CarebookCore

extension TextLayout {
    /// A note's words wrapped to `width` columns, continuations indented by two; the line as it is when
    /// it fits or the width is not limited (scripts and recordings).
    public static func lines(_ note: String, width: Int?) -> [String] {
        guard let width, DisplayWidth.of(note) > width else { return [note] }
        return wrap(note.split(separator: " ").map(String.init), separator: " ", width: max(1, width - 2))
            .enumerated().map { $0.offset == 0 ? $0.element : "  " + $0.element }
    }
}
