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

    /// Word starts that turn a negation into an affirmation of what follows: "Nothing in this Agreement
    /// shall be construed as *limiting* the freedom of health personnel to return".
    static let negationCancellers = [
        "limit", "restrict", "prejudic", "affect", "impair", "derogat", "diminish", "prevent", "imped", "hinder",
        "curtail", "undermin", "constrain",
    ]

    /// Words that end a negation's scope before the match ("no fees, but costs shall be borne by").
    static let negationScopeBreaks: Set<String> = ["but", "however", "unless", "except", "whereas", "while", "although"]

    /// Every sentence part of `text` where the pattern matches with an acceptable polarity: the
    /// smallest span holding one occurrence of each term, found in one sweep per part.
    public func matches(in text: AnalyzedText, occurrences: [Int: [Range<Int>]]) -> [PatternMatch] {
        var lists: [[Range<Int>]] = []
        for term in terms {
            guard let list = occurrences[term], !list.isEmpty else { return [] }
            lists.append(list)
        }
        var results: [PatternMatch] = []
        for part in text.parts {
            let inPart = lists.map { $0.filter { part.tokenRange.contains($0.lowerBound) } }
            guard inPart.allSatisfy({ !$0.isEmpty }), let span = Self.smallestSpan(inPart) else { continue }
            if let within, span.count > within { continue }
            let negated = Self.isNegated(span, in: part, tokens: text.tokens)
            let polarity: Polarity = negated ? .negated : .affirmed
            guard self.polarity.accepts(polarity) else { continue }
            results.append(PatternMatch(tokenRange: span, modality: part.modality, polarity: polarity))
        }
        return results
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
            if between.contains(where: { token in negationCancellers.contains { token.word.hasPrefix($0) } }) { return false }
            return !between.contains { negationScopeBreaks.contains($0.word) }
        }
    }

    /// The smallest token range containing one range from each list (each sorted by start), with the
    /// chosen ranges disjoint: two terms never count the same word ("own costs" is not both
    /// `own cost*` and `cost*`).
    static func smallestSpan(_ lists: [[Range<Int>]]) -> Range<Int>? {
        let combinations = lists.reduce(1) { $0 > exhaustiveLimit ? $0 : $0 * $1.count }
        if combinations <= exhaustiveLimit { return exhaustiveSmallestSpan(lists) }
        return sweepSmallestSpan(lists)
    }

    /// Above this many combinations (only in hostile or freakishly repetitive text) the linear sweep
    /// is used, which may miss a disjoint combination hidden behind an overlapping one.
    static let exhaustiveLimit = 4_096

    /// Tries every combination: exact, for the few occurrences real clauses have.
    static func exhaustiveSmallestSpan(_ lists: [[Range<Int>]]) -> Range<Int>? {
        var best: Range<Int>?
        var chosen: [Range<Int>] = []
        func visit(_ list: Int) {
            guard list < lists.count else {
                guard areDisjoint(chosen), let start = chosen.map(\.lowerBound).min(), let end = chosen.map(\.upperBound).max()
                else { return }
                if end - start < (best?.count ?? Int.max) { best = start..<end }
                return
            }
            for range in lists[list] {
                chosen.append(range)
                visit(list + 1)
                chosen.removeLast()
            }
        }
        visit(0)
        return best
    }

    /// One sweep over the occurrences, advancing the earliest each time: linear in their number.
    static func sweepSmallestSpan(_ lists: [[Range<Int>]]) -> Range<Int>? {
        var cursors = [Int](repeating: 0, count: lists.count)
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
            if end - start < (best?.count ?? Int.max), areDisjoint(zip(lists, cursors).map { $0.0[$0.1] }) {
                best = start..<end
            }
            cursors[lowest] += 1
            if cursors[lowest] == lists[lowest].count { return best }
        }
    }

    private static func areDisjoint(_ ranges: [Range<Int>]) -> Bool {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        return zip(sorted, sorted.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound }
    }
}
