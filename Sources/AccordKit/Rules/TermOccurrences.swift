/// Where a pack's terms occur in one clause: for each term present, its token ranges in text order.
///
/// Held flat (sorted by term, then by position) with a bit per term for presence, because most
/// patterns are rejected by a term that is absent, and that test should cost one load.
public struct TermOccurrences: Sendable {
    /// Term ids, ascending, parallel to `ranges`.
    private let terms: [Int32]
    private let ranges: [Range<Int>]
    private let present: [UInt64]

    /// True when term `term` occurs at least once.
    @inline(__always)
    public func contains(_ term: Int) -> Bool {
        let word = term >> 6
        return word < present.count && present[word] & (1 << UInt64(term & 63)) != 0
    }

    /// The token ranges where term `term` occurs, in text order.
    public func ranges(of term: Int) -> ArraySlice<Range<Int>> {
        guard contains(term) else { return [] }
        let wanted = Int32(term)
        var low = 0
        var high = terms.count
        while low < high {
            let middle = (low + high) / 2
            if terms[middle] < wanted { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < terms.count, terms[end] == wanted { end += 1 }
        return ranges[low..<end]
    }

    /// Collects occurrences in text order, then groups them by term keeping that order.
    struct Builder {
        private var terms: [Int32] = []
        private var ranges: [Range<Int>] = []
        private var present: [UInt64]

        init(termCount: Int) {
            present = [UInt64](repeating: 0, count: (termCount + 63) / 64)
        }

        var count: Int { terms.count }

        /// Appends an occurrence unless one recorded since index `first` is identical.
        @inline(__always)
        mutating func append(term: Int32, range: Range<Int>, unlessSince first: Int) {
            for index in first..<terms.count where terms[index] == term && ranges[index] == range { return }
            terms.append(term)
            ranges.append(range)
            present[Int(term) >> 6] |= 1 << UInt64(term & 63)
        }

        /// Sorted by term, stable: each term's ranges stay in text order.
        func build() -> TermOccurrences {
            // Keys of term then position sort as plain integers: no comparison closure, and stable.
            var keys = terms.indices.map { UInt64(UInt32(terms[$0])) << 32 | UInt64($0) }
            // A clause has a few dozen occurrences: insertion sort beats the general sort's setup,
            // and the general sort keeps a hostile clause with thousands linearithmic.
            guard keys.count <= 64 else { return make(keys.sorted()) }
            for index in keys.indices.dropFirst() {
                let key = keys[index]
                var position = index
                while position > 0, keys[position - 1] > key {
                    keys[position] = keys[position - 1]
                    position -= 1
                }
                keys[position] = key
            }
            return make(keys)
        }

        /// The occurrences in the order of `keys` (term, then index of the occurrence as found).
        private func make(_ keys: [UInt64]) -> TermOccurrences {
            TermOccurrences(
                terms: keys.map { Int32(truncatingIfNeeded: $0 >> 32) },
                ranges: keys.map { ranges[Int(truncatingIfNeeded: $0 & 0xFFFF_FFFF)] }, present: present)
        }
    }
}
