import AccordText

/// Evidence found for one rule, not yet written out: a pattern match in a prepared clause, or an
/// encoder's annotation.
///
/// A rule keeps only its strongest few pieces of evidence, and writing one out (the quoted words
/// and their file line) costs more than matching it, so candidates are ranked first and only the
/// kept ones are written.
enum EvidenceCandidate {
    case match(PatternMatch, in: Evaluator.PreparedClause, strength: Strength)
    case annotation(Evidence)

    var strength: Strength {
        switch self {
        case .match(_, _, let strength): strength
        case .annotation(let evidence): evidence.strength
        }
    }

    var isAsserted: Bool {
        if case .annotation = self { return true }
        return false
    }

    /// The evidence as reports show it.
    var evidence: Evidence {
        switch self {
        case .match(let match, let prepared, let strength):
            let tokens = prepared.text.tokens
            let first = tokens[match.tokenRange.lowerBound]
            let start = first.start
            let end = tokens[match.tokenRange.upperBound - 1].end
            return Evidence(
                clause: prepared.clause.id,
                line: prepared.clause.evidenceLine(ofTextWord: Int(first.textWord), of: prepared.text.textWordCount),
                text: prepared.text.excerpt(from: start, to: end), modality: match.modality, polarity: match.polarity,
                asserted: false, strength: strength, explanation: match.reading?.explanation(in: prepared.text)
            )
        case .annotation(let evidence):
            return evidence
        }
    }

    /// The evidence a rule reports: strongest first; read from the text before asserted; then in
    /// document order; duplicates removed (an explained copy of a quote replaces an unexplained
    /// one); at most `limit`.
    ///
    /// Sorting is stable and duplicates are equal in every sort key, so taking the first unique
    /// ones after sorting keeps the same evidence as removing duplicates first would.
    static func rank(_ candidates: [EvidenceCandidate], limit: Int) -> [Evidence] {
        guard !candidates.isEmpty else { return [] }
        let order = candidates.indices.sorted { left, right in
            let (a, b) = (candidates[left], candidates[right])
            if a.strength != b.strength { return a.strength > b.strength }
            if a.isAsserted != b.isAsserted { return !a.isAsserted }
            return left < right
        }
        var kept: [Evidence] = []
        kept.reserveCapacity(min(limit, candidates.count))
        for index in order where kept.count < limit {
            let evidence = candidates[index].evidence
            if let same = kept.firstIndex(where: { $0.quotesSame(as: evidence) }) {
                if kept[same].explanation == nil, evidence.explanation != nil { kept[same] = evidence }
            } else {
                kept.append(evidence)
            }
        }
        return kept
    }
}
