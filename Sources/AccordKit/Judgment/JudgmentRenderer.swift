/// Renders a `JudgmentReport` for a terminal (a table per measure, then the confusion list) or as
/// deterministic JSON for machines.
public enum JudgmentRenderer {
    /// The report as JSON, sorted keys.
    public static func json(_ report: JudgmentReport) -> String {
        DeterministicJSON.encode(report)
    }

    /// The report as text: figures side by side for each split, then each disagreement.
    public static func text(_ report: JudgmentReport) -> String {
        let columns = report.figures
        var lines: [String] = []
        let counts = columns.map { "\($0.clauses) \($0.name)" }.joined(separator: ", ")
        lines.append("accord eval: \(counts) labelled clauses, rule pack \(report.rulePack.id) \(report.rulePack.version)")
        lines.append("")
        let header = pad("", 34) + columns.map { pad($0.name, 22, right: true) }.joined()
        lines.append(header)
        lines.append(pad("", 34) + columns.map { _ in pad("P     R     F1", 22, right: true) }.joined())
        func row(_ name: String, _ pick: (JudgmentFigures) -> MatchCounts?) {
            let cells = columns.map { figures -> String in
                guard let counts = pick(figures), counts.truePositives + counts.falseNegatives + counts.falsePositives > 0
                else { return pad("-", 22, right: true) }
                return pad("\(fixed(counts.precision))  \(fixed(counts.recall))  \(fixed(counts.f1))", 22, right: true)
            }
            lines.append(pad(name, 34) + cells.joined())
        }
        for principle in columns[0].principles.map(\.name) {
            row(principle) { $0.principles.first { $0.name == principle }?.counts }
        }
        row("all principles (micro)") { $0.overall }
        lines.append("")
        let kinds = Set(columns.flatMap { $0.kinds.map(\.name) }).sorted()
        for kind in kinds {
            row("kind: \(kind)") { $0.kinds.first { $0.name == kind }?.counts }
        }
        lines.append("")
        func share(_ name: String, _ pick: (JudgmentFigures) -> Share, percent: Bool = false) {
            let cells = columns.map { figures -> String in
                let share = pick(figures)
                guard share.of > 0 else { return pad("-", 22, right: true) }
                let value = percent ? "\(fixed(share.value * 100, digits: 1)) %" : fixed(share.value)
                return pad("\(value) (\(share.count)/\(share.of))", 22, right: true)
            }
            lines.append(pad(name, 34) + cells.joined())
        }
        share("modality accuracy (found labels)") { $0.modalityAccuracy }
        share("red-flag recall") { $0.redFlagRecall }
        share("false red flags (non-contrary)", { $0.falseRedFlags }, percent: true)
        if !report.confusions.isEmpty {
            lines.append("")
            lines.append("Disagreements (\(report.confusions.count)):")
            for confusion in report.confusions {
                lines.append("")
                lines.append("\(confusion.id) [\(confusion.kind)] \(TerminalText.inert(confusion.text))")
                for (label, items) in [
                    ("missed", confusion.missed), ("spurious", confusion.spurious),
                    ("missed contrary", confusion.missedContrary), ("false contrary", confusion.falseContrary),
                    ("strength", confusion.strength),
                ] where !items.isEmpty {
                    lines.append("    \(label): \(items.joined(separator: "; "))")
                }
                for evidence in confusion.evidence { lines.append("    found \(TerminalText.inert(evidence))") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func fixed(_ value: Double, digits: Int = 2) -> String {
        digits == 1 ? DecimalFormatting.oneDecimal(value) : DecimalFormatting.twoDecimals(value)
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}
