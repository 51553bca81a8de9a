import AccordText

/// The fixed text of the reports people read (terminal, Markdown, HTML) in one language:
/// headings, labels, the words of closed sets (severities, kinds, strengths) and the sentences
/// that frame numbers and ids.
///
/// Swift code rather than Foundation localisation bundles: `Bundle.module` traps when its bundle is
/// not beside the binary, and a conformance that leaves a word out does not compile. Nothing from
/// an agreement or a pack passes through here unescaped: a requirement that takes text takes it
/// already escaped for the format, and returns it inside its words. Numbers keep the dot in every
/// language (`DecimalFormatting`), so a figure reads the same as in the JSON report beside it.
protocol ReportWords: Sendable {
    // MARK: Closed sets

    func severity(_ severity: Severity) -> String
    func kind(_ kind: Gap.Kind) -> String
    func strength(_ strength: Strength) -> String
    func modality(_ modality: Modality) -> String
    func polarity(_ polarity: Polarity) -> String
    func status(_ status: AgreementStatus) -> String
    func scope(_ scope: AgreementScope) -> String
    /// The instrument as the terminal and Markdown reports name it.
    func instrument(_ instrument: InstrumentType) -> String
    /// The instrument in running prose (HTML).
    func instrumentInProse(_ instrument: InstrumentType) -> String
    func role(_ role: PartyRole) -> String
    func sourceKind(_ kind: SourceKind) -> String
    func sourceText(_ fidelity: SourceTextFidelity) -> String
    /// The name of the language with ISO 639-1 code `code`, followed by the code.
    func languageName(_ code: String) -> String
    /// "3 critical": a number of gaps of one severity.
    func count(_ count: Int, _ severity: Severity) -> String

    // MARK: Shared

    /// `label` followed by a colon, spaced as the language spaces it.
    func colon(_ label: String) -> String
    var clause: String { get }
    var line: String { get }
    var applies: String { get }
    var doesNotApply: String { get }
    var notApplicable: String { get }
    var notScored: String { get }
    var principle: String { get }
    var score: String { get }
    var recommendation: String { get }
    var modelClause: String { get }
    func signed(_ date: String) -> String
    func inForce(_ date: String) -> String
    /// "(Code 3.5, 4.3)".
    func codeParagraphs(_ paragraphs: String) -> String
    /// "(after 5.0 red-flag points)".
    func afterPenalty(_ points: String) -> String

    // MARK: Terminal

    func readIn(_ language: String) -> String
    func rulePackLine(id: String, version: String, model: String) -> String
    func overallLine(score: String, grade: String) -> String
    var principles: String { get }
    var context: String { get }
    var gaps: String { get }
    var noGaps: String { get }
    var principleNotApplicable: String { get }
    var criterionNotApplicable: String { get }
    func criterionLine(strength: String, required: String, weight: Int, credit: String, earned: String) -> String
    var encoderNoteNotScored: String { get }
    func redFlagRaised(id: String, severity: String) -> String
    /// "5.0 red-flag points", taken off a principle's score.
    func redFlagPoints(_ points: String) -> String
    var assertedByTheEncoder: String { get }
    func gapsCounted(heading: String, total: Int, counts: String) -> String
    func noClauseProvidesIt(clausesLine: Int) -> String

    // MARK: Markdown

    func scoredAgainst(title: String, id: String, pack: String, packID: String, version: String, model: String) -> String
    var parties: String { get }
    var scopeAndInstrument: String { get }
    var statusLabel: String { get }
    var readInLabel: String { get }
    var source: String { get }
    func overallScore(score: String, grade: String) -> String
    var weight: String { get }
    var code: String { get }
    func gapsHeading(_ count: Int) -> String
    var noneSentence: String { get }
    var clauses: String { get }
    func noneProvidesIt(clausesLine: Int) -> String
    var finding: String { get }
    var criteriaAndEvidence: String { get }
    var criterion: String { get }
    var strengthLabel: String { get }
    var required: String { get }
    var evidence: String { get }
    var notApplicableLong: String { get }
    var asserted: String { get }
    var encoderNoteOnThePrinciple: String { get }
    var redFlag: String { get }
    func raised(severity: String) -> String

    // MARK: HTML

    func pageTitle(name: String, pack: String) -> String
    func assessmentAgainst(pack: String) -> String
    var contents: String { get }
    var theAgreement: String { get }
    var principlesAndEvidence: String { get }
    var gapsAndRecommendations: String { get }
    /// "Overall <strong>72.5 / 100</strong>": `score` is markup.
    func overallAtAGlance(_ score: String) -> String
    func gradeAtAGlance(_ grade: String) -> String
    var noGapsAtAGlance: String { get }
    func gapCount(_ count: Int) -> String
    var title: String { get }
    var members: String { get }
    var signedLabel: String { get }
    var inForceLabel: String { get }
    var scopeLabel: String { get }
    var instrumentLabel: String { get }
    var encodedIn: String { get }
    var sources: String { get }
    var noSource: String { get }
    var contextTakenIntoAccount: String { get }
    func sourceKindFact(_ kind: String) -> String
    func sourceTextFact(_ fidelity: String) -> String
    var grade: String { get }
    /// `score` and `grade` are escaped; the sentence may hold markup.
    func overallSentence(score: String, grade: String) -> String
    func pointsDeductedClause(_ points: String) -> String
    /// "A from 85.0", or "F below" for the lowest band (`minimum` nil).
    func gradeBand(_ grade: String, from minimum: String?) -> String
    var grades: String { get }
    /// `id` is markup (a `<code>` element).
    func scoredWith(id: String, version: String, model: String) -> String
    var principleScores: String { get }
    var principlesNote: String { get }
    func weightFact(_ weight: Int) -> String
    func pointsOf(earned: String, possible: String) -> String
    var noCriterionApplies: String { get }
    func pointsDeducted(_ points: String) -> String
    var encoderNotesOnThePrinciple: String { get }
    func quietRedFlags(_ count: Int) -> String
    /// `strength` is markup.
    func requires(_ strength: String) -> String
    func creditFact(_ credit: String) -> String
    var notScoredHere: String { get }
    var redFlagRaisedLabel: String { get }
    var noClauseProvidesItSentence: String { get }
    var encoderNote: String { get }
    var matchedWords: String { get }
    /// `explanation` (the engine's English reading) is escaped.
    func clauseReads(_ explanation: String) -> String
    func countsAs(_ strength: String) -> String
    func found(_ strength: String) -> String
    var met: String { get }
    var partlyMet: String { get }
    var notMet: String { get }
    var noGapsSentence: String { get }
    /// The gap count, `counts` by severity (escaped), and what each kind means (`missing`, `weak`
    /// and `contrary` are markup).
    func gapSummary(total: Int, counts: String, missing: String, weak: String, contrary: String) -> String
    /// The heading of the gaps of one severity.
    func severityHeading(_ severity: Severity, count: Int) -> String
    func noClauseProvidesItAt(clausesLine: Int) -> String
    /// `places` is markup.
    func clausesAt(count: Int, places: String) -> String
    /// The footer; every argument is escaped or markup.
    func footer(
        tool: String, version: String, packID: String, packVersion: String, pack: String, model: String,
        schema: String
    ) -> String
    func whoCode(_ paragraphs: String) -> String
    var noCodeParagraph: String { get }

    // MARK: Chart

    var chartCaption: String { get }
    var chartTableCaption: String { get }
    func chartSummary(principles count: Int) -> String
}

extension ReportWords {
    /// `text` with its first letter in capitals: "critical" → "Critical", "cláusula" → "Cláusula".
    func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// " (line 12)", after a clause id.
    func lineInParentheses(_ line: Int) -> String {
        " (\(self.line) \(line))"
    }
}

extension ReportLanguage {
    /// The fixed words of reports in this language.
    var words: any ReportWords {
        switch self {
        case .en: EnglishReportWords()
        case .fr: FrenchReportWords()
        case .es: SpanishReportWords()
        }
    }
}
