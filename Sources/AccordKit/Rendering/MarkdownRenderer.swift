/// The report as Markdown for briefing notes and issue trackers: the same content as the terminal
/// report, with tables that render on common viewers (GitHub, GitLab, pandoc).
public struct MarkdownRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ report: Report, options: RenderOptions) -> String {
        let agreement = report.agreement
        var lines: [String] = []
        lines.append("# \(Escaping.markdownInline(agreement.shortTitle ?? agreement.title))")
        lines.append("")
        lines.append(
            "*\(inline(agreement.title))* (\(code(agreement.id))), scored against \(inline(report.rulePack.title))"
                + " (\(code(report.rulePack.id)) \(inline(report.rulePack.version)), scoring model \(report.scoringModel))."
        )
        lines.append("")
        lines.append("| | |")
        lines.append("|---|---|")
        lines.append(
            "| Parties | \(Escaping.markdownCell(agreement.parties.map { "\($0.name) (\($0.role))" }.joined(separator: ", "))) |")
        lines.append("| Scope and instrument | \(agreement.scope), \(agreement.instrument) |")
        var status = agreement.status == .signed && agreement.signed != nil ? "" : agreement.status.rawValue
        if let signed = agreement.signed { status += (status.isEmpty ? "" : ", ") + "signed \(signed)" }
        if let inForce = agreement.inForce { status += ", in force \(inForce)" }
        lines.append("| Status | \(cell(status)) |")
        lines.append("| Read in | \(cell(LanguageCode.displayName(agreement.language))) |")
        for source in agreement.sources {
            // Only an http(s) URL becomes a link, percent-encoded; anything else is shown as text.
            let link = source.url.map { " " + (Escaping.markdownLink($0) ?? cell($0)) } ?? ""
            lines.append(
                "| Source | \(cell("\(source.title), \(source.publisher), \(source.year)"))\(link) (\(source.kind), \(source.text)) |"
            )
        }
        lines.append("")
        var overall =
            "**Overall score: \(DecimalFormatting.oneDecimal(report.overall.score)) / 100, grade \(report.overall.grade)**"
        if report.overall.penalty > 0 {
            overall += " (after \(DecimalFormatting.oneDecimal(report.overall.penalty)) red-flag points)"
        }
        lines.append(overall)
        lines.append("")
        lines.append("## Principles")
        lines.append("")
        lines.append("| Principle | Score | Weight | Code |")
        lines.append("|---|---:|---:|---|")
        for principle in report.principles {
            let score = principle.score.map(DecimalFormatting.oneDecimal) ?? "n/a"
            lines.append(
                "| \(cell(principle.title)) (\(code(principle.id))) | \(score) | \(principle.weight) | \(cell(principle.codeParagraphs.joined(separator: ", "))) |"
            )
        }
        if !report.context.isEmpty {
            lines.append("")
            lines.append("## Context")
            lines.append("")
            for context in report.context {
                lines.append(
                    "- `\(context.id)` \(context.holds ? "applies" : "does not apply"): \(Escaping.markdownInline(context.reason))"
                )
            }
        }
        lines.append("")
        lines += gapSection(report)
        lines.append("")
        lines += criteriaSection(report)
        return lines.joined(separator: "\n") + "\n"
    }

    private func gapSection(_ report: Report) -> [String] {
        var lines = ["## Gaps (\(report.gaps.count))", ""]
        if report.gaps.isEmpty { return lines + ["None."] }
        for (index, gap) in report.gaps.enumerated() {
            let rule = gap.criterion ?? gap.redFlag ?? ""
            lines.append(
                "### \(index + 1). \(gap.severity.rawValue.capitalized), \(gap.kind.rawValue): \(code(gap.principle)) / \(code(rule))"
            )
            lines.append("")
            lines.append(inline(gap.statement) + " (Code \(inline(gap.codeParagraphs.joined(separator: ", "))))")
            lines.append("")
            if gap.clauses.isEmpty {
                lines.append("- **Clauses:** none provides it (clauses start at line \(report.agreement.clausesLine))")
            } else {
                let places = gap.places.map { Escaping.markdownInline($0.clause) + ($0.line.map { " (line \($0))" } ?? "") }
                lines.append("- **Clauses:** \(places.joined(separator: ", "))")
            }
            for finding in gap.findings { lines.append("- **Finding:** \(Escaping.markdownInline(finding))") }
            lines.append("- **Recommendation:** \(Escaping.markdownInline(gap.recommendation))")
            lines.append("- **Model clause:**")
            lines.append("")
            lines.append("  > \(Escaping.markdownInline(gap.modelClause))")
            lines.append("")
        }
        return lines
    }

    private func inline(_ text: String) -> String { Escaping.markdownInline(text) }
    private func cell(_ text: String) -> String { Escaping.markdownCell(text) }
    private func code(_ text: String) -> String { Escaping.markdownCode(text) }

    private func criteriaSection(_ report: Report) -> [String] {
        var lines = ["## Criteria and evidence", ""]
        for principle in report.principles {
            lines.append("### \(Escaping.markdownInline(principle.title))")
            lines.append("")
            lines.append("| Criterion | Strength | Required | Evidence |")
            lines.append("|---|---|---|---|")
            for criterion in principle.criteria {
                let strength = criterion.applies ? criterion.strength.rawValue : "not applicable"
                let evidence = criterion.evidence.map { item in
                    let place = "clause \(item.clause)" + (item.line.map { ", line \($0)" } ?? "")
                    let how = item.asserted ? "asserted" : "\(item.modality), \(item.polarity)"
                    return "\(place): “\(item.text)” (\(how))" + (item.explanation.map { " — \($0)" } ?? "")
                }
                lines.append(
                    "| \(Escaping.markdownCell(criterion.statement)) | \(strength) | \(criterion.required.rawValue) | \(Escaping.markdownCell(evidence.joined(separator: "; "))) |"
                )
            }
            for note in principle.annotations {
                let place = "clause \(note.clause)" + (note.line.map { ", line \($0)" } ?? "")
                lines.append(
                    "| *Encoder's note on the principle* | not scored | | \(Escaping.markdownCell("\(place): “\(note.text)”")) |")
            }
            for flag in principle.redFlags where flag.raised {
                let evidence = flag.evidence.map {
                    "clause \($0.clause)" + ($0.line.map { ", line \($0)" } ?? "") + ": “\($0.text)”"
                        + ($0.explanation.map { " — \($0)" } ?? "")
                }
                lines.append(
                    "| **Red flag:** \(Escaping.markdownCell(flag.statement)) | raised (\(flag.severity)) | | \(Escaping.markdownCell(evidence.joined(separator: "; "))) |"
                )
            }
            lines.append("")
        }
        return lines
    }
}
