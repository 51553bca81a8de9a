/// The principle-score chart of the HTML report: one horizontal bar per principle on a 0–100 scale,
/// labelled with the principle's title and score, with grid lines at 25, 50 and 75.
///
/// It carries its own text alternative (`<title>`, `<desc>`, an `aria-label`) and a visually hidden
/// table of the same numbers. Coordinates are integers or one-decimal numbers, so the drawing is
/// byte-identical on every machine.
struct SVGBarChart {
    /// One bar: a label and a 0–100 score, or nil when the principle is not scored.
    struct Bar: Sendable, Hashable {
        let label: String
        let score: Double?
    }

    let bars: [Bar]
    /// Prefix of the element ids, so two charts on a page never share an id.
    let idPrefix: String
    /// The words of the page the chart is on.
    let words: any ReportWords

    // Geometry in viewBox units; the SVG scales to the width of its container.
    static let width = 880
    static let plotWidth = 760
    static let rowHeight = 50
    static let top = 4
    static let barOffset = 24
    static let barHeight = 16
    static let axisHeight = 34
    static let maximumLabelLength = 105

    /// The chart of a report's principles, in the pack's order.
    init(principles: [Report.PrincipleReport], idPrefix: String = "chart", words: any ReportWords) {
        bars = principles.map { Bar(label: $0.title, score: $0.score) }
        self.idPrefix = idPrefix
        self.words = words
    }

    /// A `<figure>` holding the SVG, a visible caption and a visually hidden table of the numbers.
    func figure() -> String {
        var lines = ["<figure class=\"chart\">", svg()]
        lines.append("<figcaption>\(HTMLEscaping.escape(words.chartCaption))</figcaption>")
        lines.append("<table class=\"visually-hidden\">")
        lines.append("<caption>\(HTMLEscaping.escape(words.chartTableCaption))</caption>")
        lines.append(
            "<thead><tr><th scope=\"col\">\(HTMLEscaping.escape(words.principle))</th>"
                + "<th scope=\"col\">\(HTMLEscaping.escape(words.score))</th></tr></thead>")
        lines.append("<tbody>")
        for bar in bars {
            lines.append(
                "<tr><th scope=\"row\">\(HTMLEscaping.escape(bar.label))</th><td>\(HTMLEscaping.escape(value(of: bar)))</td></tr>"
            )
        }
        lines.append("</tbody>")
        lines.append("</table>")
        lines.append("</figure>")
        return lines.joined(separator: "\n")
    }

    /// The `<svg>` element alone.
    func svg() -> String {
        let height = Self.top + bars.count * Self.rowHeight + Self.axisHeight
        let titleID = "\(idPrefix)-title"
        let descID = "\(idPrefix)-desc"
        var lines: [String] = []
        lines.append(
            "<svg class=\"bar-chart\" viewBox=\"0 0 \(Self.width) \(height)\" width=\"100%\" role=\"img\""
                + " aria-label=\"\(HTMLEscaping.escape(summary()))\""
                + " aria-describedby=\"\(descID)\" preserveAspectRatio=\"xMinYMin meet\">")
        lines.append("<title id=\"\(titleID)\">\(HTMLEscaping.escape(summary()))</title>")
        lines.append("<desc id=\"\(descID)\">\(HTMLEscaping.escape(description()))</desc>")
        for (index, bar) in bars.enumerated() {
            lines += row(bar, top: Self.top + index * Self.rowHeight)
        }
        lines += axis(top: Self.top + bars.count * Self.rowHeight)
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    /// The chart's short name.
    func summary() -> String {
        words.chartSummary(principles: bars.count)
    }

    /// Every bar in words, for assistive technology.
    func description() -> String {
        bars.map { "\($0.label): \(value(of: $0))" }.joined(separator: "; ") + "."
    }

    private func value(of bar: Bar) -> String {
        bar.score.map { DecimalFormatting.oneDecimal($0) } ?? words.notScored
    }

    private func row(_ bar: Bar, top: Int) -> [String] {
        let barTop = top + Self.barOffset
        var lines = [
            "<text class=\"bar-label\" x=\"0\" y=\"\(top + 16)\">\(HTMLEscaping.escape(shortened(bar.label)))</text>"
        ]
        guard let score = bar.score else {
            // An empty dashed frame and words, so "not scored" never reads as a score of 0.
            lines.append(
                "<rect class=\"bar-track-none\" x=\"0.5\" y=\"\(barTop)\" width=\"\(Self.plotWidth - 1)\""
                    + " height=\"\(Self.barHeight)\"/>")
            lines.append(
                "<text class=\"bar-none\" x=\"8\" y=\"\(barTop + 12)\">"
                    + "\(HTMLEscaping.escape(words.colon(words.notScored) + " " + words.noCriterionApplies))</text>")
            lines.append(
                "<text class=\"bar-value\" x=\"\(Self.plotWidth + 12)\" y=\"\(barTop + 13)\">"
                    + "\(HTMLEscaping.escape(words.notApplicable))</text>")
            return lines
        }
        let clamped = min(max(score, 0), 100)
        let length = DecimalFormatting.oneDecimal(clamped * Double(Self.plotWidth) / 100)
        lines.append(
            "<rect class=\"bar-track\" x=\"0\" y=\"\(barTop)\" width=\"\(Self.plotWidth)\" height=\"\(Self.barHeight)\"/>")
        lines.append("<rect class=\"bar\" x=\"0\" y=\"\(barTop)\" width=\"\(length)\" height=\"\(Self.barHeight)\"/>")
        for mark in [25, 50, 75] {
            let x = Self.plotWidth * mark / 100
            lines.append(
                "<line class=\"bar-grid\" x1=\"\(x)\" y1=\"\(barTop - 3)\" x2=\"\(x)\" y2=\"\(barTop + Self.barHeight + 3)\"/>")
        }
        lines.append(
            "<text class=\"bar-value\" x=\"\(Self.plotWidth + 12)\" y=\"\(barTop + 13)\">"
                + "\(DecimalFormatting.oneDecimal(score))</text>")
        return lines
    }

    private func axis(top: Int) -> [String] {
        var lines = [
            "<line class=\"bar-axis\" x1=\"0\" y1=\"\(top + 4)\" x2=\"\(Self.plotWidth)\" y2=\"\(top + 4)\"/>"
        ]
        for mark in [0, 25, 50, 75, 100] {
            let x = Self.plotWidth * mark / 100
            let anchor = mark == 0 ? "start" : mark == 100 ? "end" : "middle"
            lines.append("<line class=\"bar-axis\" x1=\"\(x)\" y1=\"\(top + 4)\" x2=\"\(x)\" y2=\"\(top + 10)\"/>")
            lines.append(
                "<text class=\"bar-tick\" x=\"\(x)\" y=\"\(top + 26)\" text-anchor=\"\(anchor)\">\(mark)</text>")
        }
        return lines
    }

    /// A label short enough for the plot width; the full text is in the description and the table.
    private func shortened(_ label: String) -> String {
        guard label.count > Self.maximumLabelLength else { return label }
        return String(label.prefix(Self.maximumLabelLength - 1)) + "…"
    }
}
