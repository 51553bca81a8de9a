/// The terminal report: overall score and grade, a line per principle, the contexts that applied,
/// then the gaps by severity with the clause and line behind each; `--explain` adds how every point
/// was earned.
public struct TextRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ report: Report, options: RenderOptions) -> String {
        let paint = ANSIPaint(enabled: options.colored)
        let words = options.language.words
        var lines: [String] = []
        let agreement = report.agreement
        lines.append(paint.bold(inert(agreement.shortTitle ?? agreement.title)) + " (\(inert(agreement.id)))")
        let parties = agreement.parties.map { "\(inert($0.name)) \(words.role($0.role))" }.joined(separator: ", ")
        var facts = [parties]
        if let signed = agreement.signed, agreement.status == .signed {
            facts.append(words.signed(inert(signed)))
        } else {
            facts.append(words.status(agreement.status))
            if let signed = agreement.signed { facts.append(words.signed(inert(signed))) }
        }
        facts.append(words.readIn(words.languageName(agreement.language)))
        facts.append(inert(agreement.file))
        lines.append(paint.dim(facts.joined(separator: " · ")))
        lines.append(
            paint.dim(
                words.rulePackLine(
                    id: inert(report.rulePack.id), version: inert(report.rulePack.version), model: report.scoringModel)))
        lines.append("")
        var overall = words.overallLine(
            score: paint.bold(DecimalFormatting.oneDecimal(report.overall.score)), grade: paint.bold(report.overall.grade))
        if report.overall.penalty > 0 {
            overall += " " + words.afterPenalty(DecimalFormatting.oneDecimal(report.overall.penalty))
        }
        lines.append(overall)
        lines.append("")
        lines.append(paint.bold(words.principles))
        let width = report.principles.map { inert($0.id).count }.max() ?? 0
        for principle in report.principles {
            let id = inert(principle.id).padding(toLength: width, withPad: " ", startingAt: 0)
            guard let score = principle.score else {
                let notApplicable = String(repeating: " ", count: max(0, 5 - words.notApplicable.count)) + words.notApplicable
                lines.append(
                    "  \(id)  ---------- \(notApplicable)  \(words.colon(inert(principle.title))) \(words.principleNotApplicable)"
                )
                continue
            }
            let filled = Int((score / 10).rounded(.toNearestOrAwayFromZero))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
            let number = DecimalFormatting.oneDecimal(score)
            lines.append(
                "  \(id)  \(bar) \(String(repeating: " ", count: max(0, 5 - number.count)))\(number)  \(inert(principle.title))")
            if options.explain { lines += explanation(of: principle, paint: paint, words: words) }
        }
        if !report.context.isEmpty {
            lines.append("")
            lines.append(paint.bold(words.context))
            for context in report.context {
                lines.append(
                    "  \(words.colon(context.holds ? words.applies : words.doesNotApply)) \(context.id) — \(inert(context.reason))"
                )
            }
        }
        lines.append("")
        lines += gapLines(report, paint: paint, words: words)
        return lines.joined(separator: "\n") + "\n"
    }

    private func explanation(of principle: Report.PrincipleReport, paint: ANSIPaint, words: any ReportWords) -> [String] {
        var lines: [String] = []
        for criterion in principle.criteria {
            guard criterion.applies else {
                lines.append("      - \(words.colon(inert(criterion.id))) \(words.criterionNotApplicable)")
                continue
            }
            let earned = DecimalFormatting.twoDecimals(Double(criterion.weight) * criterion.credit)
            let strength = words.strength(criterion.strength)
            lines.append(
                "      \(criterion.credit >= 1 ? "+" : "-") \(words.colon(inert(criterion.id))) "
                    + words.criterionLine(
                        strength: strength, required: words.strength(criterion.required), weight: criterion.weight,
                        credit: DecimalFormatting.twoDecimals(criterion.credit), earned: earned)
            )
            for evidence in criterion.evidence {
                lines.append(paint.dim("          \(describe(evidence, words: words))"))
            }
        }
        for note in principle.annotations {
            lines.append("      · \(words.encoderNoteNotScored)")
            lines.append(paint.dim("          \(describe(note, words: words))"))
        }
        for flag in principle.redFlags where flag.raised {
            lines.append("      ! \(words.redFlagRaised(id: inert(flag.id), severity: words.severity(flag.severity)))")
            for evidence in flag.evidence { lines.append(paint.dim("          \(describe(evidence, words: words))")) }
        }
        lines.append(
            "      = 100 × \(DecimalFormatting.twoDecimals(principle.earned)) / \(DecimalFormatting.twoDecimals(principle.possible))"
                + (principle.penalty > 0 ? " − \(words.redFlagPoints(DecimalFormatting.oneDecimal(principle.penalty)))" : "")
        )
        return lines
    }

    private func describe(_ evidence: Report.EvidenceReport, words: any ReportWords) -> String {
        let place = "\(words.clause) \(inert(evidence.clause))" + (evidence.line.map { ", \(words.line) \($0)" } ?? "")
        let how =
            evidence.asserted
            ? words.assertedByTheEncoder : "\(words.modality(evidence.modality)), \(words.polarity(evidence.polarity))"
        return "\(words.colon(place)) “\(inert(evidence.text))” [\(how)]" + (evidence.explanation.map { " — \(inert($0))" } ?? "")
    }

    private func gapLines(_ report: Report, paint: ANSIPaint, words: any ReportWords) -> [String] {
        guard !report.gaps.isEmpty else { return [words.colon(paint.bold(words.gaps)) + " " + words.noGaps] }
        var counts: [String] = []
        for severity in Severity.allCases.reversed() {
            let count = report.gaps.filter { $0.severity == severity }.count
            if count > 0 { counts.append(words.count(count, severity)) }
        }
        var lines = [
            words.gapsCounted(heading: paint.bold(words.gaps), total: report.gaps.count, counts: counts.joined(separator: ", "))
        ]
        // Labels are padded to the longest in the language, and the lines under a gap start below its kind.
        let labelWidth = Severity.allCases.map { words.severity($0).count }.max() ?? 0
        let kindWidth = Gap.Kind.allCases.map { words.kind($0).count }.max() ?? 0
        let indent = String(repeating: " ", count: labelWidth + 3)
        for gap in report.gaps {
            let label = words.severity(gap.severity).uppercased().padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            let colouredLabel =
                switch gap.severity {
                case .critical: paint.red(label)
                case .major: paint.yellow(label)
                case .minor: label
                }
            let rule = inert(gap.criterion ?? gap.redFlag ?? "")
            let kind = words.kind(gap.kind).padding(toLength: kindWidth, withPad: " ", startingAt: 0)
            var place = words.noClauseProvidesIt(clausesLine: report.agreement.clausesLine)
            if !gap.clauses.isEmpty {
                let places = gap.places.map { inert($0.clause) + ($0.line.map(words.lineInParentheses) ?? "") }
                place = "\(words.clause) " + places.joined(separator: ", ")
            }
            lines.append("  \(colouredLabel) \(kind) \(inert(gap.principle)) / \(rule) — \(place)")
            lines.append(
                "\(indent)\(inert(gap.statement)) \(words.codeParagraphs(inert(gap.codeParagraphs.joined(separator: ", "))))")
            for finding in gap.findings { lines.append(indent + paint.dim(inert(finding))) }
            lines.append("\(indent)→ \(inert(gap.recommendation))")
        }
        return lines
    }

    /// Untrusted text (everything that comes from an agreement, a pack or a path) made inert.
    private func inert(_ text: String) -> String { TerminalText.inert(text) }
}
