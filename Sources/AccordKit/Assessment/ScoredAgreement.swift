/// One agreement scored: its evaluation and score card, with the full report built only when a
/// summary asks for it, and the warnings found on the way.
///
/// Why not the report itself: building one copies every rule's texts and every piece of evidence
/// into report values, about a twentieth of batch time, and a CSV row or a ranked line needs none
/// of it.
public struct ScoredAgreement: Sendable {
    /// What the engine found, rule by rule.
    public let evaluation: Evaluation
    /// The scores and gaps.
    public let card: Scorer.ScoreCard
    /// The pack it was scored with.
    public let pack: RulePack
    /// Problems that did not stop scoring (an annotation naming a rule the pack does not have).
    public let warnings: [Diagnostic]

    /// Wraps an evaluation and its score card.
    public init(evaluation: Evaluation, card: Scorer.ScoreCard, pack: RulePack, warnings: [Diagnostic] = []) {
        self.evaluation = evaluation
        self.card = card
        self.pack = pack
        self.warnings = warnings
    }

    /// The full report, built on each call, with the pack's texts and the findings in `language`.
    public func report(in language: ReportLanguage = .en) -> Report {
        ReportBuilder.build(evaluation, card: card, pack: pack, language: language)
    }

    /// The report rendered in `format`: in `options.language` for a format people read, with the
    /// pack's own texts for a format programs read (`OutputFormat.followsReportLanguage`).
    public func rendered(as format: OutputFormat, options: RenderOptions) -> String {
        var options = options
        if !format.followsReportLanguage { options.language = .en }
        return format.renderer.render(report(in: options.language), options: options)
    }

    /// How many gaps are raised red flags.
    public var redFlagCount: Int {
        card.gaps.count { $0.kind == .contrary }
    }
}
