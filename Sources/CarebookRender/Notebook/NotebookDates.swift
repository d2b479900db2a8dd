/// Dates as a report prints them.
public enum NotebookDates {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// `30 June 2017`.
    public static func long(_ d: Day) -> String {
        let (y, m, day) = d.components
        return "\(day) \(months[m - 1]) \(y)"
    }
}
