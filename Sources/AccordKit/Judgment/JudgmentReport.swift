/// The outcome of `accord eval`: the figures for each split and for all clauses, and the
/// clauses where engine and label disagree.
public struct JudgmentReport: Sendable, Hashable, Codable {
    /// Version of this report's JSON shape.
    public static let currentSchemaVersion = "1.0"

    public let schemaVersion: String
    public let rulePack: Report.RulePackSummary
    /// The labelled files read, as named.
    public let files: [String]
    /// `dev`, `held-out` (each when present) and `all`.
    public let figures: [JudgmentFigures]
    /// Disagreements, in file order, for the splits asked for.
    public let confusions: [Confusion]

    /// The figures named `name`, if present.
    public func figures(_ name: String) -> JudgmentFigures? {
        figures.first { $0.name == name }
    }

    /// Judges `clauses` through `assessor` and measures the verdicts; confusions are listed for the
    /// clauses of `confusionSplits` only, so that held-out errors are not read by default.
    public static func make(
        clauses: [LabelledClause], files: [String], assessor: Assessor, confusionSplits: Set<LabelledClause.Split>
    ) -> JudgmentReport {
        let pack = assessor.pack
        let judge = ClauseJudge(assessor: assessor)
        let measure = JudgmentMeasure(principles: pack.principles.map(\.id))
        let pairs = clauses.map { ($0, judge.verdict(on: $0)) }
        var figures: [JudgmentFigures] = []
        for split in LabelledClause.Split.allCases {
            let part = pairs.filter { $0.0.split == split }
            if !part.isEmpty { figures.append(measure.figures(split.rawValue, part)) }
        }
        figures.append(measure.figures("all", pairs))
        let confusions = pairs.filter { confusionSplits.contains($0.0.split) }.compactMap { measure.confusion($0.0, $0.1) }
        return JudgmentReport(
            schemaVersion: currentSchemaVersion,
            rulePack: Report.RulePackSummary(id: pack.id, title: pack.title, version: pack.packVersion), files: files,
            figures: figures, confusions: confusions)
    }
}
