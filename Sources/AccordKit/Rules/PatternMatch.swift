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

    /// True when every term of the pattern occurs: most (pattern, clause) pairs fail this test,
    /// which is far cheaper than setting up a match.
    @inline(__always)
    func mayMatch(_ occurrences: TermOccurrences) -> Bool {
        terms.withUnsafeBufferPointer { terms in
            for term in terms where !occurrences.contains(term) { return false }
            return true
        }
    }

    /// Every sentence part of `text` where the pattern matches with an acceptable polarity: the
    /// smallest span holding one occurrence of each term.
    ///
    /// Runs on borrowed buffers and a stack scratch area: this is called for every pattern in every
    /// clause, and per-call arrays were the matcher's main cost.
    public func matches(in text: AnalyzedText, occurrences: TermOccurrences) -> [PatternMatch] {
        var results: [PatternMatch] = []
        forEachMatch(in: text, occurrences: occurrences) { results.append($0) }
        return results
    }

    /// Calls `body` with each match `matches(in:occurrences:)` returns, in order, building no array:
    /// the evaluator adds them straight to a rule's candidates.
    func forEachMatch(in text: AnalyzedText, occurrences: TermOccurrences, _ body: (PatternMatch) -> Void) {
        guard mayMatch(occurrences) else { return }
        occurrences.withRanges { all in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: OccurrenceLists.scratchSize(terms.count)) { scratch in
                var lists = OccurrenceLists(all: all, scratch: scratch, count: terms.count)
                for (list, term) in terms.enumerated() { lists.start(list, at: occurrences.indices(of: term)) }
                for part in text.parts {
                    guard lists.select(part.tokenRange), let span = lists.smallestSpan() else { continue }
                    if let within, span.count > within { continue }
                    let negated = Self.isNegated(span, in: part, tokens: text.tokens)
                    let polarity: Polarity = negated ? .negated : .affirmed
                    guard self.polarity.accepts(polarity) else { continue }
                    body(PatternMatch(tokenRange: span, modality: part.modality, polarity: polarity))
                }
            }
        }
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
}
