/// What a rule pack says in one more language (`languages/<code>.yaml`): its word lists and, for
/// every criterion and red flag, the evidence patterns and examples that read clauses written in
/// that language.
///
/// Principles, weights, severities and contexts are the pack's, whatever the language, so a French
/// and an English agreement are scored by the same rules; only how a clause is recognised changes.
public struct PackLanguage: Sendable {
    /// ISO 639-1 code, such as `fr`.
    public let language: String
    public let vocabulary: [String: [String]]
    public let pronouns: PronounReferents
    public let outOfScope: OutOfScope?
    public let recruitmentEvidence: [EvidencePattern]
    /// Principle titles in the language, by principle id, for reports written in it; a principle
    /// left out keeps the pack's own title there.
    public let principleTitles: [String: String]
    /// By criterion or red-flag id: every rule of the pack has one.
    public let rules: [String: RuleInLanguage]
}

/// One rule as a language file writes it.
public struct RuleInLanguage: Sendable {
    public let evidence: [EvidencePattern]
    public let examples: [RuleExample]
    /// The rule's texts in the language, for reports written in it; nil where not translated.
    public let statement: String?
    public let recommendation: String?
    public let modelClause: String?
}

extension RulePack {
    /// This pack as it reads clauses in `language`: its own patterns for the pack's first
    /// language, a language file's for another, nil for a language the pack does not support.
    ///
    /// Reports keep the pack's own texts (statements, recommendations): which language a report is
    /// written in is a separate choice from which language its clauses were read in.
    public func reading(_ language: String) -> RulePack? {
        if language == languages.first { return self }
        guard let translation = translations[language] else { return nil }
        return reading(translation)
    }

    /// This pack with `translation`'s patterns, examples and word lists in place of its own.
    func reading(_ translation: PackLanguage) -> RulePack {
        let language = translation.language
        func fields(_ rule: RuleFields) -> RuleFields {
            let local = translation.rules[rule.id]
            return RuleFields(
                id: rule.id, statement: rule.statement, codeParagraphs: rule.codeParagraphs, severity: rule.severity,
                appliesWhen: rule.appliesWhen, evidence: local?.evidence ?? [], recommendation: rule.recommendation,
                modelClause: rule.modelClause, notes: rule.notes, examples: local?.examples ?? [], location: rule.location)
        }
        let principles = principles.map { principle in
            Principle(
                id: principle.id, title: principle.title, codeParagraphs: principle.codeParagraphs, weight: principle.weight,
                description: principle.description, notes: principle.notes,
                criteria: principle.criteria.map {
                    Criterion(fields($0.fields), weight: $0.weight, required: $0.required, permissive: $0.permissive)
                },
                redFlags: principle.redFlags.map { RedFlag(fields($0.fields)) })
        }
        return RulePack(
            id: id, title: title, instrument: instrument, packVersion: packVersion, sources: sources, principles: principles,
            vocabulary: translation.vocabulary, pronouns: translation.pronouns, outOfScope: translation.outOfScope,
            recruitmentEvidence: translation.recruitmentEvidence, safeguardsList: safeguardsList, languages: [language],
            translations: .none)
    }
}
