#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes the C library's character handling UTF-8, whatever the environment says.
///
/// libedit decodes keystrokes with `mbrtowc`, which follows `LC_CTYPE`. A
/// process started with no `LANG`/`LC_*` (cron, `env -i`, some containers)
/// runs in the "C" locale, where `£` would be read as two stray bytes. Call
/// `ensureCType()` once, before creating an `EditLineReader`.
public enum UTF8Locale {
    /// Adopts the environment's `LC_CTYPE`; if that is not UTF-8, switches to
    /// `C.UTF-8` (or `en_US.UTF-8`). Returns whether the result is UTF-8.
    @discardableResult
    public static func ensureCType() -> Bool {
        _ = setlocale(LC_CTYPE, "")
        if isUTF8 { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if isUTF8 { return true }
        }
        return false
    }

    /// Whether the current `LC_CTYPE` codeset is UTF-8.
    public static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
