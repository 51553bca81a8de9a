import AccordText

/// The reports' words in French.
///
/// A gap is a *lacune* (feminine, so severities and kinds agree with it), a red flag a *signal
/// d’alerte*; strengths and modalities are a *niveau* (masculine); a colon and the inside of guillemets take a no-break space (U+00A0), as French
/// typography wants, so a line never breaks before a colon.
struct FrenchReportWords: ReportWords {
    // MARK: Closed sets

    func severity(_ severity: Severity) -> String {
        switch severity {
        case .critical: "critique"
        case .major: "majeure"
        case .minor: "mineure"
        }
    }
    func kind(_ kind: Gap.Kind) -> String {
        switch kind {
        case .missing: "manquante"
        case .weak: "faible"
        case .contrary: "contraire"
        }
    }
    func strength(_ strength: Strength) -> String {
        switch strength {
        case .none: "aucun"
        case .mention: "mention"
        case .hortatory: "incitatif"
        case .binding: "contraignant"
        }
    }
    func modality(_ modality: Modality) -> String {
        switch modality {
        case .mention: "mention"
        case .permissive: "permissif"
        case .hortatory: "incitatif"
        case .binding: "contraignant"
        }
    }
    func polarity(_ polarity: Polarity) -> String {
        switch polarity {
        case .affirmed: "affirmé"
        case .negated: "nié"
        }
    }
    func status(_ status: AgreementStatus) -> String {
        switch status {
        case .draft: "projet"
        case .signed: "signé"
        case .inForce: "en vigueur"
        case .expired: "expiré"
        case .terminated: "dénoncé"
        case .superseded: "remplacé"
        }
    }
    func scope(_ scope: AgreementScope) -> String {
        switch scope {
        case .bilateral: "bilatéral"
        case .regional: "régional"
        case .multilateral: "multilatéral"
        }
    }
    func instrument(_ instrument: InstrumentType) -> String {
        switch instrument {
        case .treaty: "traité"
        case .agreement: "accord"
        case .memorandumOfUnderstanding: "protocole d’accord"
        case .frameworkAgreement: "accord-cadre"
        case .placementAgreement: "accord de placement"
        case .economicPartnershipAgreement: "accord de partenariat économique"
        case .mutualRecognitionArrangement: "arrangement de reconnaissance mutuelle"
        case .exchangeOfNotes: "échange de notes"
        case .programme: "programme"
        case .other: "autre instrument"
        }
    }
    func instrumentInProse(_ instrument: InstrumentType) -> String { self.instrument(instrument) }
    func role(_ role: PartyRole) -> String {
        switch role {
        case .origin: "origine"
        case .destination: "destination"
        case .both: "origine et destination"
        }
    }
    func sourceKind(_ kind: SourceKind) -> String {
        switch kind {
        case .primary: "source primaire"
        case .secondary: "source secondaire"
        case .synthetic: "source synthétique"
        }
    }
    func sourceText(_ fidelity: SourceTextFidelity) -> String {
        switch fidelity {
        case .verbatim: "texte intégral"
        case .paraphrased: "texte paraphrasé"
        case .mixed: "texte en partie paraphrasé"
        }
    }
    func languageName(_ code: String) -> String {
        switch code {
        case "en": "anglais (en)"
        case "fr": "français (fr)"
        case "es": "espagnol (es)"
        default: LanguageCode.displayName(code)
        }
    }
    func count(_ count: Int, _ severity: Severity) -> String {
        "\(count) \(self.severity(severity))\(count > 1 ? "s" : "")"
    }

    // MARK: Shared

    func colon(_ label: String) -> String { label + "\u{A0}:" }
    let clause = "clause"
    let line = "ligne"
    let applies = "s’applique"
    let doesNotApply = "ne s’applique pas"
    let notApplicable = "s.o."
    let notScored = "non noté"
    let principle = "Principe"
    let score = "Score"
    let recommendation = "Recommandation"
    let modelClause = "Clause type"
    func signed(_ date: String) -> String { "signé le \(date)" }
    func inForce(_ date: String) -> String { "en vigueur le \(date)" }
    func codeParagraphs(_ paragraphs: String) -> String { "(Code \(paragraphs))" }
    func afterPenalty(_ points: String) -> String { "(après \(points) points retirés pour signaux d’alerte)" }

    // MARK: Terminal

    func readIn(_ language: String) -> String { "lu en \(language)" }
    func rulePackLine(id: String, version: String, model: String) -> String {
        "Jeu de règles \(id) \(version) · modèle de notation \(model)"
    }
    func overallLine(score: String, grade: String) -> String { "Score global \(score) / 100, note \(grade)" }
    let principles = "Principes"
    let context = "Contexte"
    let gaps = "Lacunes"
    let noGaps = "aucune"
    let principleNotApplicable = "sans objet ici (voir Contexte)"
    let criterionNotApplicable = "ne s’applique pas ici (non noté)"
    func criterionLine(strength: String, required: String, weight: Int, credit: String, earned: String) -> String {
        "\(strength) (exigé\u{A0}: \(required)), poids \(weight) × crédit \(credit) = \(earned)"
    }
    let encoderNoteNotScored = "note de l’encodeur sur le principe (non notée)"
    func redFlagRaised(id: String, severity: String) -> String { "signal d’alerte \(id) levé (gravité \(severity))" }
    func redFlagPoints(_ points: String) -> String { "\(points) points retirés pour signaux d’alerte" }
    let assertedByTheEncoder = "affirmé par l’encodeur"
    func gapsCounted(heading: String, total: Int, counts: String) -> String { "\(heading) (\(total)\u{A0}: \(counts))" }
    func noClauseProvidesIt(clausesLine: Int) -> String {
        "aucune clause ne le prévoit (les clauses commencent ligne \(clausesLine))"
    }

    // MARK: Markdown

    func scoredAgainst(title: String, id: String, pack: String, packID: String, version: String, model: String) -> String {
        "*\(title)* (\(id)), évalué selon le jeu de règles «\u{A0}\(pack)\u{A0}» (\(packID) \(version),"
            + " modèle de notation \(model))."
    }
    let parties = "Parties"
    let scopeAndInstrument = "Portée et instrument"
    let statusLabel = "Statut"
    let readInLabel = "Lu en"
    let source = "Source"
    func overallScore(score: String, grade: String) -> String { "Score global\u{A0}: \(score) / 100, note \(grade)" }
    let weight = "Poids"
    let code = "Code"
    func gapsHeading(_ count: Int) -> String { "Lacunes (\(count))" }
    let noneSentence = "Aucune."
    let clauses = "Clauses"
    func noneProvidesIt(clausesLine: Int) -> String {
        "aucune ne le prévoit (les clauses commencent ligne \(clausesLine))"
    }
    let finding = "Constat"
    let criteriaAndEvidence = "Critères et éléments probants"
    let criterion = "Critère"
    let strengthLabel = "Niveau"
    let required = "Exigé"
    let evidence = "Éléments probants"
    let notApplicableLong = "sans objet"
    let asserted = "affirmé"
    let encoderNoteOnThePrinciple = "Note de l’encodeur sur le principe"
    let redFlag = "Signal d’alerte"
    func raised(severity: String) -> String { "levé (gravité \(severity))" }

    // MARK: HTML

    func pageTitle(name: String, pack: String) -> String {
        "\(name)\u{A0}: évaluation selon le jeu de règles «\u{A0}\(pack)\u{A0}»"
    }
    func assessmentAgainst(pack: String) -> String { "Évaluation selon le jeu de règles «\u{A0}\(pack)\u{A0}»" }
    let contents = "Sommaire"
    let theAgreement = "L’accord"
    let principlesAndEvidence = "Principes et éléments probants"
    let gapsAndRecommendations = "Lacunes et recommandations"
    func overallAtAGlance(_ score: String) -> String { "Score global \(score)" }
    func gradeAtAGlance(_ grade: String) -> String { "note \(grade)" }
    let noGapsAtAGlance = "aucune lacune"
    func gapCount(_ count: Int) -> String { "\(count) lacune\(count > 1 ? "s" : "")" }
    let title = "Titre"
    let members = "Membres"
    let signedLabel = "Signature"
    let inForceLabel = "Entrée en vigueur"
    let scopeLabel = "Portée"
    let instrumentLabel = "Instrument"
    let encodedIn = "Encodé dans"
    let sources = "Sources"
    let noSource = "Aucune source n’est indiquée."
    let contextTakenIntoAccount = "Contexte pris en compte par les règles"
    func sourceKindFact(_ kind: String) -> String { kind }
    func sourceTextFact(_ fidelity: String) -> String { fidelity }
    let grade = "Note"
    func overallSentence(score: String, grade: String) -> String {
        "Score global <strong>\(score) sur 100</strong>, note <strong>\(grade)</strong>"
    }
    func pointsDeductedClause(_ points: String) -> String {
        ", après <strong>\(points)</strong> points retirés pour signaux d’alerte"
    }
    func gradeBand(_ grade: String, from minimum: String?) -> String {
        minimum.map { "\(grade) à partir de \($0)" } ?? "\(grade) en dessous"
    }
    let grades = "Notes"
    func scoredWith(id: String, version: String, model: String) -> String {
        "Évalué avec le jeu de règles \(id) \(version), modèle de notation \(model)."
    }
    let principleScores = "Scores par principe"
    let principlesNote =
        "Chaque critère indique le niveau d’engagement trouvé (contraignant, incitatif, mention ou aucun) au regard"
        + " du niveau exigé. Les mots surlignés sont ceux reconnus dans la clause\u{A0}; les notes rédigées par la"
        + " personne qui a encodé l’accord sont signalées comme telles."
    func weightFact(_ weight: Int) -> String { "poids \(weight)" }
    func pointsOf(earned: String, possible: String) -> String { "\(earned) points sur \(possible)" }
    let noCriterionApplies = "aucun critère ne s’applique"
    func pointsDeducted(_ points: String) -> String { "\(points) points retirés pour signaux d’alerte" }
    let encoderNotesOnThePrinciple = "Notes de l’encodeur sur le principe"
    func quietRedFlags(_ count: Int) -> String {
        count > 1
            ? "\(count) signaux d’alerte vérifiés pour ce principe et non levés."
            : "\(count) signal d’alerte vérifié pour ce principe et non levé."
    }
    func requires(_ strength: String) -> String { "niveau exigé\u{A0}: \(strength)" }
    func creditFact(_ credit: String) -> String { "crédit \(credit)" }
    let notScoredHere = "non noté ici"
    let redFlagRaisedLabel = "Signal d’alerte levé"
    let noClauseProvidesItSentence = "Aucune clause ne le prévoit."
    let encoderNote = "note de l’encodeur"
    let matchedWords = "mots reconnus"
    func clauseReads(_ explanation: String) -> String { "Lecture de la clause (en anglais)\u{A0}: \(explanation)." }
    func countsAs(_ strength: String) -> String { "compte comme \(strength)" }
    func found(_ strength: String) -> String { "trouvé\u{A0}: \(strength)" }
    let met = "satisfait"
    let partlyMet = "en partie satisfait"
    let notMet = "non satisfait"
    let noGapsSentence = "Aucune lacune\u{A0}: chaque critère applicable est satisfait et aucun signal d’alerte n’est levé."
    func gapSummary(total: Int, counts: String, missing: String, weak: String, contrary: String) -> String {
        "\(gapCount(total))\u{A0}: \(counts). Une lacune est \(missing) quand aucune clause ne prévoit ce que le Code"
            + " demande, \(weak) quand une clause le prévoit à un niveau inférieur à celui exigé, et \(contrary)"
            + " quand une clause fait ce contre quoi le Code met en garde."
    }
    func severityHeading(_ severity: Severity, count: Int) -> String {
        "Lacunes \(self.severity(severity))s (\(count))"
    }
    func noClauseProvidesItAt(clausesLine: Int) -> String {
        "Aucune clause ne le prévoit (les clauses commencent ligne \(clausesLine))."
    }
    func clausesAt(count: Int, places: String) -> String { "Clause\(count > 1 ? "s" : "") \(places)." }
    func footer(
        tool: String, version: String, packID: String, packVersion: String, pack: String, model: String, schema: String
    ) -> String {
        "Rapport établi par \(tool) \(version) · jeu de règles \(packID) \(packVersion) (\(pack)) · modèle de notation"
            + " \(model) · schéma de rapport \(schema). Le score mesure ce à quoi le texte de l’accord engage, non la"
            + " manière dont il est mis en œuvre."
    }
    func whoCode(_ paragraphs: String) -> String { "Code de l’OMS \(paragraphs)" }
    let noCodeParagraph = "aucun paragraphe du Code"

    // MARK: Chart

    let chartCaption =
        "Score de chaque principe, de 0 à 100\u{A0}; les lignes blanches en travers des barres marquent 25, 50 et 75."
        + " Les principes sans critère applicable sont indiqués comme non notés."
    let chartTableCaption = "Scores par principe (0–100)"
    func chartSummary(principles count: Int) -> String {
        "Diagramme en barres des scores de \(count) principes sur une échelle de 0 à 100"
    }
}
