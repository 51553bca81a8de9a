/// The occurrences of each term of one pattern, narrowed to one sentence part at a time, and the
/// smallest span that holds one occurrence of every term.
///
/// Lists are index ranges into one borrowed buffer of occurrences, with their cursors in a scratch
/// area the caller lends (on the stack), so matching a pattern allocates nothing.
package struct OccurrenceLists {
    /// Every occurrence of the clause, grouped by term, each group in text order.
    private let all: UnsafeBufferPointer<Range<Int>>
    /// How many lists (terms) there are.
    package let count: Int
    /// Per list: the next occurrence not yet passed, and the end of its term's group.
    private let cursor: UnsafeMutablePointer<Int>
    private let end: UnsafeMutablePointer<Int>
    /// Per list: the occurrences inside the selected part, `lower[i]..<upper[i]`.
    private let lower: UnsafeMutablePointer<Int>
    private let upper: UnsafeMutablePointer<Int>
    /// Per list: the occurrence chosen in the combination being tried.
    private let chosen: UnsafeMutablePointer<Int>

    /// The scratch `Int`s needed for `count` lists.
    package static func scratchSize(_ count: Int) -> Int { 5 * max(count, 1) }

    package init(all: UnsafeBufferPointer<Range<Int>>, scratch: UnsafeMutableBufferPointer<Int>, count: Int) {
        precondition(scratch.count >= Self.scratchSize(count))
        // Non-empty by the precondition; every pointer below stays inside `scratch`.
        let base = scratch.baseAddress.unsafelyUnwrapped
        self.all = all
        self.count = count
        cursor = base
        end = base + count
        lower = base + 2 * count
        upper = base + 3 * count
        chosen = base + 4 * count
    }

    /// Sets list `list` to the occurrences at `indices` of the buffer.
    package mutating func start(_ list: Int, at indices: Range<Int>) {
        cursor[list] = indices.lowerBound
        end[list] = indices.upperBound
    }

    /// Narrows every list to the occurrences starting inside `part`; false when one has none.
    ///
    /// Parts come in text order, so each cursor only moves forward: one pass over the occurrences
    /// for all parts, however many parts the clause has.
    package mutating func select(_ part: Range<Int>) -> Bool {
        for list in 0..<count {
            var index = cursor[list]
            while index < end[list], all[index].lowerBound < part.lowerBound { index += 1 }
            lower[list] = index
            while index < end[list], all[index].lowerBound < part.upperBound { index += 1 }
            upper[list] = index
            cursor[list] = index
            if lower[list] == index { return false }
        }
        return true
    }

    /// The smallest token range containing one selected occurrence from each list, with the chosen
    /// occurrences disjoint: two terms never count the same word ("own costs" is not both
    /// `own cost*` and `cost*`).
    package func smallestSpan() -> Range<Int>? {
        var combinations = 1
        for list in 0..<count where combinations <= Self.exhaustiveLimit {
            combinations *= upper[list] - lower[list]
        }
        return combinations <= Self.exhaustiveLimit ? exhaustiveSmallestSpan() : sweepSmallestSpan()
    }

    /// Above this many combinations (only in hostile or freakishly repetitive text) the linear sweep
    /// is used, which may miss a disjoint combination hidden behind an overlapping one.
    static let exhaustiveLimit = 4_096

    /// Tries every combination, the last list varying fastest.
    ///
    /// Exact, for the few occurrences real clauses have; ties keep the first combination found.
    func exhaustiveSmallestSpan() -> Range<Int>? {
        if count == 1 {
            var best = all[lower[0]]
            for index in (lower[0] + 1)..<upper[0] where all[index].count < best.count { best = all[index] }
            return best
        }
        for list in 0..<count { chosen[list] = lower[list] }
        var best: Range<Int>?
        while true {
            let (start, end) = chosenBounds()
            if end - start < (best?.count ?? Int.max), chosenAreDisjoint() { best = start..<end }
            var list = count - 1
            while list >= 0 {
                chosen[list] += 1
                if chosen[list] < upper[list] { break }
                chosen[list] = lower[list]
                list -= 1
            }
            if list < 0 { return best }
        }
    }

    /// One sweep over the occurrences, advancing the earliest each time: linear in their number.
    func sweepSmallestSpan() -> Range<Int>? {
        for list in 0..<count { chosen[list] = lower[list] }
        var best: Range<Int>?
        while true {
            var earliest = 0
            var start = Int.max
            var end = Int.min
            for list in 0..<count {
                let range = all[chosen[list]]
                if range.lowerBound < start {
                    start = range.lowerBound
                    earliest = list
                }
                end = max(end, range.upperBound)
            }
            if end - start < (best?.count ?? Int.max), chosenAreDisjoint() { best = start..<end }
            chosen[earliest] += 1
            if chosen[earliest] == upper[earliest] { return best }
        }
    }

    /// The first start and last end of the chosen occurrences.
    private func chosenBounds() -> (start: Int, end: Int) {
        var start = Int.max
        var end = Int.min
        for list in 0..<count {
            let range = all[chosen[list]]
            start = min(start, range.lowerBound)
            end = max(end, range.upperBound)
        }
        return (start, end)
    }

    /// True when the chosen occurrences (one per list) share no token.
    private func chosenAreDisjoint() -> Bool {
        for left in 0..<count {
            let a = all[chosen[left]]
            for right in (left + 1)..<count {
                let b = all[chosen[right]]
                if a.lowerBound < b.upperBound, b.lowerBound < a.upperBound { return false }
            }
        }
        return true
    }
}
