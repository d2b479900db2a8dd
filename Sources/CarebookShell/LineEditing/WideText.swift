#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Conversions between Swift strings and libedit's wide (`wchar_t`, UTF-32) text.
enum WideText {
    /// The string held in `count` wide characters at `pointer`.
    static func string(_ pointer: UnsafePointer<wchar_t>, count: Int) -> String {
        string(UnsafeBufferPointer(start: pointer, count: max(0, count)))
    }

    /// The string held in a buffer of wide characters (invalid values become U+FFFD).
    static func string<S: Sequence>(_ wide: S) -> String where S.Element == wchar_t {
        var scalars = String.UnicodeScalarView()
        for w in wide {
            scalars.append(Unicode.Scalar(UInt32(bitPattern: w)) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// Calls `body` with `text` as a NUL-terminated wide string.
    static func withWide<R>(_ text: String, _ body: (UnsafePointer<wchar_t>) -> R) -> R {
        var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        return wide.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
