/// Finds the "did you mean" for a misspelt key, enum value or code.
///
/// A candidate is suggested when it matches after ignoring case and separators (`In Force` for
/// `in-force`), or when it is within a small edit distance that grows with the word's length, so a
/// short word is not "corrected" into an unrelated one.
public enum Suggestion {
    /// The closest candidate to `word`, or nil when none is close enough to be a likely typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let folded = fold(word)
        if let exact = candidates.first(where: { fold($0) == folded }) { return exact }
        let limit = maximumDistance(forLength: folded.count)
        guard limit > 0 else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(folded, fold(candidate))
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Edits allowed for a word of `length` letters: none below 3, then one per three letters, at most 3.
    static func maximumDistance(forLength length: Int) -> Int {
        length < 3 ? 0 : min(3, max(1, length / 3))
    }

    /// Lower-cases and removes spaces, hyphens and underscores, which people mix up freely.
    static func fold(_ word: String) -> String {
        String(word.lowercased().unicodeScalars.filter { !" -_".unicodeScalars.contains($0) }.map(Character.init))
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.
    static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left.unicodeScalars)
        let b = Array(right.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
