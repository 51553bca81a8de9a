import AccordText

/// An evidence pattern compiled against a term table: term ids, and the same span, polarity and
/// frame requirements.
public struct CompiledPattern: Sendable, Hashable {
    /// The terms, each an id into the pack's `TermTable`.
    public let terms: [Int]
    /// The widest span, in words, the terms may occupy; nil for anywhere in the part.
    public let within: Int?
    /// Which polarity of match counts.
    public let polarity: EvidencePattern.PolarityRequirement
    /// The role the clause must give someone, with its slots as term ids; nil for terms alone.
    public let frame: CompiledFrame?
    /// Terms that may not occur in the matched part.
    public let excluded: [Int]

    /// A pattern over terms of a `TermTable`.
    public init(
        terms: [Int], within: Int?, polarity: EvidencePattern.PolarityRequirement, frame: CompiledFrame? = nil,
        excluded: [Int] = []
    ) {
        self.terms = terms
        self.within = within
        self.polarity = polarity
        self.frame = frame
        self.excluded = excluded
    }
}

/// An `EvidenceFrame` with its slot terms as ids.
public enum CompiledFrame: Sendable, Hashable {
    case cost(party: Int?, burden: CostFrame.Burden, item: Int?, partyNot: Int?)
    case restriction(actor: Int?, action: Int?, stance: RestrictionFrame.Stance)
    case comparison(direction: ComparisonFrame.Direction)
}

/// Where a pattern matched in a clause: the words it spans, the clause's modality and the polarity.
public struct PatternMatch: Sendable, Hashable {
    /// The matched tokens, from the first term's first word to the last term's last word.
    public let tokenRange: Range<Int>
    /// The modality of the clause (segment) it is in.
    public let modality: Modality
    /// Whether the matched statement is negated.
    public let polarity: Polarity
    /// What the clause does, when a frame matched: for the explanation a report gives.
    public let reading: FrameReading?
    /// True when the match is permissive wording that grants a worker something (*nurses may
    /// return home*): a right, which binds whatever a criterion's default for permissive wording.
    public var grantsRight: Bool = false
}

/// What matching needs from the pack beyond the pattern: whom pronouns in a frame's slots stand
/// for, and which parts the pack does not read, as term ids.
public struct MatchContext: Sendable, Hashable {
    let person: Int?
    let body: Int?
    let outOfScope: Int?
    let inScope: Int?

    /// No referents and no parts left out.
    public static let none = MatchContext(person: nil, body: nil, outOfScope: nil, inScope: nil)

    /// True when part `range` is about another sector (names an out-of-scope term and no term that
    /// brings it back).
    func isOutOfScope(_ range: Range<Int>, _ occurrences: TermOccurrences) -> Bool {
        guard let outOfScope, occurrences.occurs(outOfScope, in: range) else { return false }
        guard let inScope else { return true }
        return !occurrences.occurs(inScope, in: range)
    }
}

extension CompiledPattern {
    /// True when every term of the pattern occurs, and the clause has a frame of the pattern's
    /// kind: most (pattern, clause) pairs fail this test, which is far cheaper than matching.
    @inline(__always)
    func mayMatch(_ occurrences: TermOccurrences, meaning: ClauseMeaning) -> Bool {
        let framesPresent: Bool =
            switch frame {
            case nil: true
            case .cost: !meaning.costs.isEmpty
            case .restriction: !meaning.restrictions.isEmpty
            case .comparison: !meaning.comparisons.isEmpty
            }
        guard framesPresent else { return false }
        return terms.withUnsafeBufferPointer { terms in
            for term in terms where !occurrences.contains(term) { return false }
            return true
        }
    }

    /// Every match of the pattern in `text`, in order.
    public func matches(in text: AnalyzedText, occurrences: TermOccurrences, context: MatchContext = .none)
        -> [PatternMatch]
    {
        var results: [PatternMatch] = []
        forEachMatch(in: text, occurrences: occurrences, context: context) { results.append($0) }
        return results
    }

    /// Calls `body` with each match, in order, building no array: the evaluator adds them straight
    /// to a rule's candidates.
    ///
    /// Clauses that commit no one (definitions, final clauses) give none.
    ///
    /// Runs on borrowed buffers and a stack scratch area: this is called for every pattern in every
    /// clause, and per-call arrays were the matcher's main cost.
    func forEachMatch(
        in text: AnalyzedText, occurrences: TermOccurrences, context: MatchContext, _ body: (PatternMatch) -> Void
    ) {
        guard mayMatch(occurrences, meaning: text.meaning) else { return }
        occurrences.withRanges { all in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: OccurrenceLists.scratchSize(terms.count)) { scratch in
                var lists = OccurrenceLists(all: all, scratch: scratch, count: terms.count)
                for (list, term) in terms.enumerated() { lists.start(list, at: occurrences.indices(of: term)) }
                if let frame {
                    matchFrames(frame, in: text, occurrences: occurrences, context: context, lists: &lists, body)
                    return
                }
                for part in text.parts {
                    guard part.commitment == .operative, lists.select(part.tokenRange), let span = lists.smallestSpan(),
                        !excludes(part.tokenRange, occurrences), !context.isOutOfScope(part.tokenRange, occurrences)
                    else {
                        continue
                    }
                    if let within, span.count > within { continue }
                    let lastIndex = text.segment(holding: span.upperBound - 1)
                    let last = text.segments[lastIndex]
                    guard last.commitment == .operative else { continue }
                    let first = text.segments[text.segment(holding: span.lowerBound)]
                    let negated =
                        first.sanctioned
                        || NegationScope.isNegated(span, in: part, segment: first.tokenRange, tokens: text.tokens) {
                            isOwnWord($0, of: span, occurrences)
                        }
                    let polarity: Polarity = negated ? .negated : .affirmed
                    guard self.polarity.accepts(polarity) else { continue }
                    var match = PatternMatch(tokenRange: span, modality: last.modality, polarity: polarity, reading: nil)
                    match.grantsRight = grantsRight(in: lastIndex, text, occurrences, context)
                    body(match)
                }
            }
        }
    }

    /// The frames of `text` that meet `frame`, each with the pattern's terms in its clause.
    private func matchFrames(
        _ frame: CompiledFrame, in text: AnalyzedText, occurrences: TermOccurrences, context: MatchContext,
        lists: inout OccurrenceLists, _ body: (PatternMatch) -> Void
    ) {
        var readings: [(segment: Int, reading: FrameReading)] = []
        switch frame {
        case .cost(let party, let burden, let item, let partyNot):
            for found in text.meaning.costs where found.burden == burden {
                if let partyNot, let slot = found.party, occurrences.occurs(partyNot, in: slot) { continue }
                guard fills(party, found.party, text, occurrences, context),
                    found.item == nil || fills(item, found.item, text, occurrences, context)
                else { continue }
                readings.append(
                    (
                        found.segment,
                        FrameReading(
                            kind: burden == .bears ? .costBorne : .costSpared, who: found.party, item: found.named,
                            cue: found.cue)
                    ))
            }
        case .restriction(let actor, let action, let stance):
            for found in text.meaning.restrictions where found.stance == stance {
                guard fills(actor, found.actor, text, occurrences, context),
                    fills(action, found.action, text, occurrences, context)
                else { continue }
                readings.append(
                    (
                        found.segment,
                        FrameReading(
                            kind: stance == .restricted ? .restricted : .free, who: found.actor, item: found.action,
                            cue: found.cue)
                    ))
            }
        case .comparison(let direction):
            for found in text.meaning.comparisons where found.direction == direction {
                readings.append(
                    (
                        found.segment,
                        FrameReading(
                            kind: direction == .equal ? .treatedEqually : .treatedLess, who: nil, item: nil, cue: found.cue)
                    ))
            }
        }
        var selected: (segment: Int, span: Range<Int>?)?
        for (index, reading) in readings {
            let segment = text.segments[index]
            let part = text.parts[segment.part].tokenRange
            guard segment.commitment == .operative, !excludes(segment.tokenRange, occurrences),
                !context.isOutOfScope(part, occurrences)
            else { continue }
            var span = reading.matchedWords
            if !terms.isEmpty {
                if selected?.segment != index {
                    selected = (index, lists.select(part) ? lists.smallestSpan() : nil)
                }
                guard let terms = selected?.span else { continue }
                if let within, terms.count > within { continue }
                span = min(span.lowerBound, terms.lowerBound)..<max(span.upperBound, terms.upperBound)
            }
            var match = PatternMatch(tokenRange: span, modality: segment.modality, polarity: .affirmed, reading: reading)
            match.grantsRight = grantsRight(in: index, text, occurrences, context)
            body(match)
        }
    }

    /// True when segment `index` is permissive and leaves a worker free to do something: the
    /// subject of its *may* is a person the pack's pronouns stand for.
    private func grantsRight(
        in index: Int, _ text: AnalyzedText, _ occurrences: TermOccurrences, _ context: MatchContext
    ) -> Bool {
        guard text.segments[index].modality == .permissive, let person = context.person else { return false }
        return text.meaning.restrictions.contains { found in
            guard found.segment == index, found.stance == .free, let actor = found.actor else { return false }
            return occurrences.occurs(person, in: actor)
        }
    }

    /// True when token `index` lies in an occurrence of one of the pattern's terms within `span`:
    /// the *not* of *does not apply to* is the pattern's own word.
    ///
    /// A binary search per term: a clause of thousands of parts has thousands of occurrences, and
    /// a scan for every negation of every match made it quadratic.
    private func isOwnWord(_ index: Int, of span: Range<Int>, _ occurrences: TermOccurrences) -> Bool {
        terms.contains { term in
            let ranges = occurrences.ranges(of: term)
            // In text order: only occurrences starting in the span, at or before the token, can hold it.
            var position = ranges.partitioningIndex { $0.lowerBound > index }
            while position > ranges.startIndex {
                position = ranges.index(before: position)
                guard span.contains(ranges[position].lowerBound) else { return false }
                if ranges[position].contains(index) { return true }
            }
            return false
        }
    }

    /// True when an excluded term occurs in `range`.
    private func excludes(_ range: Range<Int>, _ occurrences: TermOccurrences) -> Bool {
        excluded.contains { occurrences.occurs($0, in: range) }
    }

    /// True when a frame's slot meets the pattern's term: no term asked for; the term among the
    /// slot's words; or a pronoun there standing for the term's nearest mention before it.
    private func fills(
        _ term: Int?, _ slot: Range<Int>?, _ text: AnalyzedText, _ occurrences: TermOccurrences, _ context: MatchContext
    ) -> Bool {
        guard let term else { return true }
        guard let slot, !slot.isEmpty else { return false }
        let mentions = occurrences.ranges(of: term)
        if mentions.contains(where: { slot.contains($0.lowerBound) }) { return true }
        for index in slot {
            let token = text.tokens[index]
            guard let referent = token.isPersonPronoun ? context.person : token.isThingPronoun ? context.body : nil else {
                continue
            }
            guard let nearest = occurrences.ranges(of: referent).last(where: { $0.lowerBound < index }) else { continue }
            if mentions.contains(where: { $0.overlaps(nearest) }) { return true }
        }
        return false
    }
}
