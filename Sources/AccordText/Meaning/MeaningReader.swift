/// The clause-meaning stage: after tokenising, reads each segment's costs, restrictions and
/// comparisons into frames, from the grammar's cue words.
///
/// A stage of its own so that a rule pack asks *who bears the cost* instead of listing every
/// wording of every bearer; readers run only where their cue words occur.
struct MeaningReader {
    let phrases: PhraseReader
    let cues: CueIndex
    let negations: [Int]

    func meaning(of segments: [Segment]) -> ClauseMeaning {
        let readsCosts = CostReader.kinds.contains(where: cues.contains) || cues.contains(.expenseNoun)
        let readsRestrictions =
            [CueKind.prohibition, .freedom, .restrictVerb, .permissionNeed, .permissionCondition]
            .contains(where: cues.contains) || !negations.isEmpty
        let readsComparisons = cues.contains(.comparisonEqual) || cues.contains(.comparisonLess)
        guard readsCosts || readsRestrictions || readsComparisons else { return .empty }
        let denial = DenialReader(
            tokens: phrases.tokens, negations: negations, cues: cues,
            sanctioned: Set(segments.filter(\.sanctioned).map(\.tokenRange)))
        let costs = CostReader(phrases: phrases, cues: cues, denial: denial)
        let restrictions = RestrictionReader(phrases: phrases, cues: cues, denial: denial)
        let comparisons = ComparisonReader(cues: cues, denial: denial)
        var costFrames: [CostFrame] = []
        var restrictionFrames: [RestrictionFrame] = []
        var comparisonFrames: [ComparisonFrame] = []
        for (index, segment) in segments.enumerated() where segment.commitment == .operative {
            let shared = sharedSubject(of: index, in: segments)
            if readsCosts { costFrames += costs.frames(in: segment.tokenRange, index: index, sharedSubject: shared) }
            if readsRestrictions {
                restrictionFrames += restrictions.frames(in: segment.tokenRange, index: index, sharedSubject: shared)
            }
            if readsComparisons {
                comparisonFrames += comparisons.frames(in: segment.tokenRange, index: index, sanctioned: segment.sanctioned)
            }
        }
        return ClauseMeaning(costs: costFrames, restrictions: restrictionFrames, comparisons: comparisonFrames)
    }

    /// The subject a clause shares with the one before it in its part: "Recruited nurses will enjoy
    /// equal pay, but will not be permitted to change employer".
    private func sharedSubject(of index: Int, in segments: [Segment]) -> Range<Int>? {
        guard index > 0, segments[index - 1].part == segments[index].part else { return nil }
        let previous = segments[index - 1].tokenRange
        guard let modal = previous.first(where: phrases.isModal) else { return nil }
        return phrases.subject(before: phrases.verbGroupStart(of: modal, in: previous), in: previous)
    }
}
