import Foundation

/// The libFuzzer entry point: runs the harness named by `CAREBOOK_FUZZ_TARGET` on one input.
///
/// Built by `Scripts/fuzz` together with the CarebookCore sources (one module, so a harness
/// sees what the tests see), never by `swift build`.
@_cdecl("LLVMFuzzerTestOneInput")
public func carebookFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    FuzzTarget.selected.run(bytes)
    return 0
}

/// The harnesses, one per part of carebook that reads untrusted input.
enum FuzzTarget: String, CaseIterable {
    case parser, evaluator, csv, loader, cache, xml, xlsx

    /// The harness chosen for this process (`CAREBOOK_FUZZ_TARGET`, default `parser`).
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["CAREBOOK_FUZZ_TARGET"] ?? "parser"
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("unknown CAREBOOK_FUZZ_TARGET \(name)\n".utf8))
            exit(2)
        }
        return target
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .parser: ParserHarness.run(bytes)
        case .evaluator: EvaluatorHarness.run(bytes)
        case .csv: CSVHarness.run(bytes)
        case .loader: LoaderHarness.run(bytes)
        case .cache: CacheHarness.shared.run(bytes)
        case .xml: XMLHarness.run(bytes)
        case .xlsx: XLSXHarness.run(bytes)
        }
    }

    /// The repository's fixtures folder (`CAREBOOK_FUZZ_FIXTURES`, else `Tests/Fixtures` from the working directory).
    static var fixtures: String {
        ProcessInfo.processInfo.environment["CAREBOOK_FUZZ_FIXTURES"] ?? FileManager.default.currentDirectoryPath + "/Tests/Fixtures"
    }
}
