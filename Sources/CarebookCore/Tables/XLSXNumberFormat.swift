/// What a cell's number format says its number is: a date, money, a percentage, or a plain number.
///
/// Excel stores every number as a number; only the cell's style says that 45107 is 30/06/2023
/// or that 3712.5 is £3,712.50. Built-in formats are known by id; custom ones (id 164 and up,
/// in styles.xml) are read from their format code.
enum XLSXNumberFormat: Sendable, Equatable {
    case number, date, money, percent

    /// The kind of a built-in format id (0–163) that has no code of its own in the workbook.
    ///
    /// Dates: 14–17 and 22 (22 is a date and time: the time is dropped), and the East Asian date
    /// formats 27–36 and 50–58. Money: 5–8 (currency) and 42, 44 (accounting with a symbol), which
    /// show the symbol of the computer's locale, £ in England. Percent: 9, 10. The time-only formats
    /// 18–21 and 45–47 are not dates (a time of day has no date); they read as numbers (fractions of a day).
    static func builtIn(_ id: Int) -> XLSXNumberFormat {
        switch id {
        case 14...17, 22, 27...36, 50...58: .date
        case 5...8, 42, 44: .money
        case 9, 10: .percent
        default: .number
        }
    }

    /// The kind a custom format code describes, from its first section (the one for positive numbers).
    ///
    /// Quoted text, `\x` and `_x` escapes, `*x` fills and `[…]` parts (colours, conditions, locales)
    /// are set aside first. A code with `d` or `y`, or with `m` but no `h` or `s`, is a date
    /// (`dd/mm/yyyy`, `mmm-yy`); `h:mm` alone is a time. A code showing `£` (as text, `[$£-809]` or
    /// plain) is money; a `%` outside quotes is a percentage.
    static func custom(_ code: String) -> XLSXNumberFormat {
        let section = firstSection(Array(code.unicodeScalars))
        var letters = Set<Character>(), pound = false, percent = false
        var i = 0
        while i < section.count {
            let c = section[i]
            switch c {
            case "\"":
                var j = i + 1
                while j < section.count, section[j] != "\"" { if section[j] == "£" { pound = true }; j += 1 }
                i = j + 1
                continue
            case "\\", "_", "*":
                if i + 1 < section.count, section[i + 1] == "£" { pound = true }
                i += 2
                continue
            case "[":
                var j = i + 1
                var inside: [Unicode.Scalar] = []
                while j < section.count, section[j] != "]" { inside.append(section[j]); j += 1 }
                if inside.contains("£") { pound = true }
                // [h], [mm], [ss]: elapsed time, which is not a date.
                if let first = String(String.UnicodeScalarView(inside)).lowercased().first, "hms".contains(first) {
                    letters.insert("h")
                }
                i = j + 1
                continue
            case "£": pound = true
            case "%": percent = true
            default:
                let lower = Character(String(c).lowercased())
                if "dmyhs".contains(lower) { letters.insert(lower) }
            }
            i += 1
        }
        // "AM/PM" and "A/P" hold an m that is not a month.
        let upper = String(String.UnicodeScalarView(section)).uppercased()
        if upper.contains("AM/PM") || upper.contains("A/P") { letters.insert("h") }
        if letters.contains("d") || letters.contains("y") { return .date }
        if letters.contains("m"), !letters.contains("h"), !letters.contains("s") { return .date }
        if percent { return .percent }
        if pound { return .money }
        return .number
    }

    /// The code up to its first `;` outside quotes and escapes.
    private static func firstSection(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var quoted = false, i = 0
        while i < s.count {
            if s[i] == "\"" { quoted.toggle() }
            else if !quoted, s[i] == "\\" { i += 1 }
            else if !quoted, s[i] == ";" { return Array(s[..<i]) }
            i += 1
        }
        return s
    }
}
