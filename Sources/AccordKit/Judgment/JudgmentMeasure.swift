/// Compares verdicts with labels and measures the agreement: precision, recall and F1 per
/// principle and overall, modality accuracy, red-flag recall and false red flags, split by split.
public struct JudgmentMeasure: Sendable {
    /// The pack's principle ids, in report order.
    let principles: [String]

    public init(principles: [String]) {
        self.principles = principles
    }

    /// The figures for `pairs`, named `name`.
    public func figures(_ name: String, _ pairs: [(LabelledClause, ClauseVerdict)]) -> JudgmentFigures {
        var overall = MatchCounts()
        var byPrinciple: [String: MatchCounts] = [:]
        var clausesByPrinciple: [String: Int] = [:]
        var byKind: [String: MatchCounts] = [:]
        var clausesByKind: [String: Int] = [:]
        var modality = Share()
        var redFlags = Share()
        var falseRedFlags = Share()
        for (label, verdict) in pairs {
            var clauseCounts = MatchCounts()
            for principle in principles {
                let counts = Self.counts(label, verdict, principle: principle)
                byPrinciple[principle, default: MatchCounts()] += counts
                clauseCounts += counts
                if label.provides[principle] != nil || label.contrary.contains(principle) {
                    clausesByPrinciple[principle, default: 0] += 1
                }
                if let labelled = label.provides[principle], let found = verdict.provides[principle] {
                    modality.of += 1
                    if labelled == found { modality.count += 1 }
                }
                if label.contrary.contains(principle) {
                    redFlags.of += 1
                    if verdict.contrary[principle] != nil { redFlags.count += 1 }
                }
            }
            overall += clauseCounts
            byKind[label.kind, default: MatchCounts()] += clauseCounts
            clausesByKind[label.kind, default: 0] += 1
            if label.contrary.isEmpty {
                falseRedFlags.of += 1
                if !verdict.contrary.isEmpty { falseRedFlags.count += 1 }
            }
        }
        return JudgmentFigures(
            name: name, clauses: pairs.count, overall: overall,
            principles: principles.map {
                .init(name: $0, clauses: clausesByPrinciple[$0] ?? 0, counts: byPrinciple[$0] ?? MatchCounts())
            },
            kinds: byKind.keys.sorted().map {
                .init(name: $0, clauses: clausesByKind[$0] ?? 0, counts: byKind[$0] ?? MatchCounts())
            },
            modalityAccuracy: modality, redFlagRecall: redFlags, falseRedFlags: falseRedFlags)
    }

    /// The two units (provides, contradicts) of one clause and principle.
    static func counts(_ label: LabelledClause, _ verdict: ClauseVerdict, principle: String) -> MatchCounts {
        var counts = MatchCounts()
        for (labelled, found) in [
            (label.provides[principle] != nil, verdict.provides[principle] != nil),
            (label.contrary.contains(principle), verdict.contrary[principle] != nil),
        ] {
            switch (labelled, found) {
            case (true, true): counts.truePositives += 1
            case (false, true): counts.falsePositives += 1
            case (true, false): counts.falseNegatives += 1
            case (false, false): break
            }
        }
        return counts
    }

    /// How `verdict` differs from `label`, or nil when it does not.
    public func confusion(_ label: LabelledClause, _ verdict: ClauseVerdict) -> Confusion? {
        var missed: [String] = []
        var spurious: [String] = []
        var missedContrary: [String] = []
        var falseContrary: [String] = []
        var strength: [String] = []
        for principle in principles {
            switch (label.provides[principle], verdict.provides[principle]) {
            case (let labelled?, nil): missed.append("\(principle):\(labelled.rawValue)")
            case (nil, let found?): spurious.append("\(principle):\(found.rawValue)")
            case (let labelled?, let found?) where labelled != found:
                strength.append("\(principle): \(labelled.rawValue) → \(found.rawValue)")
            default: break
            }
            switch (label.contrary.contains(principle), verdict.contrary[principle]) {
            case (true, nil): missedContrary.append(principle)
            case (false, let flags?): falseContrary.append("\(principle) (\(flags.joined(separator: ", ")))")
            default: break
            }
        }
        if missed.isEmpty, spurious.isEmpty, missedContrary.isEmpty, falseContrary.isEmpty, strength.isEmpty { return nil }
        return Confusion(
            id: label.id, split: label.split.rawValue, kind: label.kind, line: label.location.position?.line, text: label.text,
            missed: missed, spurious: spurious, missedContrary: missedContrary, falseContrary: falseContrary,
            strength: strength, evidence: principles.flatMap { verdict.evidence[$0] ?? [] })
    }
}
