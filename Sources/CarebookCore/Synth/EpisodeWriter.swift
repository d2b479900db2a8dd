/// Writes a simulation's children and episodes as SSDA903 `header.csv`, `episodes.csv` and `uasc.csv` bytes.
///
/// Only children with an episode open at some time from `from` to `to` are
/// written (with their earlier history); they get ids `SYN0000001`… in order of
/// first admission. Dates are dd/mm/yyyy; an episode still open at `to` has no DEC.
public struct EpisodeWriter: Sendable {
    /// The written children's indices in the simulation, in id order.
    let written: [Int32]
    /// Each simulation child's position in `written`, or -1.
    let idOf: [Int32]
    let result: SynthResult

    public init(_ result: SynthResult) {
        self.result = result
        let from = result.parameters.from
        var touches = Array(repeating: false, count: result.children.count)
        for e in result.episodes where e.end >= from { touches[Int(e.child)] = true }
        written = touches.indices.filter { touches[$0] }.map(Int32.init)
        var ids = Array(repeating: Int32(-1), count: result.children.count)
        for (k, c) in written.enumerated() { ids[Int(c)] = Int32(k) }
        idOf = ids
    }

    /// The number of children written.
    public var childCount: Int { written.count }

    /// The synthetic CHILD id of a written child by position: `SYN0000001`.
    public static func childID(_ k: Int) -> String {
        let digits = String(k + 1)
        return "SYN" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }

    /// The header file: CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB.
    public func header() -> [UInt8] {
        var out = Array("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n".utf8)
        out.reserveCapacity(written.count * 48)
        for (k, c) in written.enumerated() {
            let child = result.children[Int(c)]
            EpisodeWriter.appendID(k, &out)
            out.append(UInt8(ascii: ","))
            out.append(UInt8(ascii: child.sex == 1 ? "1" : "2"))
            out.append(UInt8(ascii: ","))
            EpisodeWriter.appendDay(child.dob, &out)
            out.append(UInt8(ascii: ","))
            out.append(contentsOf: SynthCodes.ethnicity[Int(child.ethnicity)].utf8)
            out.append(UInt8(ascii: ","))
            appendUPN(k, child, &out)
            out.append(UInt8(ascii: ","))
            if child.sex == 2 && child.dob.age(on: result.parameters.to) >= 12 {
                out.append(UInt8(ascii: child.motherChildDOB == nil ? "0" : "1"))
            }
            out.append(UInt8(ascii: ","))
            if let mc = child.motherChildDOB, mc <= result.parameters.to { EpisodeWriter.appendDay(mc, &out) }
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    /// A UPN: the DfE's `UN1` (not yet of school age) for under-5s at the end, else an obviously synthetic `X999…` number.
    private func appendUPN(_ k: Int, _ child: SynthChild, _ out: inout [UInt8]) {
        if child.dob.age(on: result.parameters.to) < 5 {
            out.append(contentsOf: "UN1".utf8)
            return
        }
        out.append(contentsOf: "X999".utf8)
        EpisodeWriter.appendPadded(k + 1, 9, &out)
    }

    /// The UASC file: CHILD, SEX, DOB, DUC (the date the child ceased to be an unaccompanied asylum seeker, at 18).
    public func uasc() -> [UInt8] {
        var out = Array("CHILD,SEX,DOB,DUC\n".utf8)
        for (k, c) in written.enumerated() where result.children[Int(c)].uasc {
            let child = result.children[Int(c)]
            EpisodeWriter.appendID(k, &out)
            out.append(contentsOf: (child.sex == 1 ? ",1," : ",2,").utf8)
            EpisodeWriter.appendDay(child.dob, &out)
            out.append(UInt8(ascii: ","))
            let duc = child.dob.adding(months: 216)
            if duc <= result.parameters.to { EpisodeWriter.appendDay(duc, &out) }
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    static func appendID(_ k: Int, _ out: inout [UInt8]) {
        out.append(contentsOf: "SYN".utf8)
        appendPadded(k + 1, 7, &out)
    }

    static func appendPadded(_ n: Int, _ width: Int, _ out: inout [UInt8]) {
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: width)
        var v = n, i = width - 1
        while v > 0 && i >= 0 { digits[i] = UInt8(ascii: "0") + UInt8(v % 10); v /= 10; i -= 1 }
        out.append(contentsOf: digits)
    }

    /// Appends a date as dd/mm/yyyy.
    static func appendDay(_ day: Day, _ out: inout [UInt8]) {
        let (y, m, d) = day.components
        appendPadded(d, 2, &out)
        out.append(UInt8(ascii: "/"))
        appendPadded(m, 2, &out)
        out.append(UInt8(ascii: "/"))
        appendPadded(y, 4, &out)
    }
}
