/// A rule pack's texts in a report language: the language file's where it gives one, the pack's
/// own (its principle files') otherwise.
///
/// A text a language file leaves out falls back to the pack's own wording rather than to nothing,
/// so a partly translated pack still gives a complete report.
struct PackTexts {
    /// nil when the report is in the pack's own language, or the pack has no file for it.
    private let translation: PackLanguage?

    init(pack: RulePack, language: ReportLanguage) {
        translation = language.rawValue == pack.languages.first ? nil : pack.translations[language.rawValue]
    }

    func title(of principle: String, else own: String) -> String {
        translation?.principleTitles[principle] ?? own
    }

    func statement(of rule: String, else own: String) -> String {
        translation?.rules[rule]?.statement ?? own
    }

    func recommendation(of rule: String, else own: String) -> String {
        translation?.rules[rule]?.recommendation ?? own
    }

    func modelClause(of rule: String, else own: String) -> String {
        translation?.rules[rule]?.modelClause ?? own
    }
}
