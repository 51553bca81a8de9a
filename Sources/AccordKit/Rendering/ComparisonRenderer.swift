import Foundation

/// The formats of `accord compare`, each rendered from the one `Comparison`.
public enum ComparisonFormat: String, Sendable, CaseIterable {
    case text, markdown, csv, json, html

    /// Renders `comparison` in this format.
    public func render(_ comparison: Comparison, colored: Bool = false) -> String {
        switch self {
        case .text: ComparisonText.render(comparison, paint: ANSIPaint(enabled: colored))
        case .markdown: ComparisonMarkdown.render(comparison)
        case .csv: ComparisonCSV.render(comparison)
        case .json: ComparisonJSON.render(comparison)
        case .html: ComparisonHTML.render(comparison)
        }
    }
}

/// One-letter strengths for side-by-side tables.
enum StrengthSymbol {
    static func of(_ strength: String) -> String {
        switch strength {
        case "binding": "B"
        case "hortatory": "H"
        case "mention": "M"
        case "n/a": "n/a"
        default: "-"
        }
    }

    static let legend = "B binding, H hortatory, M mention, - none, n/a not applicable"
}

/// The terminal comparison: scores side by side, then every criterion on which the agreements differ.
enum ComparisonText {
    static func render(_ comparison: Comparison, paint: ANSIPaint) -> String {
        var lines = [
            paint.bold("Comparing \(comparison.agreements.count) agreements")
                + " against \(inert(comparison.rulePack.id)) \(inert(comparison.rulePack.version))"
                + " (scoring model \(comparison.scoringModel))",
            "",
        ]
        for (index, column) in comparison.agreements.enumerated() {
            lines.append(
                "  [\(index + 1)] \(inert(column.id))  \(DecimalFormatting.oneDecimal(column.score)) \(column.grade)"
                    + "  \(column.gaps) gaps, \(column.redFlags) red flags  \(inert(column.title))")
        }
        let labels =
            comparison.principles.map { inert($0.id).count }
            + comparison.principles.flatMap {
                $0.criteria.map { inert($0.id).count + 4 } + $0.redFlags.map { inert($0.id).count + 14 }
            }
        let width = max(32, (labels.max() ?? 0) + 2)
        let header = comparison.agreements.indices.map { pad("[\($0 + 1)]", 7) }.joined()
        lines += ["", paint.bold(pad("Principle", width) + header)]
        for principle in comparison.principles {
            let cells = principle.scores.map { pad($0.map(DecimalFormatting.oneDecimal) ?? "n/a", 7) }.joined()
            lines.append(pad(inert(principle.id), width) + cells)
        }
        lines += ["", paint.bold("Where they differ") + " (\(StrengthSymbol.legend))"]
        var any = false
        for principle in comparison.principles {
            let criteria = principle.criteria.filter(\.differs)
            let flags = principle.redFlags.filter { Set($0.raised).count > 1 }
            guard !criteria.isEmpty || !flags.isEmpty else { continue }
            any = true
            lines.append("  \(inert(principle.id))")
            for criterion in criteria {
                let cells = criterion.strengths.map { pad(StrengthSymbol.of($0), 7) }.joined()
                lines.append("    " + pad(inert(criterion.id), width - 4) + cells + clauseNote(criterion.clauses))
            }
            for flag in flags {
                let cells = flag.raised.map { pad($0 ? "FLAG" : "-", 7) }.joined()
                lines.append("    " + pad("red flag: " + inert(flag.id), width - 4) + cells + clauseNote(flag.clauses))
            }
        }
        if !any { lines.append("  nowhere: every criterion has the same strength in every agreement") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func clauseNote(_ clauses: [[String]]) -> String {
        let notes = clauses.enumerated().compactMap { index, ids in
            ids.isEmpty ? nil : "[\(index + 1)] \(inert(ids.joined(separator: ", ")))"
        }
        return notes.isEmpty ? "" : "  " + notes.joined(separator: "; ")
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    /// Untrusted text (ids and titles from agreements and packs) made inert on a terminal.
    private static func inert(_ text: String) -> String { TerminalText.inert(text) }
}

/// The comparison as Markdown tables.
enum ComparisonMarkdown {
    static func render(_ comparison: Comparison) -> String {
        var lines = [
            "# Comparison against \(Escaping.markdownInline(comparison.rulePack.title))", "",
            "Rule pack \(Escaping.markdownCode(comparison.rulePack.id)) \(Escaping.markdownInline(comparison.rulePack.version)), scoring model \(comparison.scoringModel). \(StrengthSymbol.legend).",
            "",
            "| | " + comparison.agreements.map { Escaping.markdownCode($0.id) }.joined(separator: " | ") + " |",
            "|---|" + String(repeating: "---:|", count: comparison.agreements.count),
            "| **Overall** | "
                + comparison.agreements.map { "**\(DecimalFormatting.oneDecimal($0.score))** (\($0.grade))" }.joined(
                    separator: " | ") + " |",
        ]
        for principle in comparison.principles {
            let cells = principle.scores.map { $0.map(DecimalFormatting.oneDecimal) ?? "n/a" }
            lines.append("| \(Escaping.markdownCell(principle.title)) | " + cells.joined(separator: " | ") + " |")
        }
        lines += [
            "", "## Criteria", "",
            "| Principle | Criterion | " + comparison.agreements.map { Escaping.markdownCode($0.id) }.joined(separator: " | ")
                + " |",
        ]
        lines.append("|---|---|" + String(repeating: "---|", count: comparison.agreements.count))
        for principle in comparison.principles {
            for criterion in principle.criteria {
                let cells = zip(criterion.strengths, criterion.clauses).map { strength, clauses in
                    StrengthSymbol.of(strength)
                        + (clauses.isEmpty ? "" : " (" + Escaping.markdownCell(clauses.joined(separator: ", ")) + ")")
                }
                let id = Escaping.markdownCell(criterion.id)
                let name = criterion.differs ? "**\(id)**" : id
                lines.append("| \(Escaping.markdownCell(principle.id)) | \(name) | " + cells.joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The comparison as CSV: one row per agreement and criterion, ready for a pivot in pandas or R.
enum ComparisonCSV {
    static let header = ["agreement_id", "principle", "principle_score", "criterion", "required", "strength", "clauses"]

    static func render(_ comparison: Comparison) -> String {
        var text = CSVRenderer.line(header)
        for (index, column) in comparison.agreements.enumerated() {
            for principle in comparison.principles {
                let score = principle.scores[index].map(DecimalFormatting.oneDecimal) ?? ""
                for criterion in principle.criteria {
                    text += CSVRenderer.line([
                        column.id, principle.id, score, criterion.id, criterion.required.rawValue, criterion.strengths[index],
                        criterion.clauses[index].joined(separator: ";"),
                    ])
                }
            }
        }
        return text
    }
}

/// The comparison as JSON with sorted keys.
enum ComparisonJSON {
    static func render(_ comparison: Comparison) -> String {
        DeterministicJSON.encode(comparison)
    }
}
