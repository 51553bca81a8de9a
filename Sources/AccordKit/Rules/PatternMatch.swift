/// Where a pattern matched in a clause: the words it spans, the part's modality and the polarity.
public struct PatternMatch: Sendable, Hashable {
    /// The matched tokens, from the first term's first word to the last term's last word.
    public let tokenRange: Range<Int>
    /// The modality of the sentence part it is in.
    public let modality: Modality
    /// Whether the matched statement is negated.
    public let polarity: Polarity
}

extension EvidencePattern {
    /// Words before a match in which a negation cue still negates it: a sentence-initial *No* scopes
    /// over its predicate ("No recruitment fees shall be charged to health workers").
    static let negationLookBehind = 8

    /// Every sentence part of `text` where the pattern matches with an acceptable polarity: the
    /// smallest span holding one occurrence of each term.
    public func matches(in text: AnalyzedText, occurrences: TermOccurrences) -> [PatternMatch] {
        for term in terms where !occurrences.contains(term) { return [] }
        let lists = terms.map { occurrences.ranges(of: $0) }
        var results: [PatternMatch] = []
        var inPart = lists
        // Parts and each list are in text order, so each list's cursor only moves forward: one
        // pass over the occurrences for all parts, however many parts the clause has.
        var cursors = lists.map(\.startIndex)
        for part in text.parts {
            var empty = false
            for index in lists.indices {
                inPart[index] = Self.starting(in: part.tokenRange, lists[index], from: &cursors[index])
                empty = empty || inPart[index].isEmpty
            }
            guard !empty, let span = Self.smallestSpan(inPart) else { continue }
            if let within, span.count > within { continue }
            let negated = Self.isNegated(span, in: part, tokens: text.tokens)
            let polarity: Polarity = negated ? .negated : .affirmed
            guard self.polarity.accepts(polarity) else { continue }
            results.append(PatternMatch(tokenRange: span, modality: part.modality, polarity: polarity))
        }
        return results
    }

    /// The ranges of `list` (sorted by start) that start inside `part`, searching from `cursor`
    /// (no earlier range starts in this or a later part) and leaving it after them.
    private static func starting(
        in part: Range<Int>, _ list: ArraySlice<Range<Int>>, from cursor: inout Int
    ) -> ArraySlice<Range<Int>> {
        while cursor < list.endIndex, list[cursor].lowerBound < part.lowerBound { cursor += 1 }
        let low = cursor
        while cursor < list.endIndex, list[cursor].lowerBound < part.upperBound { cursor += 1 }
        return list[low..<cursor]
    }

    /// True when a negation cue lies in the span, or shortly before it with no scope break between.
    static func isNegated(_ span: Range<Int>, in part: AnalyzedText.Part, tokens: [AnalyzedText.Token]) -> Bool {
        part.negations.contains { cue in
            if span.contains(cue) { return true }
            // A part that opens with its negation ("Nothing in this Agreement shall oblige ...",
            // "No provision ...") is denied as a whole, however long the subject.
            let opensPart = cue == part.tokenRange.lowerBound
            guard cue < span.lowerBound, opensPart || span.lowerBound - cue <= negationLookBehind else { return false }
            let between = tokens[(cue + 1)..<span.lowerBound]
            if between.contains(where: { $0.roles.contains(.negationCanceller) }) { return false }
            return !between.contains { $0.roles.contains(.negationScopeBreak) }
        }
    }

    /// The smallest token range containing one range from each list (each sorted by start), with the
    /// chosen ranges disjoint: two terms never count the same word ("own costs" is not both
    /// `own cost*` and `cost*`).
    static func smallestSpan(_ lists: [ArraySlice<Range<Int>>]) -> Range<Int>? {
        let combinations = lists.reduce(1) { $0 > exhaustiveLimit ? $0 : $0 * $1.count }
        if combinations <= exhaustiveLimit { return exhaustiveSmallestSpan(lists) }
        return sweepSmallestSpan(lists)
    }

    /// Above this many combinations (only in hostile or freakishly repetitive text) the linear sweep
    /// is used, which may miss a disjoint combination hidden behind an overlapping one.
    static let exhaustiveLimit = 4_096

    /// Tries every combination, the last list varying fastest.
    ///
    /// Exact, for the few occurrences real clauses have; ties keep the first combination found.
    static func exhaustiveSmallestSpan(_ lists: [ArraySlice<Range<Int>>]) -> Range<Int>? {
        if lists.count == 1, let first = lists[0].first {
            return lists[0].reduce(first) { $1.count < $0.count ? $1 : $0 }
        }
        var cursors = lists.map(\.startIndex)
        var best: Range<Int>?
        while true {
            var start = Int.max
            var end = Int.min
            for (list, cursor) in zip(lists, cursors) {
                start = min(start, list[cursor].lowerBound)
                end = max(end, list[cursor].upperBound)
            }
            if end - start < (best?.count ?? Int.max), areDisjoint(lists, cursors) { best = start..<end }
            var list = lists.count - 1
            while list >= 0 {
                cursors[list] += 1
                if cursors[list] < lists[list].endIndex { break }
                cursors[list] = lists[list].startIndex
                list -= 1
            }
            if list < 0 { return best }
        }
    }

    /// One sweep over the occurrences, advancing the earliest each time: linear in their number.
    static func sweepSmallestSpan(_ lists: [ArraySlice<Range<Int>>]) -> Range<Int>? {
        var cursors = lists.map(\.startIndex)
        var best: Range<Int>?
        while true {
            var lowest = 0
            var start = Int.max
            var end = Int.min
            for (list, cursor) in zip(lists.indices, cursors) {
                let range = lists[list][cursor]
                if range.lowerBound < start {
                    start = range.lowerBound
                    lowest = list
                }
                end = max(end, range.upperBound)
            }
            if end - start < (best?.count ?? Int.max), areDisjoint(lists, cursors) {
                best = start..<end
            }
            cursors[lowest] += 1
            if cursors[lowest] == lists[lowest].endIndex { return best }
        }
    }

    /// True when the chosen ranges (one per list, at `cursors`) share no token.
    private static func areDisjoint(_ lists: [ArraySlice<Range<Int>>], _ cursors: [Int]) -> Bool {
        for left in lists.indices {
            let a = lists[left][cursors[left]]
            for right in (left + 1)..<lists.count {
                let b = lists[right][cursors[right]]
                if a.lowerBound < b.upperBound, b.lowerBound < a.upperBound { return false }
            }
        }
        return true
    }
}
