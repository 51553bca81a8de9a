/// Reads labelled clauses with the engine: each clause as the only clause of a small agreement
/// between the label's parties, so that its verdict depends on nothing but its own words.
public struct ClauseJudge: Sendable {
    /// Scores the one-clause agreements, as every front end does.
    public let assessor: Assessor

    /// A judge that reads clauses through `assessor`.
    public init(assessor: Assessor) {
        self.assessor = assessor
    }

    /// The engine's verdict on `labelled`: nothing found when the clause cannot be read at all.
    public func verdict(on labelled: LabelledClause) -> ClauseVerdict {
        switch assessor.assess(Self.agreement(for: labelled)) {
        case .success(let scored): ClauseVerdict(scored.evaluation)
        case .failure: ClauseVerdict(provides: [:], contrary: [:], evidence: [:])
        }
    }

    /// A bilateral, government-to-government draft holding only `labelled`'s text: a preamble
    /// recital or an operative clause.
    static func agreement(for labelled: LabelledClause) -> Agreement {
        let position = labelled.location.position ?? .start
        let clause = Clause(
            id: labelled.section == .preamble ? "Preamble" : "1", heading: nil, text: labelled.text, sourceID: "label",
            wording: .verbatim, subclauses: [], annotations: [], notes: nil, position: position, textPosition: position,
            wordLines: nil)
        let parties = labelled.parties.map {
            Party(identity: .country($0.country), role: $0.role, representedBy: nil, position: position)
        }
        return Agreement(
            file: labelled.location.file, formatVersion: 1, id: "label-\(labelled.id)", title: labelled.id, shortTitle: nil,
            scope: parties.count > 2 ? .regional : .bilateral, instrument: .agreement, level: .governmentToGovernment,
            recruitmentComponent: .present,
            status: .draft, dates: AgreementDates(), round: nil,
            language: labelled.language, professions: [], parties: parties, sources: [], supersedes: nil, notes: nil,
            clauses: [clause], clausesPosition: position, languagePosition: nil)
    }
}
