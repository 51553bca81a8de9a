/// Whether a span of a sentence part is denied: a negation cue inside it, or shortly before it with
/// nothing between that ends or cancels the denial.
///
/// The cues, scope breaks and cancellers are the grammar's; this is how they are read, the same in
/// every language.
public enum NegationScope {
    /// Words before a span in which a negation cue still negates it: a sentence-initial *No* scopes
    /// over its predicate ("No recruitment fees shall be charged to health workers").
    public static let lookBehind = 8

    /// True when a negation cue lies in `span`, or shortly before it in the same clause (`segment`)
    /// with no scope break between.
    ///
    /// A cue for which `isOwnWord` is true belongs to the words being matched (*does not apply
    /// to*, *not eligible for*): it is part of what they mean, not a denial of them.
    public static func isNegated(
        _ span: Range<Int>, in part: AnalyzedText.Part, segment: Range<Int>, tokens: [AnalyzedText.Token],
        isOwnWord: (Int) -> Bool = { _ in false }
    ) -> Bool {
        part.negations.contains { cue in
            if isOwnWord(cue) { return false }
            if span.contains(cue) { return true }
            guard cue >= segment.lowerBound else { return false }
            // A clause that opens with its negation ("Nothing in this Agreement shall oblige ...",
            // "No provision ...", "and no fee shall ...") is denied as a whole, however long the
            // subject.
            let opensClause =
                cue == segment.lowerBound || (cue == segment.lowerBound + 1 && segment.lowerBound != part.tokenRange.lowerBound)
            guard cue < span.lowerBound, opensClause || span.lowerBound - cue <= lookBehind else { return false }
            let between = tokens[(cue + 1)..<span.lowerBound]
            if between.contains(where: { $0.roles.contains(.negationCanceller) }) { return false }
            return !between.contains { $0.roles.contains(.negationScopeBreak) }
        }
    }
}
