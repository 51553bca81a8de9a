/// Where a pack's terms occur in one clause: for each term, its token ranges in text order.
///
/// Held flat, grouped by term, with where each term's group starts: finding a term's occurrences,
/// or that it has none (which rejects most patterns), is two loads, and grouping is a counting sort
/// (a clause has about 56 occurrences of 192 terms; a comparison sort was a tenth of matching).
public struct TermOccurrences: Sendable {
    /// Every occurrence, grouped by term in ascending order, each group in text order.
    @usableFromInline let ranges: [Range<Int>]
    /// Where each term's group starts in `ranges`; term `t`'s group ends where `t + 1`'s starts.
    @usableFromInline let starts: [Int32]

    /// True when term `term` occurs at least once.
    ///
    /// Inlinable: the evaluator asks it for every (pattern, clause) pair, from another module.
    @inlinable @inline(__always)
    public func contains(_ term: Int) -> Bool {
        term + 1 < starts.count && starts[term + 1] > starts[term]
    }

    /// True when an occurrence of term `term` starts inside `range`.
    ///
    /// A binary search, since a term's ranges are in text order: frames test their slots and
    /// excluded words with it, and a clause of thousands of parts made a scan quadratic.
    public func occurs(_ term: Int, in range: Range<Int>) -> Bool {
        let ranges = ranges(of: term)
        let first = ranges.partitioningIndex { $0.lowerBound >= range.lowerBound }
        return first < ranges.endIndex && ranges[first].lowerBound < range.upperBound
    }

    /// The token ranges where term `term` occurs, in text order.
    public func ranges(of term: Int) -> ArraySlice<Range<Int>> {
        ranges[indices(of: term)]
    }

    /// Where term `term`'s ranges lie in the buffer `withRanges` lends.
    @inlinable @inline(__always)
    package func indices(of term: Int) -> Range<Int> {
        guard term + 1 < starts.count else { return 0..<0 }
        return Int(starts[term])..<Int(starts[term + 1])
    }

    /// Calls `body` with every occurrence, grouped as `indices(of:)` describes.
    package func withRanges<Result>(_ body: (UnsafeBufferPointer<Range<Int>>) -> Result) -> Result {
        ranges.withUnsafeBufferPointer(body)
    }

    /// Collects occurrences in text order, then groups them by term keeping that order.
    struct Builder {
        private var terms: [Int32] = []
        private var ranges: [Range<Int>] = []
        /// How many occurrences each term has, with one more slot (always 0) past the last term;
        /// `build` turns it into the group starts in place.
        private var counts: [Int32]

        /// `expected` sets the first allocation: growing from empty cost seven reallocations a clause.
        init(termCount: Int, expected: Int) {
            counts = [Int32](repeating: 0, count: termCount + 1)
            terms.reserveCapacity(expected)
            ranges.reserveCapacity(expected)
        }

        var count: Int { terms.count }

        /// Appends an occurrence unless one recorded since index `first` is identical.
        @inline(__always)
        mutating func append(term: Int32, range: Range<Int>, unlessSince first: Int) {
            for index in first..<terms.count where terms[index] == term && ranges[index] == range { return }
            terms.append(term)
            ranges.append(range)
            counts[Int(term)] += 1
        }

        /// Adds, for every occurrence of a term of `aliases`, an occurrence of each of its targets,
        /// at the same words.
        ///
        /// Each copy goes right after its original, so every term's occurrences stay in text order.
        mutating func addAliases(_ aliases: [TermAlias]) {
            guard terms.contains(where: { term in aliases.contains { $0.term == term } }) else { return }
            var newTerms: [Int32] = []
            var newRanges: [Range<Int>] = []
            newTerms.reserveCapacity(terms.count * 2)
            newRanges.reserveCapacity(terms.count * 2)
            for index in terms.indices {
                newTerms.append(terms[index])
                newRanges.append(ranges[index])
                guard let alias = aliases.first(where: { $0.term == terms[index] }) else { continue }
                for target in alias.targets where Int(target) + 1 < counts.count {
                    newTerms.append(target)
                    newRanges.append(ranges[index])
                    counts[Int(target)] += 1
                }
            }
            terms = newTerms
            ranges = newRanges
        }

        /// Grouped by term with a counting sort, stable, so each term's ranges stay in text order.
        ///
        /// No second array: the counts become each group's end, and placing occurrences from the
        /// last one back moves each end to its group's start.
        consuming func build() -> TermOccurrences {
            var starts: [Int32] = []
            swap(&starts, &counts)  // taken, not copied
            let grouped = starts.withUnsafeMutableBufferPointer { starts in
                for term in starts.indices.dropFirst() { starts[term] &+= starts[term - 1] }
                return terms.withUnsafeBufferPointer { terms in
                    ranges.withUnsafeBufferPointer { ranges in
                        [Range<Int>](unsafeUninitializedCapacity: ranges.count) { buffer, initialized in
                            for index in ranges.indices.reversed() {
                                let term = Int(terms[index])
                                starts[term] &-= 1
                                buffer.initializeElement(at: Int(starts[term]), to: ranges[index])
                            }
                            initialized = ranges.count
                        }
                    }
                }
            }
            return TermOccurrences(ranges: grouped, starts: starts)
        }
    }
}
