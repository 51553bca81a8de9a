/// Scores an evaluation: principle scores from weighted criteria, red-flag penalties, an overall
/// score and grade, and the gaps ordered by severity.
///
/// Order matters: principle scores are rounded before the overall is computed from them, so every
/// number in a report can be recomputed by hand from the numbers shown (see `docs/scoring.md`).
public enum Scorer {
    /// The scored result.
    public struct ScoreCard: Sendable {
        public let overall: Double
        public let grade: String
        public let principles: [PrincipleScore]
        public let gaps: [Gap]
    }

    /// One principle's score and how it was reached.
    public struct PrincipleScore: Sendable, Hashable {
        public let id: String
        /// 0–100, rounded to one decimal; nil when no criterion of the principle applies.
        public let score: Double?
        /// Sum of weight × credit over applicable criteria.
        public let earned: Double
        /// Sum of weights over applicable criteria.
        public let possible: Double
        /// Points taken off for raised red flags.
        public let penalty: Double
    }

    /// Scores `evaluation` with `ScoringModel`.
    public static func score(_ evaluation: Evaluation) -> ScoreCard {
        var principleScores: [PrincipleScore] = []
        var weightedSum = 0.0
        var weightTotal = 0.0
        var overallPenalty = 0.0
        for result in evaluation.principles {
            // Sums in loops, not over filtered copies: a result holds its rule, a dozen references.
            var possible = 0.0
            var earned = 0.0
            for criterion in result.criteria where criterion.applies {
                let weight = Double(criterion.criterion.weight)
                possible += weight
                earned += weight * ScoringModel.credit(criterion.strength, required: criterion.criterion.required)
            }
            var penalty = 0.0
            var principleOverallPenalty = 0.0  // summed apart, then added: the same rounding as ever
            for flag in result.redFlags where flag.isRaised {
                penalty += ScoringModel.principlePenalty(flag.redFlag.severity)
                principleOverallPenalty += ScoringModel.overallPenalty(flag.redFlag.severity)
            }
            overallPenalty += principleOverallPenalty
            var score: Double?
            if possible > 0 {
                let rounded = ScoringModel.rounded(max(0, 100 * earned / possible - penalty))
                score = rounded
                weightedSum += Double(result.principle.weight) * rounded
                weightTotal += Double(result.principle.weight)
            }
            principleScores.append(
                PrincipleScore(id: result.principle.id, score: score, earned: earned, possible: possible, penalty: penalty)
            )
        }
        let mean = weightTotal > 0 ? weightedSum / weightTotal : 0
        let overall = ScoringModel.rounded(max(0, mean - overallPenalty))
        return ScoreCard(
            overall: overall, grade: ScoringModel.grade(for: overall), principles: principleScores, gaps: gaps(of: evaluation)
        )
    }

    /// Gaps by severity (critical first), then contrary before missing before weak, then pack order.
    static func gaps(of evaluation: Evaluation) -> [Gap] {
        var gaps: [Gap] = []
        for result in evaluation.principles {
            let principle = result.principle
            for flag in result.redFlags where flag.isRaised {
                let rule = flag.redFlag
                gaps.append(
                    Gap(
                        kind: .contrary, severity: rule.severity, principle: principle.id, rule: rule.id,
                        statement: rule.statement,
                        evidence: flag.evidence,
                        codeParagraphs: rule.codeParagraphs, recommendation: rule.recommendation, modelClause: rule.modelClause
                    )
                )
            }
            for criterion in result.criteria where criterion.applies && criterion.strength < criterion.criterion.required {
                let rule = criterion.criterion
                let missing = criterion.strength == .none
                gaps.append(
                    Gap(
                        kind: missing ? .missing : .weak, severity: missing ? rule.severity : rule.severity.lowered,
                        principle: principle.id, rule: rule.id, statement: rule.statement,
                        evidence: criterion.evidence,
                        codeParagraphs: rule.codeParagraphs, recommendation: rule.recommendation, modelClause: rule.modelClause
                    )
                )
            }
        }
        // Indices are sorted, not gaps: a gap holds a dozen strings, and moving it costs a retain each.
        let order = gaps.indices.sorted { left, right in
            if gaps[left].severity != gaps[right].severity { return gaps[left].severity > gaps[right].severity }
            let leftKind = kindRank(gaps[left].kind)
            let rightKind = kindRank(gaps[right].kind)
            if leftKind != rightKind { return leftKind < rightKind }
            return left < right
        }
        return order.map { gaps[$0] }
    }

    /// Contrary before missing before weak.
    private static func kindRank(_ kind: Gap.Kind) -> Int {
        switch kind {
        case .contrary: 0
        case .missing: 1
        case .weak: 2
        }
    }
}
