import Foundation

/// Maps `0..<count` on every core: for independent, pure pieces of work such as decoding a CSV's columns.
///
/// Each index is transformed exactly once, and the results come back in index order, so the
/// outcome is the same as a plain `map` whatever the scheduling.
enum ParallelMap {
    static func map<T>(_ count: Int, _ transform: (Int) -> T) -> [T] {
        guard count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return (0..<count).map(transform) }
        var out = [T?](repeating: nil, count: count)
        out.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            withoutActuallyEscaping(transform) { f in
                nonisolated(unsafe) let work = f
                DispatchQueue.concurrentPerform(iterations: count) { i in slots[i] = work(i) }
            }
        }
        return out.map { $0! }
    }

    /// Runs two independent, pure pieces of work, on both cores when there are two.
    static func pair<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else { return (first(), second()) }
        var a: A?, b: B?
        withUnsafeMutablePointer(to: &a) { pa in
            withUnsafeMutablePointer(to: &b) { pb in
                withoutActuallyEscaping(first) { f in
                    withoutActuallyEscaping(second) { g in
                        nonisolated(unsafe) let work = (f, g), slots = (pa, pb)
                        DispatchQueue.concurrentPerform(iterations: 2) { i in
                            if i == 0 { slots.0.pointee = work.0() } else { slots.1.pointee = work.1() }
                        }
                    }
                }
            }
        }
        return (a!, b!)
    }
}
