import Foundation

/// Runs the built binary in `dir` with `home` as HOME, as `EndToEndTests.carebook` does.
func runCarebook(_ args: [String], stdin: String? = nil, in dir: URL, home: URL) throws -> EndToEndTests.Run {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: EndToEndTests.binary)
    p.arguments = args
    p.currentDirectoryURL = dir
    p.environment = ["HOME": home.path, "PATH": "/usr/bin:/bin", "TERM": "xterm"]
    let out = Pipe(), err = Pipe(), input = Pipe()
    (p.standardOutput, p.standardError, p.standardInput) = (out, err, input)
    try p.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return EndToEndTests.Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self),
                             err: String(decoding: e, as: UTF8.self))
}
