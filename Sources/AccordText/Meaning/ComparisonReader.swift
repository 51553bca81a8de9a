/// Reads comparisons with others and their direction in each clause.
///
/// *The same as*, *no less favourable than* are equal; *85 per cent of*, *excluded from*, *unlike*
/// are less. A denial flips the direction (*shall not receive the same allowance as nationals* is
/// less), except a negation that is part of the cue (*no less favourable*), and so does a sanction
/// on the sentence part (*an employer who pays a nurse less … commits an offence*).
struct ComparisonReader {
    let cues: CueIndex
    let denial: DenialReader

    func frames(in segment: Range<Int>, index: Int) -> [ComparisonFrame] {
        var found: [(Range<Int>, ComparisonFrame.Direction)] = []
        for cue in cues.cues(.comparisonEqual, in: segment) { found.append((cue, .equal)) }
        for cue in cues.cues(.comparisonLess, in: segment) { found.append((cue, .less)) }
        found = found.filter { cue in !found.contains { $0.0 != cue.0 && $0.0.contains(cue.0) } }
        // Overlapping cues ("paid less" and "less than") are one comparison: the first is kept.
        found.sort { $0.0.lowerBound < $1.0.lowerBound }
        var kept: [(Range<Int>, ComparisonFrame.Direction)] = []
        for cue in found where !kept.contains(where: { $0.0.overlaps(cue.0) }) { kept.append(cue) }
        found = kept
        let starts = found.map(\.0.lowerBound)
        let sanctioned = denial.sanctioned.contains(segment)
        return found.sorted { $0.0.lowerBound < $1.0.lowerBound }.map { cue, direction in
            // A negation reaches the first comparison after it only: "not lower than … the same post";
            // one that opens a comparison is that comparison's ("not less favourable than … the same
            // work").
            let denied =
                sanctioned
                || denial.denying(cue, in: segment).map { negation in
                    !starts.contains { $0 >= negation && $0 < cue.lowerBound }
                } ?? false
            let read: ComparisonFrame.Direction = denied ? (direction == .equal ? .less : .equal) : direction
            return ComparisonFrame(cue: cue, direction: read, segment: index)
        }
    }
}
