/// The comparison as one self-contained HTML page with a grouped bar chart: for each principle,
/// one bar per agreement, told apart by their `[n]` labels and fill patterns, not by colour alone.
enum ComparisonHTML {
    static func render(_ comparison: Comparison) -> String {
        let e = HTMLEscaping.escape
        var html = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">"]
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        html.append("<title>Comparison against \(e(comparison.rulePack.title))</title>")
        html.append("<style>\n\(HTMLRenderer.stylesheet)</style>")
        html += ["</head>", "<body>", "<div class=\"page\">", "<main>"]
        html.append("<h1>Comparison of \(comparison.agreements.count) agreements</h1>")
        html.append(
            "<p>Scored against \(e(comparison.rulePack.title)) (<code>\(e(comparison.rulePack.id))</code> "
                + "\(e(comparison.rulePack.version)), scoring model \(e(comparison.scoringModel))).</p>")
        html.append("<table>")
        html.append(
            "<thead><tr><th scope=\"col\">Label</th><th scope=\"col\">Agreement</th><th scope=\"col\">Score</th><th scope=\"col\">Grade</th><th scope=\"col\">Gaps</th><th scope=\"col\">Red flags</th></tr></thead><tbody>"
        )
        for (index, column) in comparison.agreements.enumerated() {
            html.append(
                "<tr><td>[\(index + 1)]</td><td>\(e(column.title)) <code>\(e(column.id))</code></td>"
                    + "<td>\(DecimalFormatting.oneDecimal(column.score))</td><td>\(e(column.grade))</td>"
                    + "<td>\(column.gaps)</td><td>\(column.redFlags)</td></tr>")
        }
        html.append("</tbody></table>")
        html.append("<h2>Principle scores</h2>")
        html.append(groupedChart(comparison))
        html.append("<h2>Criteria</h2>")
        html.append("<p>\(e(StrengthSymbol.legend)). Rows where the agreements differ are marked ≠.</p>")
        html.append("<table>")
        let heads = comparison.agreements.indices.map { "<th scope=\"col\">[\($0 + 1)]</th>" }.joined()
        html.append("<thead><tr><th scope=\"col\">Principle</th><th scope=\"col\">Criterion</th>\(heads)</tr></thead><tbody>")
        for principle in comparison.principles {
            for criterion in principle.criteria {
                let cells = zip(criterion.strengths, criterion.clauses).map { strength, clauses in
                    "<td>\(StrengthSymbol.of(strength))"
                        + (clauses.isEmpty ? "" : " <small>\(e(clauses.joined(separator: ", ")))</small>") + "</td>"
                }.joined()
                let mark = criterion.differs ? " ≠" : ""
                html.append("<tr><td>\(e(principle.id))</td><td><code>\(e(criterion.id))</code>\(mark)</td>\(cells)</tr>")
            }
        }
        html += ["</tbody></table>", "</main>", "</div>", "</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    /// Horizontal grouped bars, 0–100; each bar carries its `[n]` label so colour is never needed.
    static func groupedChart(_ comparison: Comparison) -> String {
        let e = HTMLEscaping.escape
        let count = comparison.agreements.count
        let barHeight = 14
        let groupHeight = 22 + count * (barHeight + 4)
        let left = 40
        let plotWidth = 560
        let height = comparison.principles.count * groupHeight + 30
        let fills = ["#1f4e79", "#7f8c8d", "#b35900", "#4b7f3a", "#6b3f8f", "#333333"]
        let patterns = comparison.agreements.indices.map { index in
            "<pattern id=\"p\(index)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(\(index * 45))\">"
                + "<rect width=\"6\" height=\"6\" fill=\"\(fills[index % fills.count])\"/>"
                + (index == 0
                    ? "" : "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" stroke-width=\"\(index % 3 + 1)\"/>")
                + "</pattern>"
        }.joined()
        let description = comparison.principles.map { principle in
            principle.title + ": "
                + zip(comparison.agreements, principle.scores).map { column, score in
                    column.id + " " + (score.map(DecimalFormatting.oneDecimal) ?? "n/a")
                }.joined(separator: ", ")
        }.joined(separator: "; ")
        var svg = [
            "<svg role=\"img\" aria-labelledby=\"compare-title compare-desc\" viewBox=\"0 0 \(left + plotWidth + 60) \(height)\" width=\"100%\">",
            "<title id=\"compare-title\">Principle scores of \(count) agreements</title>",
            "<desc id=\"compare-desc\">\(e(description))</desc>",
            "<defs>\(patterns)</defs>",
        ]
        for (row, principle) in comparison.principles.enumerated() {
            let top = row * groupHeight
            svg.append("<text x=\"0\" y=\"\(top + 14)\" font-size=\"12\" fill=\"#1a1a1a\">\(e(principle.title))</text>")
            for index in 0..<count {
                let y = top + 20 + index * (barHeight + 4)
                let score = principle.scores[index]
                let width = Int(((score ?? 0) / 100 * Double(plotWidth)).rounded())
                svg.append("<text x=\"0\" y=\"\(y + 11)\" font-size=\"11\" fill=\"#1a1a1a\">[\(index + 1)]</text>")
                svg.append("<rect x=\"\(left)\" y=\"\(y)\" width=\"\(plotWidth)\" height=\"\(barHeight)\" fill=\"#eef1f4\"/>")
                if width > 0 {
                    svg.append(
                        "<rect x=\"\(left)\" y=\"\(y)\" width=\"\(width)\" height=\"\(barHeight)\" fill=\"url(#p\(index))\"/>")
                }
                let label = score.map(DecimalFormatting.oneDecimal) ?? "n/a"
                svg.append(
                    "<text x=\"\(left + plotWidth + 6)\" y=\"\(y + 11)\" font-size=\"11\" fill=\"#1a1a1a\">\(label)</text>")
            }
        }
        svg.append("</svg>")
        return "<figure>" + svg.joined(separator: "\n") + "</figure>"
    }
}
