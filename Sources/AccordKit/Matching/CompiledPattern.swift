import AccordText

/// An evidence pattern compiled against a term table: term ids, and the same span and polarity
/// requirements.
public struct CompiledPattern: Sendable, Hashable {
    /// The terms, each an id into the pack's `TermTable`.
    public let terms: [Int]
    /// The widest span, in words, the terms may occupy; nil for anywhere in the part.
    public let within: Int?
    /// Which polarity of match counts.
    public let polarity: EvidencePattern.PolarityRequirement

    /// A pattern over terms of a `TermTable`.
    public init(terms: [Int], within: Int?, polarity: EvidencePattern.PolarityRequirement) {
        self.terms = terms
        self.within = within
        self.polarity = polarity
    }
}

/// Where a pattern matched in a clause: the words it spans, the part's modality and the polarity.
public struct PatternMatch: Sendable, Hashable {
    /// The matched tokens, from the first term's first word to the last term's last word.
    public let tokenRange: Range<Int>
    /// The modality of the sentence part it is in.
    public let modality: Modality
    /// Whether the matched statement is negated.
    public let polarity: Polarity
}

extension CompiledPattern {
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
    public func matches(in text: AnalyzedText, occurrences: TermOccurrences) -> [PatternMatch] {
        var results: [PatternMatch] = []
        forEachMatch(in: text, occurrences: occurrences) { results.append($0) }
        return results
    }

    /// Calls `body` with each match `matches(in:occurrences:)` returns, in order, building no array:
    /// the evaluator adds them straight to a rule's candidates.
    ///
    /// Runs on borrowed buffers and a stack scratch area: this is called for every pattern in every
    /// clause, and per-call arrays were the matcher's main cost.
    func forEachMatch(in text: AnalyzedText, occurrences: TermOccurrences, _ body: (PatternMatch) -> Void) {
        guard mayMatch(occurrences) else { return }
        occurrences.withRanges { all in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: OccurrenceLists.scratchSize(terms.count)) { scratch in
                var lists = OccurrenceLists(all: all, scratch: scratch, count: terms.count)
                for (list, term) in terms.enumerated() { lists.start(list, at: occurrences.indices(of: term)) }
                for part in text.parts {
                    guard lists.select(part.tokenRange), let span = lists.smallestSpan() else { continue }
                    if let within, span.count > within { continue }
                    let negated = NegationScope.isNegated(span, in: part, tokens: text.tokens)
                    let polarity: Polarity = negated ? .negated : .affirmed
                    guard self.polarity.accepts(polarity) else { continue }
                    body(PatternMatch(tokenRange: span, modality: part.modality, polarity: polarity))
                }
            }
        }
    }
}
