import AccordText

/// The reports' words in Spanish.
///
/// A gap is a *laguna* (feminine, so severities and kinds agree with it), a red flag a *señal de
/// alerta* that is *activada*; strengths and modalities are those of a *fuerza* or *formulación*,
/// feminine too.
struct SpanishReportWords: ReportWords {
    // MARK: Closed sets

    func severity(_ severity: Severity) -> String {
        switch severity {
        case .critical: "crítica"
        case .major: "mayor"
        case .minor: "menor"
        }
    }
    func kind(_ kind: Gap.Kind) -> String {
        switch kind {
        case .missing: "ausente"
        case .weak: "débil"
        case .contrary: "contraria"
        }
    }
    func strength(_ strength: Strength) -> String {
        switch strength {
        case .none: "ninguna"
        case .mention: "mención"
        case .hortatory: "exhortativa"
        case .binding: "vinculante"
        }
    }
    func modality(_ modality: Modality) -> String {
        switch modality {
        case .mention: "mención"
        case .permissive: "permisiva"
        case .hortatory: "exhortativa"
        case .binding: "vinculante"
        }
    }
    func polarity(_ polarity: Polarity) -> String {
        switch polarity {
        case .affirmed: "afirmada"
        case .negated: "negada"
        }
    }
    func status(_ status: AgreementStatus) -> String {
        switch status {
        case .draft: "borrador"
        case .signed: "firmado"
        case .inForce: "en vigor"
        case .expired: "expirado"
        case .terminated: "terminado"
        case .superseded: "sustituido"
        }
    }
    func scope(_ scope: AgreementScope) -> String {
        switch scope {
        case .bilateral: "bilateral"
        case .regional: "regional"
        case .multilateral: "multilateral"
        }
    }
    func instrument(_ instrument: InstrumentType) -> String {
        switch instrument {
        case .treaty: "tratado"
        case .agreement: "acuerdo"
        case .memorandumOfUnderstanding: "memorando de entendimiento"
        case .frameworkAgreement: "acuerdo marco"
        case .placementAgreement: "acuerdo de colocación"
        case .economicPartnershipAgreement: "acuerdo de asociación económica"
        case .mutualRecognitionArrangement: "acuerdo de reconocimiento mutuo"
        case .exchangeOfNotes: "canje de notas"
        case .programme: "programa"
        case .other: "otro instrumento"
        }
    }
    func instrumentInProse(_ instrument: InstrumentType) -> String { self.instrument(instrument) }
    func role(_ role: PartyRole) -> String {
        switch role {
        case .origin: "origen"
        case .destination: "destino"
        case .both: "origen y destino"
        }
    }
    func sourceKind(_ kind: SourceKind) -> String {
        switch kind {
        case .primary: "fuente primaria"
        case .secondary: "fuente secundaria"
        case .synthetic: "fuente sintética"
        }
    }
    func sourceText(_ fidelity: SourceTextFidelity) -> String {
        switch fidelity {
        case .verbatim: "texto literal"
        case .paraphrased: "texto parafraseado"
        case .mixed: "texto en parte parafraseado"
        }
    }
    func languageName(_ code: String) -> String {
        switch code {
        case "en": "inglés (en)"
        case "fr": "francés (fr)"
        case "es": "español (es)"
        default: LanguageCode.displayName(code)
        }
    }
    func count(_ count: Int, _ severity: Severity) -> String {
        count == 1 ? "1 \(self.severity(severity))" : "\(count) \(plural(severity))"
    }

    /// "críticas", "mayores", "menores".
    private func plural(_ severity: Severity) -> String {
        switch severity {
        case .critical: "críticas"
        case .major: "mayores"
        case .minor: "menores"
        }
    }

    // MARK: Shared

    func colon(_ label: String) -> String { label + ":" }
    let clause = "cláusula"
    let line = "línea"
    let applies = "se aplica"
    let doesNotApply = "no se aplica"
    let notApplicable = "n/a"
    let notScored = "sin puntuar"
    let principle = "Principio"
    let score = "Puntuación"
    let recommendation = "Recomendación"
    let modelClause = "Cláusula modelo"
    func signed(_ date: String) -> String { "firmado el \(date)" }
    func inForce(_ date: String) -> String { "en vigor desde el \(date)" }
    func codeParagraphs(_ paragraphs: String) -> String { "(Código \(paragraphs))" }
    func afterPenalty(_ points: String) -> String { "(tras restar \(points) puntos por señales de alerta)" }

    // MARK: Terminal

    func readIn(_ language: String) -> String { "leído en \(language)" }
    func rulePackLine(id: String, version: String, model: String) -> String {
        "Conjunto de reglas \(id) \(version) · modelo de puntuación \(model)"
    }
    func overallLine(score: String, grade: String) -> String {
        "Puntuación global \(score) / 100, calificación \(grade)"
    }
    let principles = "Principios"
    let context = "Contexto"
    let gaps = "Lagunas"
    let noGaps = "ninguna"
    let principleNotApplicable = "no aplicable aquí (ver Contexto)"
    let criterionNotApplicable = "no se aplica aquí (sin puntuar)"
    func criterionLine(strength: String, required: String, weight: Int, credit: String, earned: String) -> String {
        "\(strength) (exige \(required)), peso \(weight) × crédito \(credit) = \(earned)"
    }
    let encoderNoteNotScored = "nota del codificador sobre el principio (sin puntuar)"
    func redFlagRaised(id: String, severity: String) -> String {
        "señal de alerta \(id) activada (gravedad \(severity))"
    }
    func redFlagPoints(_ points: String) -> String { "\(points) puntos por señales de alerta" }
    let assertedByTheEncoder = "afirmado por el codificador"
    func gapsCounted(heading: String, total: Int, counts: String) -> String { "\(heading) (\(total): \(counts))" }
    func noClauseProvidesIt(clausesLine: Int) -> String {
        "ninguna cláusula lo prevé (las cláusulas empiezan en la línea \(clausesLine))"
    }

    // MARK: Markdown

    func scoredAgainst(title: String, id: String, pack: String, packID: String, version: String, model: String) -> String {
        "*\(title)* (\(id)), evaluado con el conjunto de reglas «\(pack)» (\(packID) \(version),"
            + " modelo de puntuación \(model))."
    }
    let parties = "Partes"
    let scopeAndInstrument = "Ámbito e instrumento"
    let statusLabel = "Estado"
    let readInLabel = "Leído en"
    let source = "Fuente"
    func overallScore(score: String, grade: String) -> String {
        "Puntuación global: \(score) / 100, calificación \(grade)"
    }
    let weight = "Peso"
    let code = "Código"
    func gapsHeading(_ count: Int) -> String { "Lagunas (\(count))" }
    let noneSentence = "Ninguna."
    let clauses = "Cláusulas"
    func noneProvidesIt(clausesLine: Int) -> String {
        "ninguna lo prevé (las cláusulas empiezan en la línea \(clausesLine))"
    }
    let finding = "Constatación"
    let criteriaAndEvidence = "Criterios y pruebas"
    let criterion = "Criterio"
    let strengthLabel = "Fuerza"
    let required = "Exigida"
    let evidence = "Pruebas"
    let notApplicableLong = "no aplicable"
    let asserted = "afirmado"
    let encoderNoteOnThePrinciple = "Nota del codificador sobre el principio"
    let redFlag = "Señal de alerta"
    func raised(severity: String) -> String { "activada (gravedad \(severity))" }

    // MARK: HTML

    func pageTitle(name: String, pack: String) -> String {
        "\(name): evaluación según el conjunto de reglas «\(pack)»"
    }
    func assessmentAgainst(pack: String) -> String { "Evaluación según el conjunto de reglas «\(pack)»" }
    let contents = "Índice"
    let theAgreement = "El acuerdo"
    let principlesAndEvidence = "Principios y pruebas"
    let gapsAndRecommendations = "Lagunas y recomendaciones"
    func overallAtAGlance(_ score: String) -> String { "Puntuación global \(score)" }
    func gradeAtAGlance(_ grade: String) -> String { "calificación \(grade)" }
    let noGapsAtAGlance = "ninguna laguna"
    func gapCount(_ count: Int) -> String { "\(count) laguna\(count == 1 ? "" : "s")" }
    let title = "Título"
    let members = "Miembros"
    let signedLabel = "Firma"
    let inForceLabel = "Entrada en vigor"
    let scopeLabel = "Ámbito"
    let instrumentLabel = "Instrumento"
    let encodedIn = "Codificado en"
    let sources = "Fuentes"
    let noSource = "No se indica ninguna fuente."
    let contextTakenIntoAccount = "Contexto que las reglas tuvieron en cuenta"
    func sourceKindFact(_ kind: String) -> String { kind }
    func sourceTextFact(_ fidelity: String) -> String { fidelity }
    let grade = "Calificación"
    func overallSentence(score: String, grade: String) -> String {
        "Puntuación global <strong>\(score) sobre 100</strong>, calificación <strong>\(grade)</strong>"
    }
    func pointsDeductedClause(_ points: String) -> String {
        ", tras restar <strong>\(points)</strong> puntos por señales de alerta"
    }
    func gradeBand(_ grade: String, from minimum: String?) -> String {
        minimum.map { "\(grade) desde \($0)" } ?? "\(grade) por debajo"
    }
    let grades = "Calificaciones"
    func scoredWith(id: String, version: String, model: String) -> String {
        "Evaluado con el conjunto de reglas \(id) \(version), modelo de puntuación \(model)."
    }
    let principleScores = "Puntuación por principio"
    let principlesNote =
        "Cada criterio muestra la fuerza del compromiso encontrado (vinculante, exhortativa, mención o ninguna) frente a"
        + " la fuerza que exige. Las palabras resaltadas son las reconocidas en la cláusula; las notas escritas por la"
        + " persona que codificó el acuerdo se señalan como tales."
    func weightFact(_ weight: Int) -> String { "peso \(weight)" }
    func pointsOf(earned: String, possible: String) -> String { "\(earned) de \(possible) puntos" }
    let noCriterionApplies = "no se aplica ningún criterio"
    func pointsDeducted(_ points: String) -> String { "\(points) puntos restados por señales de alerta" }
    let encoderNotesOnThePrinciple = "Notas del codificador sobre el principio"
    func quietRedFlags(_ count: Int) -> String {
        count == 1
            ? "1 señal de alerta comprobada para este principio y no activada."
            : "\(count) señales de alerta comprobadas para este principio y no activadas."
    }
    func requires(_ strength: String) -> String { "exige \(strength)" }
    func creditFact(_ credit: String) -> String { "crédito \(credit)" }
    let notScoredHere = "sin puntuar aquí"
    let redFlagRaisedLabel = "Señal de alerta activada"
    let noClauseProvidesItSentence = "Ninguna cláusula lo prevé."
    let encoderNote = "nota del codificador"
    let matchedWords = "palabras reconocidas"
    func clauseReads(_ explanation: String) -> String { "Lectura de la cláusula (en inglés): \(explanation)." }
    func countsAs(_ strength: String) -> String { "cuenta como \(strength)" }
    func found(_ strength: String) -> String { "encontrada: \(strength)" }
    let met = "cumplido"
    let partlyMet = "cumplido en parte"
    let notMet = "no cumplido"
    let noGapsSentence =
        "Ninguna laguna: se cumplen todos los criterios aplicables y no se activa ninguna señal de alerta."
    func gapSummary(total: Int, counts: String, missing: String, weak: String, contrary: String) -> String {
        "\(gapCount(total)): \(counts). Una laguna es \(missing) cuando ninguna cláusula prevé lo que pide el Código,"
            + " \(weak) cuando una cláusula lo prevé con menos fuerza de la exigida, y \(contrary) cuando una cláusula"
            + " hace aquello contra lo que advierte el Código."
    }
    func severityHeading(_ severity: Severity, count: Int) -> String {
        "Lagunas \(plural(severity)) (\(count))"
    }
    func noClauseProvidesItAt(clausesLine: Int) -> String {
        "Ninguna cláusula lo prevé (las cláusulas empiezan en la línea \(clausesLine))."
    }
    func clausesAt(count: Int, places: String) -> String { "Cláusula\(count == 1 ? "" : "s") \(places)." }
    func footer(
        tool: String, version: String, packID: String, packVersion: String, pack: String, model: String, schema: String
    ) -> String {
        "Informe de \(tool) \(version) · conjunto de reglas \(packID) \(packVersion) (\(pack)) · modelo de puntuación"
            + " \(model) · esquema de informe \(schema). La puntuación mide a qué compromete el texto del acuerdo, no"
            + " cómo se aplica."
    }
    func whoCode(_ paragraphs: String) -> String { "Código de la OMS \(paragraphs)" }
    let noCodeParagraph = "ningún párrafo del Código"

    // MARK: Chart

    let chartCaption =
        "Puntuación de cada principio, de 0 a 100; las líneas blancas sobre las barras marcan 25, 50 y 75. Los"
        + " principios sin ningún criterio aplicable aparecen sin puntuar."
    let chartTableCaption = "Puntuación por principio (0–100)"
    func chartSummary(principles count: Int) -> String {
        "Gráfico de barras de \(count) puntuaciones de principios en una escala de 0 a 100"
    }
}
