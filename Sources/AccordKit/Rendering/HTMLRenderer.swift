/// The HTML report: one self-contained page (inline CSS and SVG, no scripts, nothing fetched) that
/// reads on a laptop and prints with a page per section.
///
/// It shows the agreement's identity and sources, the overall score and grade, a chart of the
/// principle scores, each principle with its criteria and clause evidence, and the gaps by severity
/// with the Code paragraph, the recommendation and the model clause. Every text is escaped; the same
/// report always gives the same bytes.
public struct HTMLRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ report: Report, options: RenderOptions) -> String {
        let agreement = report.agreement
        let name = agreement.shortTitle ?? agreement.title
        let words = options.language.words
        // Quotes are in the agreement's language; marked when it differs from the page's, for screen readers.
        let quoteLanguage =
            agreement.language == options.language.rawValue ? "" : " lang=\"\(HTMLEscaping.identifier(agreement.language))\""
        let page = Page(words: words, quoteLanguage: quoteLanguage)
        var html: [String] = []
        html.append("<!DOCTYPE html>")
        html.append("<html lang=\"\(options.language.rawValue)\">")
        html.append("<head>")
        html.append("<meta charset=\"utf-8\">")
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        html.append("<meta name=\"color-scheme\" content=\"light\">")
        html.append("<meta name=\"generator\" content=\"\(e(report.tool.name)) \(e(report.tool.version))\">")
        html.append("<title>\(words.pageTitle(name: e(name), pack: e(report.rulePack.title)))</title>")
        html.append("<style>\n\(Self.stylesheet)</style>")
        html.append("</head>")
        html.append("<body>")
        html.append("<div class=\"page\">")
        html += page.header(report)
        html.append("<main>")
        html += page.agreementSection(report)
        html += page.scoreSection(report)
        html += page.principlesSection(report)
        html += page.gapsSection(report)
        html.append("</main>")
        html += page.footer(report)
        html.append("</div>")
        html.append("</body>")
        html.append("</html>")
        return html.joined(separator: "\n") + "\n"
    }

    /// Only web addresses become links; anything else (a `javascript:` address) is shown as text.
    static func isWebAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !url.contains(where: \.isWhitespace)
    }

    private func e(_ text: String) -> String { HTMLEscaping.escape(text) }
}

/// One page being written: its language's words and how its quotes are marked.
private struct Page {
    let words: any ReportWords
    /// ` lang="fr"` on quoted clause text, or empty when the clauses are in the page's language.
    let quoteLanguage: String

    // MARK: Sections

    func header(_ report: Report) -> [String] {
        let agreement = report.agreement
        var lines = ["<header class=\"report-header\">"]
        lines.append("<p class=\"eyebrow\">\(words.assessmentAgainst(pack: e(report.rulePack.title)))</p>")
        lines.append("<h1>\(e(agreement.shortTitle ?? agreement.title))</h1>")
        lines.append(
            "<p class=\"subtitle\">\(e(partiesInBrief(agreement))) · \(e(statusInBrief(agreement)))"
                + " · <code>\(e(agreement.id))</code></p>")
        lines.append("<p class=\"at-a-glance\">\(atAGlance(report))</p>")
        lines.append("<nav class=\"contents\" aria-label=\"\(e(words.contents))\">")
        lines.append("<ol>")
        lines.append("<li><a href=\"#agreement\">\(e(words.theAgreement))</a></li>")
        lines.append("<li><a href=\"#score\">\(e(words.score))</a></li>")
        lines.append("<li><a href=\"#principles\">\(e(words.principlesAndEvidence))</a></li>")
        lines.append("<li><a href=\"#gaps\">\(e(words.gapsAndRecommendations))</a></li>")
        lines.append("</ol>")
        lines.append("</nav>")
        lines.append("</header>")
        return lines
    }

    /// The verdict in one line, so the first screen and the first printed page carry it.
    private func atAGlance(_ report: Report) -> String {
        var parts = [
            words.overallAtAGlance("<strong>\(DecimalFormatting.oneDecimal(report.overall.score)) / 100</strong>"),
            words.gradeAtAGlance("<strong>\(e(report.overall.grade))</strong>"),
        ]
        if report.gaps.isEmpty {
            parts.append(e(words.noGapsAtAGlance))
        } else {
            let counts = severityGroups(report.gaps).map { e(words.count($0.gaps.count, $0.severity)) }
            parts.append(
                "<a href=\"#gaps\">\(e(words.gapCount(report.gaps.count)))</a>" + " (\(counts.joined(separator: ", ")))")
        }
        return parts.joined(separator: " · ")
    }

    /// The gaps grouped by severity, most severe first.
    private func severityGroups(_ gaps: [Report.GapReport]) -> [(severity: Severity, gaps: [Report.GapReport])] {
        Severity.allCases.reversed().map { severity in (severity, gaps.filter { $0.severity == severity }) }
            .filter { !$0.gaps.isEmpty }
    }

    func agreementSection(_ report: Report) -> [String] {
        let agreement = report.agreement
        var lines = ["<section id=\"agreement\" class=\"sheet\" aria-labelledby=\"agreement-heading\">"]
        lines.append("<h2 id=\"agreement-heading\">\(e(words.theAgreement))</h2>")
        lines.append("<dl class=\"facts\">")
        lines.append("<dt>\(e(words.title))</dt><dd>\(e(agreement.title))</dd>")
        lines.append("<dt>\(e(words.parties))</dt><dd><ul class=\"parties\">")
        for party in agreement.parties {
            var item =
                "<li><strong>\(e(partyName(party.name)))</strong> <span class=\"role\">\(e(words.role(party.role)))</span>"
            if let members = party.members, !members.isEmpty {
                item +=
                    "<br><span class=\"members\">\(e(words.colon(words.members))) \(e(members.map(partyName).joined(separator: ", ")))</span>"
            }
            lines.append(item + "</li>")
        }
        lines.append("</ul></dd>")
        lines.append("<dt>\(e(words.statusLabel))</dt><dd>\(e(words.status(agreement.status)))</dd>")
        if let signed = agreement.signed { lines.append("<dt>\(e(words.signedLabel))</dt><dd>\(e(signed))</dd>") }
        if let inForce = agreement.inForce { lines.append("<dt>\(e(words.inForceLabel))</dt><dd>\(e(inForce))</dd>") }
        lines.append("<dt>\(e(words.scopeLabel))</dt><dd>\(e(words.scope(agreement.scope)))</dd>")
        lines.append("<dt>\(e(words.instrumentLabel))</dt><dd>\(e(words.instrumentInProse(agreement.instrument)))</dd>")
        lines.append("<dt>\(e(words.readInLabel))</dt><dd>\(e(words.languageName(agreement.language)))</dd>")
        lines.append("<dt>\(e(words.encodedIn))</dt><dd><code>\(e(agreement.file))</code></dd>")
        lines.append("</dl>")
        lines.append("<h3>\(e(words.sources))</h3>")
        if agreement.sources.isEmpty {
            lines.append("<p>\(e(words.noSource))</p>")
        } else {
            lines.append("<ol class=\"sources\">")
            for source in agreement.sources { lines.append(sourceItem(source)) }
            lines.append("</ol>")
        }
        if !report.context.isEmpty {
            lines.append("<h3>\(e(words.contextTakenIntoAccount))</h3>")
            lines.append("<ul class=\"context\">")
            for context in report.context {
                let label = e(words.capitalized(context.holds ? words.applies : words.doesNotApply))
                lines.append(
                    "<li><span class=\"chip \(context.holds ? "chip-yes" : "chip-no")\">\(label)</span>"
                        + " \(words.colon("<code>\(e(context.id.rawValue))</code>")) \(e(context.reason))</li>")
            }
            lines.append("</ul>")
        }
        lines.append("</section>")
        return lines
    }

    private func sourceItem(_ source: Report.SourceSummary) -> String {
        var title = e(source.title)
        var address = ""
        if let url = source.url {
            if HTMLRenderer.isWebAddress(url) {
                title = "<a href=\"\(e(url))\">\(title)</a>"
            }
            address = "<br><span class=\"url\">\(e(url))</span>"
        }
        let facts = [
            source.publisher, String(source.year), words.sourceKindFact(words.sourceKind(source.kind)),
            words.sourceTextFact(words.sourceText(source.text)),
        ]
        return "<li><cite>\(title)</cite><br><span class=\"source-facts\">\(e(facts.joined(separator: " · ")))</span>"
            + "\(address)</li>"
    }

    func scoreSection(_ report: Report) -> [String] {
        let overall = report.overall
        let grade = overall.grade
        let score = DecimalFormatting.oneDecimal(overall.score)
        var lines = ["<section id=\"score\" class=\"sheet\" aria-labelledby=\"score-heading\">"]
        lines.append("<h2 id=\"score-heading\">\(e(words.score))</h2>")
        lines.append("<div class=\"overall\">")
        lines.append(
            "<p class=\"badge grade-\(HTMLEscaping.identifier(grade.lowercased()))\">"
                + "<span class=\"badge-label\">\(e(words.grade))</span>"
                + "<span class=\"badge-grade\">\(e(grade))</span>"
                + "<span class=\"badge-score\">\(score) / 100</span></p>")
        lines.append("<div class=\"overall-text\">")
        var sentence = words.overallSentence(score: score, grade: e(grade))
        if overall.penalty > 0 {
            sentence += words.pointsDeductedClause(DecimalFormatting.oneDecimal(overall.penalty))
        }
        lines.append("<p class=\"overall-sentence\">\(sentence).</p>")
        let bands = ScoringModel.gradeBands.map { band in
            words.gradeBand(band.grade, from: band.minimum > 0 ? DecimalFormatting.oneDecimal(band.minimum) : nil)
        }
        lines.append(
            "<p class=\"note\">\(e(words.colon(words.grades))) \(e(bands.joined(separator: ", "))). "
                + words.scoredWith(
                    id: "<code>\(e(report.rulePack.id))</code>", version: e(report.rulePack.version),
                    model: e(report.scoringModel))
                + "</p>")
        lines.append("</div>")
        lines.append("</div>")
        lines.append("<h3>\(e(words.principleScores))</h3>")
        lines.append(SVGBarChart(principles: report.principles, words: words).figure())
        lines.append("</section>")
        return lines
    }

    func principlesSection(_ report: Report) -> [String] {
        var lines = ["<section id=\"principles\" class=\"sheet\" aria-labelledby=\"principles-heading\">"]
        lines.append("<h2 id=\"principles-heading\">\(e(words.principlesAndEvidence))</h2>")
        lines.append("<p class=\"note\">\(e(words.principlesNote))</p>")
        for principle in report.principles {
            lines += principleBlock(principle)
        }
        lines.append("</section>")
        return lines
    }

    private func principleBlock(_ principle: Report.PrincipleReport) -> [String] {
        let anchor = "principle-" + HTMLEscaping.identifier(principle.id)
        var lines = ["<article class=\"principle\" id=\"\(anchor)\" aria-labelledby=\"\(anchor)-heading\">"]
        let score = principle.score.map { "\(DecimalFormatting.oneDecimal($0)) / 100" } ?? e(words.notScored)
        lines.append(
            "<h3 id=\"\(anchor)-heading\"><span class=\"principle-title\">\(e(principle.title))</span>"
                + " <span class=\"principle-score\">\(score)</span></h3>")
        var facts = [
            "<code>\(e(principle.id))</code>", e(words.weightFact(principle.weight)), code(principle.codeParagraphs),
        ]
        if principle.score != nil {
            facts.append(
                e(
                    words.pointsOf(
                        earned: DecimalFormatting.twoDecimals(principle.earned),
                        possible: DecimalFormatting.twoDecimals(principle.possible))))
        } else {
            facts.append(e(words.noCriterionApplies))
        }
        if principle.penalty > 0 {
            facts.append(e(words.pointsDeducted(DecimalFormatting.oneDecimal(principle.penalty))))
        }
        lines.append("<p class=\"principle-facts\">\(facts.joined(separator: " · "))</p>")
        for criterion in principle.criteria {
            lines += criterionBlock(criterion)
        }
        let raised = principle.redFlags.filter(\.raised)
        for flag in raised {
            lines += redFlagBlock(flag)
        }
        if !principle.annotations.isEmpty {
            lines.append("<div class=\"criterion annotations\">")
            lines.append(
                "<h4>\(e(words.encoderNotesOnThePrinciple)) <span class=\"chip chip-none\">\(e(words.notScored))</span></h4>")
            lines += evidenceList(principle.annotations, applies: true, counts: false)
            lines.append("</div>")
        }
        let quiet = principle.redFlags.filter { $0.applies && !$0.raised }.count
        if quiet > 0 {
            lines.append("<p class=\"note\">\(e(words.quietRedFlags(quiet)))</p>")
        }
        lines.append("</article>")
        return lines
    }

    private func criterionBlock(_ criterion: Report.CriterionReport) -> [String] {
        var lines = ["<div class=\"criterion\(criterion.applies ? "" : " criterion-inapplicable")\">"]
        var heading = "<h4><code>\(e(criterion.id))</code> "
        if criterion.applies {
            heading += strengthChip(criterion.strength, credit: criterion.credit)
        } else {
            heading += "<span class=\"chip chip-none\">\(e(words.doesNotApply))</span>"
        }
        lines.append(heading + "</h4>")
        lines.append("<p class=\"statement\">\(e(criterion.statement))</p>")
        var facts = [
            words.requires("<strong>\(e(words.strength(criterion.required)))</strong>"), e(words.weightFact(criterion.weight)),
        ]
        if criterion.applies {
            facts.append(e(words.creditFact(DecimalFormatting.twoDecimals(criterion.credit))))
        } else {
            facts.append(e(words.notScoredHere))
        }
        facts.append(code(criterion.codeParagraphs))
        lines.append("<p class=\"criterion-facts\">\(facts.joined(separator: " · "))</p>")
        lines += evidenceList(criterion.evidence, applies: criterion.applies)
        lines.append("</div>")
        return lines
    }

    private func redFlagBlock(_ flag: Report.RedFlagReport) -> [String] {
        var lines = ["<div class=\"criterion red-flag\">"]
        lines.append(
            "<h4><span class=\"flag-label\">\(e(words.redFlagRaisedLabel))</span> <code>\(e(flag.id))</code> "
                + "\(severityLabel(flag.severity))</h4>")
        lines.append("<p class=\"statement\">\(e(flag.statement))</p>")
        lines += evidenceList(flag.evidence, applies: true, counts: false)
        lines.append("</div>")
        return lines
    }

    /// The evidence as quotes; `counts` says whether its strength earns credit (a criterion) or not (a red flag).
    private func evidenceList(_ evidence: [Report.EvidenceReport], applies: Bool, counts: Bool = true) -> [String] {
        guard !evidence.isEmpty else {
            return applies ? ["<p class=\"no-evidence\">\(e(words.noClauseProvidesItSentence))</p>"] : []
        }
        var lines = ["<ul class=\"evidence\">"]
        for item in evidence {
            let place =
                "\(e(words.capitalized(words.clause))) \(e(item.clause))" + (item.line.map { ", \(e(words.line)) \($0)" } ?? "")
            if item.asserted {
                let strength = counts ? " · \(e(words.strength(item.strength)))" : ""
                lines.append(
                    "<li class=\"asserted\"><span class=\"where\">\(place) · \(e(words.encoderNote))</span>"
                        + "<q class=\"note-quote\"\(quoteLanguage)>\(e(item.text))</q>"
                        + "<span class=\"how\">\(e(words.assertedByTheEncoder))\(strength)</span></li>"
                )
            } else {
                lines.append(
                    "<li><span class=\"where\">\(place) · \(e(words.matchedWords))</span>"
                        + "<q\(quoteLanguage)><mark>\(e(item.text))</mark></q>"
                        + (item.explanation.map { "<span class=\"reads\">\(words.clauseReads(e($0)))</span>" } ?? "")
                        + "<span class=\"how\">\(e(words.modality(item.modality))), \(e(words.polarity(item.polarity)))"
                        + (counts ? " · \(e(words.countsAs(words.strength(item.strength))))" : "") + "</span></li>"
                )
            }
        }
        lines.append("</ul>")
        return lines
    }

    func gapsSection(_ report: Report) -> [String] {
        var lines = ["<section id=\"gaps\" class=\"sheet\" aria-labelledby=\"gaps-heading\">"]
        lines.append("<h2 id=\"gaps-heading\">\(e(words.gapsAndRecommendations))</h2>")
        guard !report.gaps.isEmpty else {
            lines.append("<p>\(e(words.noGapsSentence))</p>")
            lines.append("</section>")
            return lines
        }
        let groups = severityGroups(report.gaps)
        let counts = groups.map { words.count($0.gaps.count, $0.severity) }.joined(separator: ", ")
        let kinds = Dictionary(uniqueKeysWithValues: Gap.Kind.allCases.map { ($0, "<em>\(e(words.kind($0)))</em>") })
        lines.append(
            "<p class=\"gap-summary\">"
                + words.gapSummary(
                    total: report.gaps.count, counts: e(counts), missing: kinds[.missing] ?? "", weak: kinds[.weak] ?? "",
                    contrary: kinds[.contrary] ?? "")
                + "</p>")
        let titles = Dictionary(report.principles.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        for (severity, gaps) in groups {
            lines.append(
                "<h3 class=\"severity-heading severity-heading-\(HTMLEscaping.identifier(severity.rawValue))\">"
                    + "\(e(words.severityHeading(severity, count: gaps.count)))</h3>")
            for gap in gaps {
                lines += gapCard(gap, principleTitle: titles[gap.principle], clausesLine: report.agreement.clausesLine)
            }
        }
        lines.append("</section>")
        return lines
    }

    private func gapCard(_ gap: Report.GapReport, principleTitle: String?, clausesLine: Int) -> [String] {
        let severity = HTMLEscaping.identifier(gap.severity.rawValue)
        var lines = ["<article class=\"gap gap-\(severity)\">"]
        lines.append(
            "<h4>\(severityLabel(gap.severity)) <span class=\"kind\">\(e(words.kind(gap.kind)))</span> "
                + "<code>\(e(gap.criterion ?? gap.redFlag ?? ""))</code></h4>")
        lines.append(
            "<p class=\"gap-principle\">\(e(words.colon(words.principle))) \(e(principleTitle ?? gap.principle))"
                + " · \(code(gap.codeParagraphs))</p>")
        lines.append("<p class=\"statement\">\(e(gap.statement))</p>")
        var place = e(words.noClauseProvidesItAt(clausesLine: clausesLine))
        if !gap.clauses.isEmpty {
            let places = gap.places
            let pairs = places.map { e($0.clause) + ($0.line.map { e(words.lineInParentheses($0)) } ?? "") }
            place = words.clausesAt(count: places.count, places: pairs.joined(separator: ", "))
        }
        lines.append("<p class=\"gap-place\">\(place)</p>")
        if !gap.findings.isEmpty {
            lines.append("<ul class=\"findings\">")
            for finding in gap.findings { lines.append("<li>\(e(finding))</li>") }
            lines.append("</ul>")
        }
        lines.append(
            "<p class=\"recommendation\"><strong>\(e(words.recommendation)).</strong> \(e(gap.recommendation))</p>")
        lines.append("<figure class=\"model-clause\">")
        lines.append("<figcaption>\(e(words.modelClause))</figcaption>")
        lines.append("<blockquote><p>\(e(gap.modelClause))</p></blockquote>")
        lines.append("</figure>")
        lines.append("</article>")
        return lines
    }

    func footer(_ report: Report) -> [String] {
        [
            "<footer class=\"report-footer\">",
            "<p>"
                + words.footer(
                    tool: e(report.tool.name), version: e(report.tool.version), packID: "<code>\(e(report.rulePack.id))</code>",
                    packVersion: e(report.rulePack.version), pack: e(report.rulePack.title), model: e(report.scoringModel),
                    schema: e(report.schemaVersion))
                + "</p>",
            "</footer>",
        ]
    }

    // MARK: Pieces

    private func e(_ text: String) -> String { HTMLEscaping.escape(text) }

    private func partyName(_ name: String) -> String {
        guard let country = CountryCode(name) else { return name }
        return "\(country.name) (\(name))"
    }

    private func partiesInBrief(_ agreement: Report.AgreementSummary) -> String {
        agreement.parties.map { "\(partyName($0.name)), \(words.role($0.role))" }.joined(separator: "; ")
    }

    private func statusInBrief(_ agreement: Report.AgreementSummary) -> String {
        if let signed = agreement.signed, agreement.status == .signed { return words.signed(signed) }
        return words.status(agreement.status) + (agreement.signed.map { ", " + words.signed($0) } ?? "")
    }

    private func code(_ paragraphs: [String]) -> String {
        paragraphs.isEmpty ? e(words.noCodeParagraph) : words.whoCode(e(paragraphs.joined(separator: ", ")))
    }

    private func strengthChip(_ strength: Strength, credit: Double) -> String {
        let verdict = credit >= 1 ? words.met : credit > 0 ? words.partlyMet : words.notMet
        return "<span class=\"chip strength-\(HTMLEscaping.identifier(strength.rawValue))\">"
            + "\(e(words.found(words.strength(strength))))</span> <span class=\"verdict\">\(e(verdict))</span>"
    }

    private func severityLabel(_ severity: Severity) -> String {
        "<span class=\"severity severity-\(HTMLEscaping.identifier(severity.rawValue))\">"
            + "\(e(words.severity(severity).uppercased()))</span>"
    }
}

extension HTMLRenderer {
    // MARK: Stylesheet

    static let stylesheet = """
        :root {
          --ink: #1a1f26; --muted: #4a5260; --rule: #cfd4db; --shade: #f4f6f8; --accent: #1f4e79;
          --mark: #fff0a8; --mark-rule: #8a6d00;
        }
        * { box-sizing: border-box; }
        html {
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
            "Liberation Sans", sans-serif;
          font-size: 16px; line-height: 1.5; color: var(--ink); background: #ffffff;
        }
        body { margin: 0; }
        .page { max-width: 900px; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
        h1, h2, h3, h4 { line-height: 1.25; color: #111722; }
        h1 { font-size: 1.9rem; margin: 0.2rem 0 0.4rem; }
        h2 { font-size: 1.45rem; margin: 2.75rem 0 1rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--accent); }
        h3 { font-size: 1.15rem; margin: 1.75rem 0 0.5rem; }
        h4 { font-size: 1rem; margin: 0 0 0.3rem; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.88em; }
        a { color: var(--accent); }
        .eyebrow { margin: 0; font-size: 0.8rem; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); }
        .subtitle { margin: 0; color: var(--muted); }
        .report-header { border-bottom: 1px solid var(--rule); padding-bottom: 1rem; }
        .contents ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0.75rem 0 0; padding: 0; }
        .note { color: var(--muted); font-size: 0.92rem; }
        .at-a-glance {
          margin: 0.6rem 0 0; padding: 0.5rem 0.8rem; background: var(--shade); border-left: 4px solid var(--accent);
          font-size: 1.05rem;
        }
        .verdict { font-size: 0.85rem; font-weight: 600; color: var(--muted); }
        .severity-heading { padding-left: 0.6rem; border-left: 6px solid var(--rule); }
        .severity-heading-critical { border-left-color: #b42318; }
        .severity-heading-major { border-left-color: #b7791f; }
        .severity-heading-minor { border-left-color: #5b80aa; }
        .visually-hidden {
          position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
          clip: rect(0 0 0 0); white-space: nowrap; border: 0;
        }
        dl.facts { display: grid; grid-template-columns: 9rem 1fr; gap: 0.4rem 1rem; margin: 0; }
        dl.facts dt { font-weight: 600; color: var(--muted); }
        dl.facts dd { margin: 0; }
        ul.parties { list-style: none; margin: 0; padding: 0; }
        .role { color: var(--muted); }
        .role::before { content: "— "; }
        ol.sources { padding-left: 1.4rem; }
        ol.sources li { margin-bottom: 0.6rem; }
        ol.sources cite { font-style: normal; font-weight: 600; }
        .source-facts { color: var(--muted); font-size: 0.92rem; }
        .url { font-size: 0.8rem; color: var(--muted); overflow-wrap: anywhere; }
        ul.context { padding-left: 0; list-style: none; }
        .chip {
          display: inline-block; padding: 0.05rem 0.45rem; border: 1px solid; border-radius: 3px;
          font-size: 0.78rem; font-weight: 600; line-height: 1.5; vertical-align: 0.1em; white-space: nowrap;
        }
        .chip-yes, .strength-binding { background: #e3f1e6; color: #1b5e20; border-color: #5b9a68; }
        .chip-no, .chip-none, .strength-none { background: #eef0f2; color: #3b424c; border-color: #9aa3ad; }
        .strength-hortatory { background: #fdf1d8; color: #6b4500; border-color: #c8962d; }
        .strength-mention { background: #e6eef7; color: #1f4e79; border-color: #7d9cc0; }
        .overall {
          display: flex; gap: 1.5rem; align-items: center; padding: 1rem 1.25rem; background: var(--shade);
          border: 1px solid var(--rule); border-radius: 6px;
        }
        .badge {
          flex: none; display: flex; flex-direction: column; align-items: center; justify-content: center;
          width: 7.5rem; height: 7.5rem; margin: 0; border: 4px solid; border-radius: 50%; background: #ffffff;
        }
        .badge-label { font-size: 0.75rem; letter-spacing: 0.08em; text-transform: uppercase; }
        .badge-grade { font-size: 2.6rem; font-weight: 700; line-height: 1; }
        .badge-score { font-size: 0.95rem; font-weight: 600; }
        .grade-a, .grade-b { border-color: #2e7d32; color: #1b5e20; }
        .grade-c { border-color: #b7791f; color: #6b4500; }
        .grade-d, .grade-e { border-color: #c05621; color: #7b2d0c; }
        .grade-f { border-color: #b42318; color: #8a1c14; }
        .overall-sentence { font-size: 1.15rem; margin: 0 0 0.4rem; }
        .overall-text .note { margin: 0; }
        figure.chart { margin: 0.5rem 0 0; }
        figure.chart figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 0.25rem; }
        .bar-chart { display: block; max-width: 100%; height: auto; }
        .bar-chart text { font-family: inherit; font-size: 14px; fill: #1a1f26; }
        .bar-chart .bar-value { font-weight: 700; }
        .bar-chart .bar-none { font-style: italic; font-size: 12px; fill: #3b424c; }
        .bar-chart .bar-tick { font-size: 12px; fill: #4a5260; }
        .bar-track { fill: #e4e7eb; }
        .bar-track-none { fill: #ffffff; stroke: #6b7280; stroke-width: 1; stroke-dasharray: 4 3; }
        .bar { fill: var(--accent); }
        .bar-grid { stroke: #ffffff; stroke-width: 2; }
        .bar-axis { stroke: #6b7280; stroke-width: 1; }
        article.principle { margin-top: 2rem; }
        article.principle h3 {
          display: flex; justify-content: space-between; gap: 1rem; border-bottom: 1px solid var(--rule);
          padding-bottom: 0.25rem;
        }
        .principle-score { white-space: nowrap; color: var(--accent); }
        .principle-facts { color: var(--muted); font-size: 0.9rem; margin: 0.2rem 0 0.75rem; }
        .criterion { margin: 0 0 0.9rem; padding: 0.6rem 0.9rem; border-left: 3px solid var(--rule); background: #fafbfc; }
        .criterion-inapplicable { opacity: 0.85; }
        .criterion .statement, .gap .statement { margin: 0 0 0.25rem; }
        .criterion-facts { margin: 0; color: var(--muted); font-size: 0.88rem; }
        .red-flag { border-left-color: #b42318; background: #fdf3f2; }
        .flag-label { font-weight: 700; color: #8a1c14; }
        .no-evidence { margin: 0.3rem 0 0; font-size: 0.9rem; color: var(--muted); font-style: italic; }
        ul.evidence { list-style: none; margin: 0.5rem 0 0; padding: 0; }
        ul.evidence li {
          margin: 0.35rem 0 0; padding: 0.35rem 0.6rem; background: #ffffff; border: 1px solid #e1e5ea;
          border-radius: 4px;
        }
        ul.evidence .where, ul.evidence .how { display: block; font-size: 0.8rem; color: var(--muted); }
        ul.evidence q { display: block; margin: 0.1rem 0; }
        mark { background: var(--mark); color: inherit; padding: 0 0.1em; border-bottom: 2px solid var(--mark-rule); }
        q.note-quote { font-style: italic; }
        .severity {
          display: inline-block; padding: 0.05rem 0.5rem; border: 1px solid; border-radius: 3px;
          font-size: 0.75rem; font-weight: 700; letter-spacing: 0.05em; vertical-align: 0.1em;
        }
        .severity-critical { background: #fde4e1; color: #8a1c14; border-color: #b42318; }
        .severity-major { background: #fdf1d8; color: #6b4500; border-color: #b7791f; }
        .severity-minor { background: #e6eef7; color: #1f4e79; border-color: #5b80aa; }
        .gap-summary { margin-top: 0; }
        article.gap {
          margin: 0 0 1rem; padding: 0.8rem 1rem; border: 1px solid var(--rule); border-left-width: 6px;
          border-radius: 4px;
        }
        article.gap.gap-critical { border-left-color: #b42318; }
        article.gap.gap-major { border-left-color: #b7791f; }
        article.gap.gap-minor { border-left-color: #5b80aa; }
        .gap .kind { font-weight: 600; text-transform: capitalize; }
        .gap-principle, .gap-place { margin: 0 0 0.35rem; color: var(--muted); font-size: 0.9rem; }
        ul.findings { margin: 0 0 0.5rem; padding-left: 1.2rem; }
        ul.findings li { margin: 0.15rem 0; }
        ul.evidence .reads { display: block; font-size: 0.85rem; }
        .recommendation { margin: 0.5rem 0; }
        figure.model-clause { margin: 0.5rem 0 0; }
        figure.model-clause figcaption {
          font-size: 0.8rem; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; color: var(--muted);
        }
        figure.model-clause blockquote {
          margin: 0.2rem 0 0; padding: 0.5rem 0.9rem; border-left: 3px solid var(--accent); background: var(--shade);
          font-family: Georgia, "Times New Roman", serif;
        }
        figure.model-clause blockquote p { margin: 0; }
        .report-footer {
          margin-top: 3rem; padding-top: 0.75rem; border-top: 1px solid var(--rule); color: var(--muted);
          font-size: 0.85rem;
        }
        @page { size: A4; margin: 16mm 15mm; }
        @media print {
          html { font-size: 10.5pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .page { max-width: none; padding: 0; }
          .contents { display: none; }
          .at-a-glance a { color: inherit; }
          section.sheet + section.sheet { break-before: page; }
          #score { break-before: auto; }
          #score h2 { margin-top: 1.75rem; }
          h2 { margin-top: 0; }
          h2, h3, h4 { break-after: avoid; }
          .criterion, article.gap, .overall, figure.chart, ul.evidence li, ol.sources li { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }

        """
}
