/// Builds the `Report` from an evaluation and its score card; all ordering is decided here, once.
public enum ReportBuilder {
    /// The report of `evaluation` scored by `card`, evaluated with `pack`, with the pack's texts
    /// and the gaps' findings in `language`.
    ///
    /// The language is chosen here rather than swapped when rendering: findings are sentences made
    /// from a gap's evidence, which only the builder sees, and renderers never compute. The report
    /// stays one plain value whatever its language; ids, numbers and clause quotes do not change.
    public static func build(
        _ evaluation: Evaluation, card: Scorer.ScoreCard, pack: RulePack, language: ReportLanguage = .en
    ) -> Report {
        let agreement = evaluation.agreement
        let texts = PackTexts(pack: pack, language: language)
        let scores = Dictionary(uniqueKeysWithValues: card.principles.map { ($0.id, $0) })
        let principles = evaluation.principles.map { result -> Report.PrincipleReport in
            let score = scores[result.principle.id]
            return Report.PrincipleReport(
                id: result.principle.id, title: texts.title(of: result.principle.id, else: result.principle.title),
                weight: result.principle.weight,
                codeParagraphs: result.principle.codeParagraphs, score: score?.score,
                earned: ((score?.earned ?? 0) * 100).rounded(.toNearestOrAwayFromZero) / 100, possible: score?.possible ?? 0,
                penalty: score?.penalty ?? 0,
                criteria: result.criteria.map { criterion in
                    Report.CriterionReport(
                        id: criterion.criterion.id,
                        statement: texts.statement(of: criterion.criterion.id, else: criterion.criterion.statement),
                        weight: criterion.criterion.weight,
                        required: criterion.criterion.required, applies: criterion.applies,
                        strength: criterion.strength,
                        credit: criterion.applies
                            ? ScoringModel.credit(criterion.strength, required: criterion.criterion.required) : 0,
                        codeParagraphs: criterion.criterion.codeParagraphs, evidence: criterion.evidence.map(evidence)
                    )
                },
                redFlags: result.redFlags.map { flag in
                    Report.RedFlagReport(
                        id: flag.redFlag.id, statement: texts.statement(of: flag.redFlag.id, else: flag.redFlag.statement),
                        severity: flag.redFlag.severity,
                        applies: flag.applies, raised: flag.isRaised, evidence: flag.evidence.map(evidence)
                    )
                },
                annotations: result.annotations.map(evidence)
            )
        }
        let penalty = evaluation.principles.flatMap(\.redFlags).filter(\.isRaised)
            .reduce(0.0) { $0 + ScoringModel.overallPenalty($1.redFlag.severity) }
        return Report(
            schemaVersion: Report.currentSchemaVersion,
            tool: Report.Tool(name: "accord", version: AccordVersion.current),
            agreement: summary(of: agreement),
            rulePack: Report.RulePackSummary(id: pack.id, title: pack.title, version: pack.packVersion),
            scoringModel: ScoringModel.version,
            overall: Report.Overall(score: card.overall, grade: card.grade, penalty: penalty),
            principles: principles,
            gaps: card.gaps.map { gap in
                Report.GapReport(
                    kind: gap.kind, severity: gap.severity, principle: gap.principle,
                    criterion: gap.kind == .contrary ? nil : gap.rule, redFlag: gap.kind == .contrary ? gap.rule : nil,
                    statement: texts.statement(of: gap.rule, else: gap.statement), clauses: gap.clauses, lines: gap.lines,
                    codeParagraphs: gap.codeParagraphs,
                    recommendation: texts.recommendation(of: gap.rule, else: gap.recommendation),
                    modelClause: texts.modelClause(of: gap.rule, else: gap.modelClause), findings: gap.findings(in: language)
                )
            },
            context: evaluation.contexts.map {
                Report.ContextReport(id: $0.condition, holds: $0.holds, reason: $0.reason)
            }
        )
    }

    /// The agreement as reports describe it: what a CSV row reads too, with or without a full report.
    static func summary(of agreement: Agreement) -> Report.AgreementSummary {
        Report.AgreementSummary(
            id: agreement.id, title: agreement.title, shortTitle: agreement.shortTitle, file: agreement.file,
            clausesLine: agreement.clausesPosition.line, language: agreement.language.code,
            scope: agreement.scope, instrument: agreement.instrument, status: agreement.status,
            signed: agreement.dates.signed?.description, inForce: agreement.dates.inForce?.description,
            parties: agreement.parties.map { party in
                let members: [String]? =
                    if case .body(_, _, let members) = party.identity { members.map(\.alpha3) } else { nil }
                return Report.PartySummary(name: party.displayName, role: party.role, members: members)
            },
            sources: agreement.sources.map {
                Report.SourceSummary(
                    id: $0.id, title: $0.title, publisher: $0.publisher, year: $0.year, url: $0.url, kind: $0.kind,
                    text: $0.text)
            }
        )
    }

    static func evidence(_ evidence: Evidence) -> Report.EvidenceReport {
        Report.EvidenceReport(
            clause: evidence.clause, line: evidence.line, text: evidence.text, modality: evidence.modality,
            polarity: evidence.polarity, asserted: evidence.asserted, strength: evidence.strength,
            explanation: evidence.explanation
        )
    }
}
