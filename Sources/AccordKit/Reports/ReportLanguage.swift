/// The language a report is written in for people: its fixed words (`ReportWords`) and, where the
/// rule pack gives them, its rules' statements, recommendations and model clauses.
///
/// A choice separate from the language an agreement's clauses are read in (`agreement.language`):
/// a ministry may want the French report of an English agreement, or the English report of a
/// Spanish one. Only the languages whose words accord carries are cases, so an unknown code is a
/// usage error, never a report half in English.
public enum ReportLanguage: String, Sendable, CaseIterable, Hashable {
    case en, fr, es
}
