import Foundation

/// The formats of `accord diff`, each rendered from the one `AgreementDiff`.
public enum DiffFormat: String, Sendable, CaseIterable {
    case text, json

    /// Renders `diff` in this format; `colored` applies to text only.
    public func render(_ diff: AgreementDiff, colored: Bool = false) -> String {
        switch self {
        case .text: DiffTextRenderer.render(diff, paint: ANSIPaint(enabled: colored))
        case .json: DiffJSONRenderer.render(diff)
        }
    }
}

/// The diff as JSON: sorted keys and pretty-printed, so the same inputs give byte-identical output.
enum DiffJSONRenderer {
    static func render(_ diff: AgreementDiff) -> String {
        DeterministicJSON.encode(diff)
    }
}

/// The terminal diff: both versions, the overall and per-principle score changes, the clause
/// changes with their lines, then the gap changes grouped opened, weakened, closed, strengthened.
enum DiffTextRenderer {
    static func render(_ diff: AgreementDiff, paint: ANSIPaint) -> String {
        var lines = [
            paint.bold("Diff") + " of \(inert(diff.old.id)) → \(inert(diff.new.id))"
                + " against \(inert(diff.rulePack.id)) \(inert(diff.rulePack.version)) (scoring model \(diff.scoringModel))",
            paint.dim("  old: \(inert(diff.old.file)) · \(inert(diff.old.title))"),
            paint.dim("  new: \(inert(diff.new.file)) · \(inert(diff.new.title))"),
            "",
            "Overall " + DecimalFormatting.oneDecimal(diff.overall.old) + " \(diff.overall.oldGrade) → "
                + paint.bold(DecimalFormatting.oneDecimal(diff.overall.new) + " \(diff.overall.newGrade)")
                + " (\(colouredDelta(diff.overall.delta, paint: paint)))",
            "",
            paint.bold("Principles"),
        ]
        let width = diff.principles.map { inert($0.id).count }.max() ?? 0
        for principle in diff.principles {
            let before = principle.old.map(DecimalFormatting.oneDecimal) ?? "n/a"
            let after = principle.new.map(DecimalFormatting.oneDecimal) ?? "n/a"
            let delta = principle.delta.map { colouredDelta($0, paint: paint) } ?? ""
            lines.append(
                "  " + pad(inert(principle.id), width) + "  " + leftPad(before, 5) + " → " + leftPad(after, 5) + "  " + delta)
        }
        lines += ["", clauseHeader(diff, paint: paint)]
        for change in diff.clauses { lines.append(clauseLine(change, paint: paint)) }
        lines.append("")
        lines += gapLines(diff, paint: paint)
        lines += [
            "",
            diff.regressed
                ? paint.red("Regressed") + ": the new version scores lower, opens a gap or weakens a criterion into a gap"
                : paint.green("No regression"),
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func clauseHeader(_ diff: AgreementDiff, paint: ANSIPaint) -> String {
        let kinds: [AgreementDiff.ClauseChangeKind] = [.added, .removed, .changed, .renumbered, .unchanged]
        let counts = kinds.map { "\(diff.clauseCount($0)) \($0.rawValue)" }.joined(separator: ", ")
        return paint.bold("Clauses") + " (\(counts))"
    }

    private static func clauseLine(_ change: AgreementDiff.ClauseChange, paint: ANSIPaint) -> String {
        let old = "\(inert(change.oldID ?? "")) (line \(change.oldLine.map(String.init) ?? "?"))"
        let new = "\(inert(change.newID ?? "")) (line \(change.newLine.map(String.init) ?? "?"))"
        let similarity = change.similarity.map { "similarity \(DecimalFormatting.twoDecimals($0))" }
        switch change.kind {
        case .added:
            return paint.green("  + added      ") + new + excerpt(change.newText)
        case .removed:
            return paint.red("  − removed    ") + old + excerpt(change.oldText)
        case .changed:
            return paint.yellow("  ~ changed    ") + new + (similarity.map { ", " + $0 } ?? "") + excerpt(change.newText)
        case .renumbered:
            let text = change.textChanged ? ", text changed" + (similarity.map { ", " + $0 } ?? "") : ", same text"
            return "  ↦ renumbered " + old + " → " + new + text
        case .unchanged:
            return "    unchanged  " + new
        }
    }

    private static func excerpt(_ text: String?) -> String {
        guard let text else { return "" }
        let limit = 72
        return ": “" + inert(text.count > limit ? String(text.prefix(limit - 1)) + "…" : text) + "”"
    }

    private static func gapLines(_ diff: AgreementDiff, paint: ANSIPaint) -> [String] {
        guard !diff.gaps.isEmpty else { return [paint.bold("Gaps") + ": no change"] }
        let counts = AgreementDiff.GapChangeKind.allCases.compactMap { kind -> String? in
            let count = diff.gaps.filter { $0.change == kind }.count
            return count > 0 ? "\(count) \(kind.rawValue)" : nil
        }
        var lines = [paint.bold("Gaps") + " (\(counts.joined(separator: ", ")))"]
        for kind in AgreementDiff.GapChangeKind.allCases {
            let changes = diff.gaps.filter { $0.change == kind }
            guard !changes.isEmpty else { continue }
            let title = kind.rawValue.capitalized
            switch kind {
            case .opened, .weakened: lines.append("  " + paint.red(title))
            case .closed, .strengthened: lines.append("  " + paint.green(title))
            }
            for change in changes { lines += gapLine(change) }
        }
        return lines
    }

    private static func gapLine(_ change: AgreementDiff.GapChange) -> [String] {
        let rule = inert(change.criterion ?? change.redFlag.map { "red flag " + $0 } ?? "")
        var facts: [String] = []
        if let severity = change.severity { facts.append(severity.rawValue) }
        let gapMove = "\(change.oldGap?.rawValue ?? "no gap") → \(change.newGap?.rawValue ?? "no gap")"
        if let oldStrength = change.oldStrength, let newStrength = change.newStrength {
            facts.append("\(oldStrength) → \(newStrength)")
        }
        facts.append(gapMove)
        var lines = ["    \(inert(change.principle)) / \(rule) (\(facts.joined(separator: ", ")))"]
        if change.clauses.isEmpty {
            lines.append("      no clause in either version")
        } else {
            let clauses = change.clauses.map(describe).joined(separator: "; ")
            lines.append("      clause \(clauses)")
        }
        return lines
    }

    private static func describe(_ reference: AgreementDiff.ClauseReference) -> String {
        let line = reference.line.map { ", line \($0)" } ?? ""
        var what = reference.change.rawValue
        if reference.change == .renumbered, let counterpart = reference.counterpart {
            what += reference.version == "old" ? " to \(inert(counterpart))" : " from \(inert(counterpart))"
        }
        return "\(inert(reference.id)) (\(reference.version)\(line), \(what))"
    }

    private static func colouredDelta(_ delta: Double, paint: ANSIPaint) -> String {
        if delta > 0 { return paint.green("+" + DecimalFormatting.oneDecimal(delta)) }
        if delta < 0 { return paint.red("−" + DecimalFormatting.oneDecimal(-delta)) }
        return "±0.0"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// Untrusted text (ids, titles, paths and clause text) made inert on a terminal.
    private static func inert(_ text: String) -> String { TerminalText.inert(text) }

    private static func leftPad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
