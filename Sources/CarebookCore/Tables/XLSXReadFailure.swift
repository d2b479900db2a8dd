/// Why a workbook's sheet could not be read; `aboutSheet` when the sheet asked for is the problem
/// (so the message can point at the sheet's name rather than the file's).
public struct XLSXReadFailure: Error, Sendable {
    public var diagnostic: Diagnostic
    public var aboutSheet: Bool
}
