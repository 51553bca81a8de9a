/// The clause-meaning stage: after tokenising, reads each segment's costs, restrictions and
/// comparisons into frames, from the grammar's cue words.
///
/// A stage of its own so that a rule pack asks *who bears the cost* instead of listing every
/// wording of every bearer; readers run only where their cue words occur.
struct MeaningReader {
    let phrases: PhraseReader
    let cues: CueIndex
    let negations: [Int]

    /// The frames of `segments`; `leadIns` gives, per sentence part, the part it is a list item of.
    func meaning(of segments: [Segment], leadIns: [Int?] = []) -> ClauseMeaning {
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
            let shared = sharedSubject(of: index, in: segments, leadIns: leadIns)
            if readsCosts { costFrames += costs.frames(in: segment.tokenRange, index: index, sharedSubject: shared) }
            if readsRestrictions {
                restrictionFrames += restrictions.frames(in: segment.tokenRange, index: index, sharedSubject: shared)
            }
            if readsComparisons { comparisonFrames += comparisons.frames(in: segment.tokenRange, index: index) }
        }
        return ClauseMeaning(costs: costFrames, restrictions: restrictionFrames, comparisons: comparisonFrames)
    }

    /// The subject a clause shares with the one before it in its part ("Recruited nurses will enjoy
    /// equal pay, but will not be permitted to change employer"), or, opening a list item, with its
    /// lead-in ("The receiving Party shall: (a) bear all costs of recruitment").
    private func sharedSubject(of index: Int, in segments: [Segment], leadIns: [Int?]) -> Range<Int>? {
        guard index > 0 else { return nil }
        var before = index - 1
        if segments[before].part != segments[index].part {
            let part = segments[index].part
            // Segments are in part order: the lead-in's last one is found by binary search, so a
            // list of thousands of items stays linear.
            guard part < leadIns.count, let leadIn = leadIns[part] else { return nil }
            let last = segments.partitioningIndex { $0.part > leadIn } - 1
            guard last >= 0, segments[last].part == leadIn else { return nil }
            before = last
        }
        let previous = segments[before].tokenRange
        guard let modal = previous.first(where: phrases.isModal) else { return nil }
        return phrases.subject(before: phrases.verbGroupStart(of: modal, in: previous), in: previous)
    }
}
