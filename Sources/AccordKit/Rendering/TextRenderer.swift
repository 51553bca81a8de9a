/// The terminal report: overall score and grade, a line per principle, the contexts that applied,
/// then the gaps by severity with the clause and line behind each; `--explain` adds how every point
/// was earned.
public struct TextRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ report: Report, options: RenderOptions) -> String {
        let paint = ANSIPaint(enabled: options.colored)
        var lines: [String] = []
        let agreement = report.agreement
        lines.append(paint.bold(inert(agreement.shortTitle ?? agreement.title)) + " (\(inert(agreement.id)))")
        let parties = agreement.parties.map { "\(inert($0.name)) \($0.role)" }.joined(separator: ", ")
        var facts = [parties]
        if let signed = agreement.signed, agreement.status == .signed {
            facts.append("signed \(inert(signed))")
        } else {
            facts.append(agreement.status.rawValue)
            if let signed = agreement.signed { facts.append("signed \(inert(signed))") }
        }
        facts.append("read in \(LanguageCode.displayName(agreement.language))")
        facts.append(inert(agreement.file))
        lines.append(paint.dim(facts.joined(separator: " · ")))
        lines.append(
            paint.dim(
                "Rule pack \(inert(report.rulePack.id)) \(inert(report.rulePack.version)) · scoring model \(report.scoringModel)"
            ))
        lines.append("")
        var overall =
            "Overall " + paint.bold(DecimalFormatting.oneDecimal(report.overall.score)) + " / 100, grade "
            + paint.bold(report.overall.grade)
        if report.overall.penalty > 0 {
            overall += " (after \(DecimalFormatting.oneDecimal(report.overall.penalty)) red-flag points)"
        }
        lines.append(overall)
        lines.append("")
        lines.append(paint.bold("Principles"))
        let width = report.principles.map { inert($0.id).count }.max() ?? 0
        for principle in report.principles {
            let id = inert(principle.id).padding(toLength: width, withPad: " ", startingAt: 0)
            guard let score = principle.score else {
                lines.append("  \(id)  ----------   n/a  \(inert(principle.title)): not applicable here (see Context)")
                continue
            }
            let filled = Int((score / 10).rounded(.toNearestOrAwayFromZero))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
            let number = DecimalFormatting.oneDecimal(score)
            lines.append(
                "  \(id)  \(bar) \(String(repeating: " ", count: max(0, 5 - number.count)))\(number)  \(inert(principle.title))")
            if options.explain { lines += explanation(of: principle, paint: paint) }
        }
        if !report.context.isEmpty {
            lines.append("")
            lines.append(paint.bold("Context"))
            for context in report.context {
                lines.append("  \(context.holds ? "applies" : "does not apply"): \(context.id) — \(inert(context.reason))")
            }
        }
        lines.append("")
        lines += gapLines(report, paint: paint)
        return lines.joined(separator: "\n") + "\n"
    }

    private func explanation(of principle: Report.PrincipleReport, paint: ANSIPaint) -> [String] {
        var lines: [String] = []
        for criterion in principle.criteria {
            guard criterion.applies else {
                lines.append("      - \(inert(criterion.id)): does not apply here (not scored)")
                continue
            }
            let earned = DecimalFormatting.twoDecimals(Double(criterion.weight) * criterion.credit)
            lines.append(
                "      \(criterion.credit >= 1 ? "+" : "-") \(inert(criterion.id)): \(criterion.strength)"
                    + " (requires \(criterion.required.rawValue)), weight \(criterion.weight) × credit \(DecimalFormatting.twoDecimals(criterion.credit)) = \(earned)"
            )
            for evidence in criterion.evidence {
                lines.append(paint.dim("          \(describe(evidence))"))
            }
        }
        for note in principle.annotations {
            lines.append("      · encoder's note on the principle (not scored)")
            lines.append(paint.dim("          \(describe(note))"))
        }
        for flag in principle.redFlags where flag.raised {
            lines.append("      ! red flag \(inert(flag.id)) (\(flag.severity)) raised")
            for evidence in flag.evidence { lines.append(paint.dim("          \(describe(evidence))")) }
        }
        lines.append(
            "      = 100 × \(DecimalFormatting.twoDecimals(principle.earned)) / \(DecimalFormatting.twoDecimals(principle.possible))"
                + (principle.penalty > 0 ? " − \(DecimalFormatting.oneDecimal(principle.penalty)) red-flag points" : "")
        )
        return lines
    }

    private func describe(_ evidence: Report.EvidenceReport) -> String {
        let place = "clause \(inert(evidence.clause))" + (evidence.line.map { ", line \($0)" } ?? "")
        let how = evidence.asserted ? "asserted by the encoder" : "\(evidence.modality), \(evidence.polarity)"
        return "\(place): “\(inert(evidence.text))” [\(how)]" + (evidence.explanation.map { " — \(inert($0))" } ?? "")
    }

    private func gapLines(_ report: Report, paint: ANSIPaint) -> [String] {
        guard !report.gaps.isEmpty else { return [paint.bold("Gaps") + ": none"] }
        var counts: [String] = []
        for severity in Severity.allCases.reversed() {
            let count = report.gaps.filter { $0.severity == severity }.count
            if count > 0 { counts.append("\(count) \(severity.rawValue)") }
        }
        var lines = [paint.bold("Gaps") + " (\(report.gaps.count): \(counts.joined(separator: ", ")))"]
        for gap in report.gaps {
            let label = gap.severity.rawValue.uppercased().padding(toLength: 8, withPad: " ", startingAt: 0)
            let colouredLabel =
                switch gap.severity {
                case .critical: paint.red(label)
                case .major: paint.yellow(label)
                case .minor: label
                }
            let rule = inert(gap.criterion ?? gap.redFlag ?? "")
            let kind = gap.kind.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
            var place = "no clause provides it (clauses start at line \(report.agreement.clausesLine))"
            if !gap.clauses.isEmpty {
                let places = gap.places.map { inert($0.clause) + ($0.line.map { " (line \($0))" } ?? "") }
                place = "clause " + places.joined(separator: ", ")
            }
            lines.append("  \(colouredLabel) \(kind) \(inert(gap.principle)) / \(rule) — \(place)")
            lines.append("           \(inert(gap.statement)) (Code \(inert(gap.codeParagraphs.joined(separator: ", "))))")
            for finding in gap.findings { lines.append("           " + paint.dim(inert(finding))) }
            lines.append("           → \(inert(gap.recommendation))")
        }
        return lines
    }

    /// Untrusted text (everything that comes from an agreement, a pack or a path) made inert.
    private func inert(_ text: String) -> String { TerminalText.inert(text) }
}
