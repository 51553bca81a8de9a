/// Whether a cue is denied within its own clause: a negation before it in the same segment, near
/// enough or opening the segment, with no scope break or canceller between.
///
/// Negations inside the cue itself (*at no cost*, *shall not*, *no less favourable*) are part of
/// its meaning and do not deny it.
struct DenialReader {
    let tokens: [AnalyzedText.Token]
    /// Every negation cue of the text, as token indices.
    let negations: [Int]

    func isDenied(_ cue: Range<Int>, in segment: Range<Int>) -> Bool {
        for negation in negations where negation >= segment.lowerBound && negation < cue.lowerBound {
            let opensSegment = negation <= segment.lowerBound + 1
            guard opensSegment || cue.lowerBound - negation <= NegationScope.lookBehind else { continue }
            let between = tokens[(negation + 1)..<cue.lowerBound]
            if between.contains(where: { !$0.roles.isDisjoint(with: [.negationCanceller, .negationScopeBreak]) }) {
                continue
            }
            return true
        }
        return false
    }
}
