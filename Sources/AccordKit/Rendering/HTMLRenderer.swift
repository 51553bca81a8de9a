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
        var html: [String] = []
        html.append("<!DOCTYPE html>")
        html.append("<html lang=\"en\">")
        html.append("<head>")
        html.append("<meta charset=\"utf-8\">")
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        html.append("<meta name=\"color-scheme\" content=\"light\">")
        html.append("<meta name=\"generator\" content=\"\(e(report.tool.name)) \(e(report.tool.version))\">")
        html.append("<title>\(e(name)): assessment against the \(e(report.rulePack.title))</title>")
        html.append("<style>\n\(Self.stylesheet)</style>")
        html.append("</head>")
        html.append("<body>")
        html.append("<div class=\"page\">")
        html += header(report)
        html.append("<main>")
        html += agreementSection(report)
        html += scoreSection(report)
        html += principlesSection(report)
        html += gapsSection(report)
        html.append("</main>")
        html += footer(report)
        html.append("</div>")
        html.append("</body>")
        html.append("</html>")
        return html.joined(separator: "\n") + "\n"
    }

    // MARK: Sections

    private func header(_ report: Report) -> [String] {
        let agreement = report.agreement
        var lines = ["<header class=\"report-header\">"]
        lines.append("<p class=\"eyebrow\">Assessment against the \(e(report.rulePack.title))</p>")
        lines.append("<h1>\(e(agreement.shortTitle ?? agreement.title))</h1>")
        lines.append(
            "<p class=\"subtitle\">\(e(partiesInBrief(agreement))) · \(e(statusInBrief(agreement)))"
                + " · <code>\(e(agreement.id))</code></p>")
        lines.append("<p class=\"at-a-glance\">\(atAGlance(report))</p>")
        lines.append("<nav class=\"contents\" aria-label=\"Contents\">")
        lines.append("<ol>")
        lines.append("<li><a href=\"#agreement\">The agreement</a></li>")
        lines.append("<li><a href=\"#score\">Score</a></li>")
        lines.append("<li><a href=\"#principles\">Principles and evidence</a></li>")
        lines.append("<li><a href=\"#gaps\">Gaps and recommendations</a></li>")
        lines.append("</ol>")
        lines.append("</nav>")
        lines.append("</header>")
        return lines
    }

    /// The verdict in one line, so the first screen and the first printed page carry it.
    private func atAGlance(_ report: Report) -> String {
        var parts = [
            "Overall <strong>\(DecimalFormatting.oneDecimal(report.overall.score)) / 100</strong>",
            "grade <strong>\(e(report.overall.grade))</strong>",
        ]
        if report.gaps.isEmpty {
            parts.append("no gaps")
        } else {
            let counts = severityGroups(report.gaps).map { "\($0.gaps.count) \(e($0.severity.rawValue))" }
            parts.append(
                "<a href=\"#gaps\">\(report.gaps.count) gap\(report.gaps.count == 1 ? "" : "s")</a>"
                    + " (\(counts.joined(separator: ", ")))")
        }
        return parts.joined(separator: " · ")
    }

    /// The gaps grouped by severity, most severe first.
    private func severityGroups(_ gaps: [Report.GapReport]) -> [(severity: Severity, gaps: [Report.GapReport])] {
        Severity.allCases.reversed().map { severity in (severity, gaps.filter { $0.severity == severity }) }
            .filter { !$0.gaps.isEmpty }
    }

    private func agreementSection(_ report: Report) -> [String] {
        let agreement = report.agreement
        var lines = ["<section id=\"agreement\" class=\"sheet\" aria-labelledby=\"agreement-heading\">"]
        lines.append("<h2 id=\"agreement-heading\">The agreement</h2>")
        lines.append("<dl class=\"facts\">")
        lines.append("<dt>Title</dt><dd>\(e(agreement.title))</dd>")
        lines.append("<dt>Parties</dt><dd><ul class=\"parties\">")
        for party in agreement.parties {
            var item = "<li><strong>\(e(partyName(party.name)))</strong> <span class=\"role\">\(e(party.role.rawValue))</span>"
            if let members = party.members, !members.isEmpty {
                item += "<br><span class=\"members\">Members: \(e(members.map(partyName).joined(separator: ", ")))</span>"
            }
            lines.append(item + "</li>")
        }
        lines.append("</ul></dd>")
        lines.append("<dt>Status</dt><dd>\(e(agreement.status.rawValue))</dd>")
        if let signed = agreement.signed { lines.append("<dt>Signed</dt><dd>\(e(signed))</dd>") }
        if let inForce = agreement.inForce { lines.append("<dt>In force</dt><dd>\(e(inForce))</dd>") }
        lines.append("<dt>Scope</dt><dd>\(e(agreement.scope.rawValue))</dd>")
        lines.append("<dt>Instrument</dt><dd>\(e(agreement.instrument.rawValue.replacingOccurrences(of: "-", with: " ")))</dd>")
        lines.append("<dt>Read in</dt><dd>\(e(LanguageCode.displayName(agreement.language)))</dd>")
        lines.append("<dt>Encoded in</dt><dd><code>\(e(agreement.file))</code></dd>")
        lines.append("</dl>")
        lines.append("<h3>Sources</h3>")
        if agreement.sources.isEmpty {
            lines.append("<p>No source is listed.</p>")
        } else {
            lines.append("<ol class=\"sources\">")
            for source in agreement.sources { lines.append(sourceItem(source)) }
            lines.append("</ol>")
        }
        if !report.context.isEmpty {
            lines.append("<h3>Context the rules took into account</h3>")
            lines.append("<ul class=\"context\">")
            for context in report.context {
                let label = context.holds ? "Applies" : "Does not apply"
                lines.append(
                    "<li><span class=\"chip \(context.holds ? "chip-yes" : "chip-no")\">\(label)</span>"
                        + " <code>\(e(context.id.rawValue))</code>: \(e(context.reason))</li>")
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
            if Self.isWebAddress(url) {
                title = "<a href=\"\(e(url))\">\(title)</a>"
            }
            address = "<br><span class=\"url\">\(e(url))</span>"
        }
        let facts = [source.publisher, String(source.year), "\(source.kind) source", "text \(source.text)"]
        return "<li><cite>\(title)</cite><br><span class=\"source-facts\">\(e(facts.joined(separator: " · ")))</span>"
            + "\(address)</li>"
    }

    private func scoreSection(_ report: Report) -> [String] {
        let overall = report.overall
        let grade = overall.grade
        let score = DecimalFormatting.oneDecimal(overall.score)
        var lines = ["<section id=\"score\" class=\"sheet\" aria-labelledby=\"score-heading\">"]
        lines.append("<h2 id=\"score-heading\">Score</h2>")
        lines.append("<div class=\"overall\">")
        lines.append(
            "<p class=\"badge grade-\(HTMLEscaping.identifier(grade.lowercased()))\">"
                + "<span class=\"badge-label\">Grade</span>"
                + "<span class=\"badge-grade\">\(e(grade))</span>"
                + "<span class=\"badge-score\">\(score) / 100</span></p>")
        lines.append("<div class=\"overall-text\">")
        var sentence = "Overall score <strong>\(score) out of 100</strong>, grade <strong>\(e(grade))</strong>"
        if overall.penalty > 0 {
            sentence += ", after <strong>\(DecimalFormatting.oneDecimal(overall.penalty))</strong> points deducted for red flags"
        }
        lines.append("<p class=\"overall-sentence\">\(sentence).</p>")
        let bands = ScoringModel.gradeBands.map { band in
            band.minimum > 0 ? "\(band.grade) from \(DecimalFormatting.oneDecimal(band.minimum))" : "\(band.grade) below"
        }
        lines.append(
            "<p class=\"note\">Grades: \(e(bands.joined(separator: ", "))). Scored with the rule pack"
                + " <code>\(e(report.rulePack.id))</code> \(e(report.rulePack.version)),"
                + " scoring model \(e(report.scoringModel)).</p>")
        lines.append("</div>")
        lines.append("</div>")
        lines.append("<h3>Principle scores</h3>")
        lines.append(SVGBarChart(principles: report.principles).figure())
        lines.append("</section>")
        return lines
    }

    private func principlesSection(_ report: Report) -> [String] {
        var lines = ["<section id=\"principles\" class=\"sheet\" aria-labelledby=\"principles-heading\">"]
        lines.append("<h2 id=\"principles-heading\">Principles and evidence</h2>")
        lines.append(
            "<p class=\"note\">Each criterion shows the strength of the commitment found (binding, hortatory,"
                + " mention or none) against the strength it requires. Highlighted words are the words matched in"
                + " the clause; notes written by the person who encoded the agreement are marked as such.</p>")
        for principle in report.principles {
            lines += principleBlock(principle)
        }
        lines.append("</section>")
        return lines
    }

    private func principleBlock(_ principle: Report.PrincipleReport) -> [String] {
        let anchor = "principle-" + HTMLEscaping.identifier(principle.id)
        var lines = ["<article class=\"principle\" id=\"\(anchor)\" aria-labelledby=\"\(anchor)-heading\">"]
        let score = principle.score.map { "\(DecimalFormatting.oneDecimal($0)) / 100" } ?? "not scored"
        lines.append(
            "<h3 id=\"\(anchor)-heading\"><span class=\"principle-title\">\(e(principle.title))</span>"
                + " <span class=\"principle-score\">\(score)</span></h3>")
        var facts = [
            "<code>\(e(principle.id))</code>", "weight \(principle.weight)", code(principle.codeParagraphs),
        ]
        if principle.score != nil {
            facts.append(
                "\(DecimalFormatting.twoDecimals(principle.earned)) of \(DecimalFormatting.twoDecimals(principle.possible))"
                    + " points")
        } else {
            facts.append("no criterion applies")
        }
        if principle.penalty > 0 {
            facts.append("\(DecimalFormatting.oneDecimal(principle.penalty)) points deducted for red flags")
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
            lines.append("<h4>Encoder’s notes on the principle <span class=\"chip chip-none\">not scored</span></h4>")
            lines += evidenceList(principle.annotations, applies: true, counts: false)
            lines.append("</div>")
        }
        let quiet = principle.redFlags.filter { $0.applies && !$0.raised }.count
        if quiet > 0 {
            lines.append(
                "<p class=\"note\">\(quiet) red flag\(quiet == 1 ? "" : "s") checked for this principle and not raised.</p>")
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
            heading += "<span class=\"chip chip-none\">does not apply</span>"
        }
        lines.append(heading + "</h4>")
        lines.append("<p class=\"statement\">\(e(criterion.statement))</p>")
        var facts = [
            "requires <strong>\(e(criterion.required.rawValue))</strong>", "weight \(criterion.weight)",
        ]
        if criterion.applies {
            facts.append("credit \(DecimalFormatting.twoDecimals(criterion.credit))")
        } else {
            facts.append("not scored here")
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
            "<h4><span class=\"flag-label\">Red flag raised</span> <code>\(e(flag.id))</code> "
                + "\(severityLabel(flag.severity))</h4>")
        lines.append("<p class=\"statement\">\(e(flag.statement))</p>")
        lines += evidenceList(flag.evidence, applies: true, counts: false)
        lines.append("</div>")
        return lines
    }

    /// The evidence as quotes; `counts` says whether its strength earns credit (a criterion) or not (a red flag).
    private func evidenceList(_ evidence: [Report.EvidenceReport], applies: Bool, counts: Bool = true) -> [String] {
        guard !evidence.isEmpty else {
            return applies ? ["<p class=\"no-evidence\">No clause provides it.</p>"] : []
        }
        var lines = ["<ul class=\"evidence\">"]
        for item in evidence {
            let place = "Clause \(e(item.clause))" + (item.line.map { ", line \($0)" } ?? "")
            if item.asserted {
                lines.append(
                    "<li class=\"asserted\"><span class=\"where\">\(place) · encoder’s note</span>"
                        + "<q class=\"note-quote\">\(e(item.text))</q>"
                        + "<span class=\"how\">asserted by the encoder\(counts ? " · \(e(item.strength.rawValue))" : "")</span></li>"
                )
            } else {
                lines.append(
                    "<li><span class=\"where\">\(place) · matched words</span>"
                        + "<q><mark>\(e(item.text))</mark></q>"
                        + (item.explanation.map { "<span class=\"reads\">The clause \(e($0)).</span>" } ?? "")
                        + "<span class=\"how\">\(e(item.modality.rawValue)), \(e(item.polarity.rawValue))"
                        + (counts ? " · counts as \(e(item.strength.rawValue))" : "") + "</span></li>"
                )
            }
        }
        lines.append("</ul>")
        return lines
    }

    private func gapsSection(_ report: Report) -> [String] {
        var lines = ["<section id=\"gaps\" class=\"sheet\" aria-labelledby=\"gaps-heading\">"]
        lines.append("<h2 id=\"gaps-heading\">Gaps and recommendations</h2>")
        guard !report.gaps.isEmpty else {
            lines.append("<p>No gaps: every applicable criterion is met and no red flag is raised.</p>")
            lines.append("</section>")
            return lines
        }
        let groups = severityGroups(report.gaps)
        let counts = groups.map { "\($0.gaps.count) \($0.severity)" }.joined(separator: ", ")
        lines.append(
            "<p class=\"gap-summary\">\(report.gaps.count) gap\(report.gaps.count == 1 ? "" : "s"): \(e(counts))."
                + " A gap is <em>missing</em> when no clause provides what the Code asks, <em>weak</em> when a clause"
                + " provides it with less than the required strength, and <em>contrary</em> when a clause does what"
                + " the Code warns against.</p>")
        let titles = Dictionary(report.principles.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        for (severity, gaps) in groups {
            lines.append(
                "<h3 class=\"severity-heading severity-heading-\(HTMLEscaping.identifier(severity.rawValue))\">"
                    + "\(e(capitalized(severity.rawValue))) gaps (\(gaps.count))</h3>")
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
            "<h4>\(severityLabel(gap.severity)) <span class=\"kind\">\(e(gap.kind.rawValue))</span> "
                + "<code>\(e(gap.criterion ?? gap.redFlag ?? ""))</code></h4>")
        lines.append(
            "<p class=\"gap-principle\">Principle: \(e(principleTitle ?? gap.principle)) · \(code(gap.codeParagraphs))</p>")
        lines.append("<p class=\"statement\">\(e(gap.statement))</p>")
        var place = "No clause provides it (the clauses start at line \(clausesLine))."
        if !gap.clauses.isEmpty {
            let places = gap.places
            let pairs = places.map { e($0.clause) + ($0.line.map { " (line \($0))" } ?? "") }
            place = "Clause\(places.count == 1 ? "" : "s") \(pairs.joined(separator: ", "))."
        }
        lines.append("<p class=\"gap-place\">\(place)</p>")
        if !gap.findings.isEmpty {
            lines.append("<ul class=\"findings\">")
            for finding in gap.findings { lines.append("<li>\(e(finding))</li>") }
            lines.append("</ul>")
        }
        lines.append("<p class=\"recommendation\"><strong>Recommendation.</strong> \(e(gap.recommendation))</p>")
        lines.append("<figure class=\"model-clause\">")
        lines.append("<figcaption>Model clause</figcaption>")
        lines.append("<blockquote><p>\(e(gap.modelClause))</p></blockquote>")
        lines.append("</figure>")
        lines.append("</article>")
        return lines
    }

    private func footer(_ report: Report) -> [String] {
        [
            "<footer class=\"report-footer\">",
            "<p>Report by \(e(report.tool.name)) \(e(report.tool.version)) · rule pack <code>\(e(report.rulePack.id))</code>"
                + " \(e(report.rulePack.version)) (\(e(report.rulePack.title))) · scoring model \(e(report.scoringModel))"
                + " · report schema \(e(report.schemaVersion)). The score measures what the text of the agreement"
                + " commits to, not how it is implemented.</p>",
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
        agreement.parties.map { "\(partyName($0.name)), \($0.role)" }.joined(separator: "; ")
    }

    private func statusInBrief(_ agreement: Report.AgreementSummary) -> String {
        if let signed = agreement.signed, agreement.status == .signed { return "signed \(signed)" }
        return agreement.status.rawValue + (agreement.signed.map { ", signed \($0)" } ?? "")
    }

    private func code(_ paragraphs: [String]) -> String {
        paragraphs.isEmpty ? "no Code paragraph" : "WHO Code \(e(paragraphs.joined(separator: ", ")))"
    }

    private func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    private func strengthChip(_ strength: Strength, credit: Double) -> String {
        let verdict = credit >= 1 ? "met" : credit > 0 ? "partly met" : "not met"
        return "<span class=\"chip strength-\(HTMLEscaping.identifier(strength.rawValue))\">found: \(e(strength.rawValue))</span>"
            + " <span class=\"verdict\">\(verdict)</span>"
    }

    private func severityLabel(_ severity: Severity) -> String {
        "<span class=\"severity severity-\(HTMLEscaping.identifier(severity.rawValue))\">\(e(severity.rawValue.uppercased()))</span>"
    }

    /// Only web addresses become links; anything else (a `javascript:` address) is shown as text.
    static func isWebAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !url.contains(where: \.isWhitespace)
    }

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
