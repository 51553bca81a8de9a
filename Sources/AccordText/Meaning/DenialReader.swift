/// Whether a cue is denied within its own clause: a negation before it in the same segment, near
/// enough or opening the segment, with no scope break or canceller between.
///
/// Negations inside the cue itself (*at no cost*, *shall not*, *no less favourable*) are part of
/// its meaning and do not deny it.
struct DenialReader {
    let tokens: [AnalyzedText.Token]
    /// Every negation cue of the text, as token indices.
    let negations: [Int]
    let cues: CueIndex
    /// The segments (token ranges) of sentence parts under a sanction.
    let sanctioned: Set<Range<Int>>

    /// True when `cue` is denied, or its sentence part puts what it says under a sanction (*an
    /// employer who recovers the cost from a worker commits an offence*).
    func isDenied(_ cue: Range<Int>, in segment: Range<Int>) -> Bool {
        denying(cue, in: segment) != nil || sanctioned.contains(segment)
    }

    /// The negation that denies `cue`, if any.
    func denying(_ cue: Range<Int>, in segment: Range<Int>) -> Int? {
        let first = negations.partitioningIndex { $0 >= segment.lowerBound }
        for negation in negations[first...] {
            guard negation < cue.lowerBound else { break }
            // A negation opening the segment, or a clause inside it ("intend that no nurse … will be
            // asked to pay", "and no release … shall be required"), denies that clause's verb.
            let opensSegment =
                negation <= segment.lowerBound + 1
                || cues.startsAny([.clauseOpener, .conjunction], at: negation - 1)
            // A negated modal verb ("may not be employed … under conditions less favourable") denies
            // its whole predicate, however long.
            let negatesVerb =
                negation > segment.lowerBound && PhraseReader(tokens: tokens, cues: cues).isModal(negation - 1)
            guard opensSegment || negatesVerb || cue.lowerBound - negation <= NegationScope.lookBehind else { continue }
            let between = tokens[(negation + 1)..<cue.lowerBound]
            // A negation inside the clause stops at a comma ("employers, not nurses, will bear");
            // one that opens it reaches past commas ("No fee, commission or charge shall …").
            if !opensSegment,
                between.contains(where: { $0.roles.contains(.afterComma) }) || tokens[cue.lowerBound].roles.contains(.afterComma)
            {
                continue
            }
            if between.contains(where: { !$0.roles.isDisjoint(with: [.negationCanceller, .negationScopeBreak]) }) {
                continue
            }
            // A clause joined after the negated one has its own verb: "ensure that workers do not
            // incur debt and that the costs are borne by employers".
            if (min(negation + 2, cue.lowerBound)..<cue.lowerBound).contains(where: {
                cues.starts(.clauseOpener, at: $0) && cues.starts(.conjunction, at: $0 - 1)
            }) {
                continue
            }
            return negation
        }
        return nil
    }
}
