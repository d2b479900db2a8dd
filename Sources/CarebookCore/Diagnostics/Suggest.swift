/// Finds the nearest known word to a misspelt one.
public enum Suggest {
    /// The candidate closest to `word` by edit distance, if close enough to be a likely typo.
    public static func nearest(to word: String, in candidates: [String]) -> String? {
        // A name longer than any sensible one is no typo; comparing it would only take time.
        guard word.count <= 64 else { return nil }
        let w = Array(word.lowercased())
        var best: (String, Int)?
        for c in candidates where c != word {
            let d = distance(w, Array(c.lowercased()))
            let limit = max(1, min(3, (max(w.count, c.count) + 1) / 3))
            if d <= limit, best == nil || d < best!.1 { best = (c, d) }
        }
        if best == nil, w.count >= 4 {
            // A misspelt start of a longer name: `placment` for `placement_group`.
            for c in candidates where c.count > w.count + 1 {
                let lower = Array(c.lowercased())
                let d = (w.count - 1...w.count + 1).map { distance(w, Array(lower.prefix($0))) }.min()!
                if d <= 1, best == nil || d < best!.1 { best = (c, d) }
            }
        }
        if best == nil {
            // A unique candidate that starts with what was typed is also a good guess.
            let prefixed = candidates.filter { $0.lowercased().hasPrefix(word.lowercased()) && $0 != word }
            if word.count >= 3, prefixed.count == 1 { return prefixed[0] }
        }
        return best?.0
    }

    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions).
    public static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cur[j] = min(cur[j], prev2[j - 2] + 1)
                }
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }
}
