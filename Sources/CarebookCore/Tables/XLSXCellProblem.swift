/// Why a cell could not be read (the cell is left empty and the load warns).
enum XLSXCellProblem: Error, Equatable {
    case sharedString(String), notBoolean(String), error(String), notDate(String), notNumber(String)
    case notSerial(String, Bool), fractionalPence(String), unknownType(String)

    var message: String {
        switch self {
        case let .sharedString(v): "refers to shared string \(v), which the workbook does not have"
        case let .notBoolean(v): "\(v) is not a boolean"
        case let .error(v): "holds the error \(v)"
        case let .notDate(v): "\(v) is not a date"
        case let .notNumber(v): "\(v) is not a number"
        case let .notSerial(v, is1904):
            is1904 ? "\(v) is not a date (the 1904 date system counts from 0, 1904-01-01)"
                : v == "60" ? "60 is 29 February 1900, a date that never was (an old Excel mistake)"
                : "\(v) is not a date (the 1900 date system counts from 1, 1900-01-01)"
        case let .fractionalPence(v): "£\(v) is not a whole number of pence"
        case let .unknownType(t): "has an unknown type \"\(t)\""
        }
    }
}
