/// The report as Markdown for briefing notes and issue trackers: the same content as the terminal
/// report, with tables that render on common viewers (GitHub, GitLab, pandoc).
public struct MarkdownRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ report: Report, options: RenderOptions) -> String {
        let agreement = report.agreement
        let words = options.language.words
        var lines: [String] = []
        lines.append("# \(Escaping.markdownInline(agreement.shortTitle ?? agreement.title))")
        lines.append("")
        lines.append(
            words.scoredAgainst(
                title: inline(agreement.title), id: code(agreement.id), pack: inline(report.rulePack.title),
                packID: code(report.rulePack.id), version: inline(report.rulePack.version), model: report.scoringModel))
        lines.append("")
        lines.append("| | |")
        lines.append("|---|---|")
        let parties = agreement.parties.map { "\($0.name) (\(words.role($0.role)))" }.joined(separator: ", ")
        lines.append("| \(words.parties) | \(Escaping.markdownCell(parties)) |")
        lines.append(
            "| \(words.scopeAndInstrument) | \(words.scope(agreement.scope)), \(words.instrument(agreement.instrument)) |")
        var status = agreement.status == .signed && agreement.signed != nil ? "" : words.status(agreement.status)
        if let signed = agreement.signed { status += (status.isEmpty ? "" : ", ") + words.signed(signed) }
        if let inForce = agreement.inForce { status += ", " + words.inForce(inForce) }
        lines.append("| \(words.statusLabel) | \(cell(status)) |")
        lines.append("| \(words.readInLabel) | \(cell(words.languageName(agreement.language))) |")
        for source in agreement.sources {
            // Only an http(s) URL becomes a link, percent-encoded; anything else is shown as text.
            let link = source.url.map { " " + (Escaping.markdownLink($0) ?? cell($0)) } ?? ""
            lines.append(
                "| \(words.source) | \(cell("\(source.title), \(source.publisher), \(source.year)"))\(link)"
                    + " (\(words.sourceKind(source.kind)), \(words.sourceText(source.text))) |"
            )
        }
        lines.append("")
        var overall =
            "**\(words.overallScore(score: DecimalFormatting.oneDecimal(report.overall.score), grade: report.overall.grade))**"
        if report.overall.penalty > 0 {
            overall += " " + words.afterPenalty(DecimalFormatting.oneDecimal(report.overall.penalty))
        }
        lines.append(overall)
        lines.append("")
        lines.append("## \(words.principles)")
        lines.append("")
        lines.append("| \(words.principle) | \(words.score) | \(words.weight) | \(words.code) |")
        lines.append("|---|---:|---:|---|")
        for principle in report.principles {
            let score = principle.score.map(DecimalFormatting.oneDecimal) ?? words.notApplicable
            lines.append(
                "| \(cell(principle.title)) (\(code(principle.id))) | \(score) | \(principle.weight) | \(cell(principle.codeParagraphs.joined(separator: ", "))) |"
            )
        }
        if !report.context.isEmpty {
            lines.append("")
            lines.append("## \(words.context)")
            lines.append("")
            for context in report.context {
                let holds = words.colon(context.holds ? words.applies : words.doesNotApply)
                lines.append("- `\(context.id)` \(holds) \(Escaping.markdownInline(context.reason))")
            }
        }
        lines.append("")
        lines += gapSection(report, words: words)
        lines.append("")
        lines += criteriaSection(report, words: words)
        return lines.joined(separator: "\n") + "\n"
    }

    private func gapSection(_ report: Report, words: any ReportWords) -> [String] {
        var lines = ["## \(words.gapsHeading(report.gaps.count))", ""]
        if report.gaps.isEmpty { return lines + [words.noneSentence] }
        for (index, gap) in report.gaps.enumerated() {
            let rule = gap.criterion ?? gap.redFlag ?? ""
            let title = "\(words.capitalized(words.severity(gap.severity))), \(words.kind(gap.kind))"
            lines.append("### \(index + 1). \(words.colon(title)) \(code(gap.principle)) / \(code(rule))")
            lines.append("")
            lines.append(inline(gap.statement) + " " + words.codeParagraphs(inline(gap.codeParagraphs.joined(separator: ", "))))
            lines.append("")
            if gap.clauses.isEmpty {
                lines.append(
                    "- **\(words.colon(words.clauses))** \(words.noneProvidesIt(clausesLine: report.agreement.clausesLine))")
            } else {
                let places = gap.places.map {
                    Escaping.markdownInline($0.clause) + ($0.line.map(words.lineInParentheses) ?? "")
                }
                lines.append("- **\(words.colon(words.clauses))** \(places.joined(separator: ", "))")
            }
            for finding in gap.findings {
                lines.append("- **\(words.colon(words.finding))** \(Escaping.markdownInline(finding))")
            }
            lines.append("- **\(words.colon(words.recommendation))** \(Escaping.markdownInline(gap.recommendation))")
            lines.append("- **\(words.colon(words.modelClause))**")
            lines.append("")
            lines.append("  > \(Escaping.markdownInline(gap.modelClause))")
            lines.append("")
        }
        return lines
    }

    private func inline(_ text: String) -> String { Escaping.markdownInline(text) }
    private func cell(_ text: String) -> String { Escaping.markdownCell(text) }
    private func code(_ text: String) -> String { Escaping.markdownCode(text) }

    private func criteriaSection(_ report: Report, words: any ReportWords) -> [String] {
        var lines = ["## \(words.criteriaAndEvidence)", ""]
        // "clause 3, line 12": the words are the language's, the id and quote are escaped with the cell.
        func place(_ item: Report.EvidenceReport) -> String {
            words.colon("\(words.clause) \(item.clause)" + (item.line.map { ", \(words.line) \($0)" } ?? ""))
        }
        for principle in report.principles {
            lines.append("### \(Escaping.markdownInline(principle.title))")
            lines.append("")
            lines.append("| \(words.criterion) | \(words.strengthLabel) | \(words.required) | \(words.evidence) |")
            lines.append("|---|---|---|---|")
            for criterion in principle.criteria {
                let strength = criterion.applies ? words.strength(criterion.strength) : words.notApplicableLong
                let evidence = criterion.evidence.map { item in
                    let how =
                        item.asserted ? words.asserted : "\(words.modality(item.modality)), \(words.polarity(item.polarity))"
                    return "\(place(item)) “\(item.text)” (\(how))" + (item.explanation.map { " — \($0)" } ?? "")
                }
                lines.append(
                    "| \(Escaping.markdownCell(criterion.statement)) | \(strength) | \(words.strength(criterion.required)) | \(Escaping.markdownCell(evidence.joined(separator: "; "))) |"
                )
            }
            for note in principle.annotations {
                lines.append(
                    "| *\(words.encoderNoteOnThePrinciple)* | \(words.notScored) | | \(Escaping.markdownCell("\(place(note)) “\(note.text)”")) |"
                )
            }
            for flag in principle.redFlags where flag.raised {
                let evidence = flag.evidence.map {
                    "\(place($0)) “\($0.text)”" + ($0.explanation.map { " — \($0)" } ?? "")
                }
                lines.append(
                    "| **\(words.colon(words.redFlag))** \(Escaping.markdownCell(flag.statement)) | \(words.raised(severity: words.severity(flag.severity))) | | \(Escaping.markdownCell(evidence.joined(separator: "; "))) |"
                )
            }
            lines.append("")
        }
        return lines
    }
}
