import AccordText

/// The reports' words in English: closed sets are written as their file words (`in-force`,
/// `memorandum-of-understanding`), as they always were.
struct EnglishReportWords: ReportWords {
    // MARK: Closed sets

    func severity(_ severity: Severity) -> String { severity.rawValue }
    func kind(_ kind: Gap.Kind) -> String { kind.rawValue }
    func strength(_ strength: Strength) -> String { strength.rawValue }
    func modality(_ modality: Modality) -> String { modality.rawValue }
    func polarity(_ polarity: Polarity) -> String { polarity.rawValue }
    func status(_ status: AgreementStatus) -> String { status.rawValue }
    func scope(_ scope: AgreementScope) -> String { scope.rawValue }
    func instrument(_ instrument: InstrumentType) -> String { instrument.rawValue }
    func instrumentInProse(_ instrument: InstrumentType) -> String {
        instrument.rawValue.replacingOccurrences(of: "-", with: " ")
    }
    func role(_ role: PartyRole) -> String { role.rawValue }
    func sourceKind(_ kind: SourceKind) -> String { kind.rawValue }
    func sourceText(_ fidelity: SourceTextFidelity) -> String { fidelity.rawValue }
    func languageName(_ code: String) -> String { LanguageCode.displayName(code) }
    func count(_ count: Int, _ severity: Severity) -> String { "\(count) \(severity.rawValue)" }

    // MARK: Shared

    func colon(_ label: String) -> String { label + ":" }
    let clause = "clause"
    let line = "line"
    let applies = "applies"
    let doesNotApply = "does not apply"
    let notApplicable = "n/a"
    let notScored = "not scored"
    let principle = "Principle"
    let score = "Score"
    let recommendation = "Recommendation"
    let modelClause = "Model clause"
    func signed(_ date: String) -> String { "signed \(date)" }
    func inForce(_ date: String) -> String { "in force \(date)" }
    func codeParagraphs(_ paragraphs: String) -> String { "(Code \(paragraphs))" }
    func afterPenalty(_ points: String) -> String { "(after \(points) red-flag points)" }

    // MARK: Terminal

    func readIn(_ language: String) -> String { "read in \(language)" }
    func rulePackLine(id: String, version: String, model: String) -> String {
        "Rule pack \(id) \(version) · scoring model \(model)"
    }
    func overallLine(score: String, grade: String) -> String { "Overall \(score) / 100, grade \(grade)" }
    let principles = "Principles"
    let context = "Context"
    let gaps = "Gaps"
    let noGaps = "none"
    let principleNotApplicable = "not applicable here (see Context)"
    let criterionNotApplicable = "does not apply here (not scored)"
    func criterionLine(strength: String, required: String, weight: Int, credit: String, earned: String) -> String {
        "\(strength) (requires \(required)), weight \(weight) × credit \(credit) = \(earned)"
    }
    let encoderNoteNotScored = "encoder's note on the principle (not scored)"
    func redFlagRaised(id: String, severity: String) -> String { "red flag \(id) (\(severity)) raised" }
    func redFlagPoints(_ points: String) -> String { "\(points) red-flag points" }
    let assertedByTheEncoder = "asserted by the encoder"
    func gapsCounted(heading: String, total: Int, counts: String) -> String { "\(heading) (\(total): \(counts))" }
    func noClauseProvidesIt(clausesLine: Int) -> String {
        "no clause provides it (clauses start at line \(clausesLine))"
    }

    // MARK: Markdown

    func scoredAgainst(title: String, id: String, pack: String, packID: String, version: String, model: String) -> String {
        "*\(title)* (\(id)), scored against \(pack) (\(packID) \(version), scoring model \(model))."
    }
    let parties = "Parties"
    let scopeAndInstrument = "Scope and instrument"
    let statusLabel = "Status"
    let readInLabel = "Read in"
    let source = "Source"
    func overallScore(score: String, grade: String) -> String { "Overall score: \(score) / 100, grade \(grade)" }
    let weight = "Weight"
    let code = "Code"
    func gapsHeading(_ count: Int) -> String { "Gaps (\(count))" }
    let noneSentence = "None."
    let clauses = "Clauses"
    func noneProvidesIt(clausesLine: Int) -> String { "none provides it (clauses start at line \(clausesLine))" }
    let finding = "Finding"
    let criteriaAndEvidence = "Criteria and evidence"
    let criterion = "Criterion"
    let strengthLabel = "Strength"
    let required = "Required"
    let evidence = "Evidence"
    let notApplicableLong = "not applicable"
    let asserted = "asserted"
    let encoderNoteOnThePrinciple = "Encoder's note on the principle"
    let redFlag = "Red flag"
    func raised(severity: String) -> String { "raised (\(severity))" }

    // MARK: HTML

    func pageTitle(name: String, pack: String) -> String { "\(name): assessment against the \(pack)" }
    func assessmentAgainst(pack: String) -> String { "Assessment against the \(pack)" }
    let contents = "Contents"
    let theAgreement = "The agreement"
    let principlesAndEvidence = "Principles and evidence"
    let gapsAndRecommendations = "Gaps and recommendations"
    func overallAtAGlance(_ score: String) -> String { "Overall \(score)" }
    func gradeAtAGlance(_ grade: String) -> String { "grade \(grade)" }
    let noGapsAtAGlance = "no gaps"
    func gapCount(_ count: Int) -> String { "\(count) gap\(count == 1 ? "" : "s")" }
    let title = "Title"
    let members = "Members"
    let signedLabel = "Signed"
    let inForceLabel = "In force"
    let scopeLabel = "Scope"
    let instrumentLabel = "Instrument"
    let encodedIn = "Encoded in"
    let sources = "Sources"
    let noSource = "No source is listed."
    let contextTakenIntoAccount = "Context the rules took into account"
    func sourceKindFact(_ kind: String) -> String { "\(kind) source" }
    func sourceTextFact(_ fidelity: String) -> String { "text \(fidelity)" }
    let grade = "Grade"
    func overallSentence(score: String, grade: String) -> String {
        "Overall score <strong>\(score) out of 100</strong>, grade <strong>\(grade)</strong>"
    }
    func pointsDeductedClause(_ points: String) -> String {
        ", after <strong>\(points)</strong> points deducted for red flags"
    }
    func gradeBand(_ grade: String, from minimum: String?) -> String {
        minimum.map { "\(grade) from \($0)" } ?? "\(grade) below"
    }
    let grades = "Grades"
    func scoredWith(id: String, version: String, model: String) -> String {
        "Scored with the rule pack \(id) \(version), scoring model \(model)."
    }
    let principleScores = "Principle scores"
    let principlesNote =
        "Each criterion shows the strength of the commitment found (binding, hortatory, mention or none) against the"
        + " strength it requires. Highlighted words are the words matched in the clause; notes written by the person"
        + " who encoded the agreement are marked as such."
    func weightFact(_ weight: Int) -> String { "weight \(weight)" }
    func pointsOf(earned: String, possible: String) -> String { "\(earned) of \(possible) points" }
    let noCriterionApplies = "no criterion applies"
    func pointsDeducted(_ points: String) -> String { "\(points) points deducted for red flags" }
    let encoderNotesOnThePrinciple = "Encoder’s notes on the principle"
    func quietRedFlags(_ count: Int) -> String {
        "\(count) red flag\(count == 1 ? "" : "s") checked for this principle and not raised."
    }
    func requires(_ strength: String) -> String { "requires \(strength)" }
    func creditFact(_ credit: String) -> String { "credit \(credit)" }
    let notScoredHere = "not scored here"
    let redFlagRaisedLabel = "Red flag raised"
    let noClauseProvidesItSentence = "No clause provides it."
    let encoderNote = "encoder’s note"
    let matchedWords = "matched words"
    func clauseReads(_ explanation: String) -> String { "The clause \(explanation)." }
    func countsAs(_ strength: String) -> String { "counts as \(strength)" }
    func found(_ strength: String) -> String { "found: \(strength)" }
    let met = "met"
    let partlyMet = "partly met"
    let notMet = "not met"
    let noGapsSentence = "No gaps: every applicable criterion is met and no red flag is raised."
    func gapSummary(total: Int, counts: String, missing: String, weak: String, contrary: String) -> String {
        "\(gapCount(total)): \(counts). A gap is \(missing) when no clause provides what the Code asks, \(weak) when a"
            + " clause provides it with less than the required strength, and \(contrary) when a clause does what the"
            + " Code warns against."
    }
    func severityHeading(_ severity: Severity, count: Int) -> String {
        "\(capitalized(severity.rawValue)) gaps (\(count))"
    }
    func noClauseProvidesItAt(clausesLine: Int) -> String {
        "No clause provides it (the clauses start at line \(clausesLine))."
    }
    func clausesAt(count: Int, places: String) -> String { "Clause\(count == 1 ? "" : "s") \(places)." }
    func footer(
        tool: String, version: String, packID: String, packVersion: String, pack: String, model: String, schema: String
    ) -> String {
        "Report by \(tool) \(version) · rule pack \(packID) \(packVersion) (\(pack)) · scoring model \(model)"
            + " · report schema \(schema). The score measures what the text of the agreement commits to, not how it"
            + " is implemented."
    }
    func whoCode(_ paragraphs: String) -> String { "WHO Code \(paragraphs)" }
    let noCodeParagraph = "no Code paragraph"

    // MARK: Chart

    let chartCaption =
        "Score of each principle, from 0 to 100; the white lines across the bars mark 25, 50 and 75. Principles with"
        + " no applicable criterion are shown as not scored."
    let chartTableCaption = "Principle scores (0–100)"
    func chartSummary(principles count: Int) -> String {
        "Bar chart of \(count) principle scores on a scale of 0 to 100"
    }
}
