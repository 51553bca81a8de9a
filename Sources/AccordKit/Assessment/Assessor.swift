import AccordText
import Synchronization

/// The library's one entry point from an agreement to its scored report: every command, batch,
/// `rules test`, `eval` and any later front end goes through it, so the stages are wired together
/// once and every front end reports the same diagnostics and warnings.
///
/// Holds a rule pack and the grammars it can read text with; the pack is compiled with a grammar
/// the first time an agreement in that language arrives, then shared by every later one. A class,
/// because workers of a batch share it.
public final class Assessor: Sendable {
    /// The pack agreements are scored against.
    public let pack: RulePack
    /// Limits applied when reading files.
    public let limits: LoadLimits
    private let loader: AgreementLoader
    private let grammars: @Sendable (String) -> Grammar?
    private let evaluators = Mutex<[String: Evaluator]>([:])
    /// The pack's principle and criterion ids, for annotations that name neither.
    private let knownPrinciples: Set<String>
    private let knownCriteria: Set<String>

    /// The language every agreement is read in, whatever its file says (`--language`, for a
    /// mislabelled file); nil to read each in its own.
    public let language: LanguageCode?
    /// What drafts given as documents are imported with (their language and parties).
    public let importOptions: DraftImporter.Options

    /// An assessor for `pack`, reading text with the built-in grammars by default, in each
    /// agreement's own language unless `language` is given.
    public init(
        pack: RulePack, limits: LoadLimits = .default,
        grammars: @escaping @Sendable (String) -> Grammar? = BuiltInGrammars.grammar(for:), language: LanguageCode? = nil,
        importOptions: DraftImporter.Options = DraftImporter.Options()
    ) {
        self.pack = pack
        self.language = language
        var importOptions = importOptions
        // A draft document is imported in the language --language names, so its file says it.
        if importOptions.language == nil { importOptions.language = language }
        self.importOptions = importOptions
        self.limits = limits
        self.grammars = grammars
        loader = AgreementLoader(limits: limits)
        knownPrinciples = Set(pack.principles.map(\.id))
        knownCriteria = Set(pack.criteria.map(\.id))
    }

    /// Reads, checks, evaluates and scores the agreement or draft document at `path`.
    public func assess(path: String) -> Result<ScoredAgreement, InvalidInputError> {
        do {
            return assess(try read(path: path))
        } catch {
            return .failure(error)
        }
    }

    /// The bytes of the agreement file or draft document at `path`, within the limit for its kind:
    /// a Word draft may carry more than text.
    public func read(path: String) throws(InvalidInputError) -> SourceFile {
        var limits = limits
        if DraftImporter.isDraft(path: path) { limits.maximumFileBytes = limits.maximumDocumentBytes }
        return try SourceFile.read(path: path, limits: limits)
    }

    /// Checks, evaluates and scores the agreement in `file`: its problems if it cannot be scored,
    /// else the scores with any warnings.
    public func assess(_ file: SourceFile) -> Result<ScoredAgreement, InvalidInputError> {
        switch load(file) {
        case .success(let (agreement, warnings)): assess(agreement, loaderWarnings: warnings)
        case .failure(let error): .failure(error)
        }
    }

    /// Reads and checks the agreement in `file` without scoring it, as `accord validate` does: the
    /// same problems `assess` would report, and its warnings.
    public func check(_ file: SourceFile) -> (agreement: Agreement?, diagnostics: [Diagnostic]) {
        switch load(file) {
        case .success(let (agreement, warnings)): (agreement, (warnings + self.warnings(for: agreement)).sorted())
        case .failure(let error): (nil, error.diagnostics)
        }
    }

    /// Evaluates and scores an agreement already loaded, or says why its language cannot be read.
    public func assess(_ agreement: Agreement) -> Result<ScoredAgreement, InvalidInputError> {
        assess(agreement, loaderWarnings: [])
    }

    private func assess(_ agreement: Agreement, loaderWarnings: [Diagnostic]) -> Result<ScoredAgreement, InvalidInputError> {
        var agreement = agreement
        var loaderWarnings = loaderWarnings
        if let language, language != agreement.language {
            loaderWarnings.append(
                Diagnostic(
                    .warning,
                    at: Location(file: agreement.file, position: agreement.languagePosition ?? agreement.clausesPosition),
                    "the file says the clauses are in \(LanguageCode.displayName(agreement.language.code)); they are read in \(LanguageCode.displayName(language.code)), as --language says"
                ))
            agreement.language = language
        }
        let evaluation: Evaluation
        switch evaluator(reading: agreement) {
        case .success(let evaluator): evaluation = evaluator.evaluate(agreement)
        case .failure(let error): return .failure(error)
        }
        return .success(
            ScoredAgreement(
                evaluation: evaluation, card: Scorer.score(evaluation), pack: pack,
                warnings: (loaderWarnings + warnings(for: agreement)).sorted()))
    }

    /// The pack compiled with the grammar of `language`, or nil when the pack or accord cannot read
    /// it.
    public func compiled(for language: String) -> CompiledPack? {
        evaluator(for: language)?.compiled
    }

    /// The evaluator for `language`, compiled on first use.
    func evaluator(for language: String) -> Evaluator? {
        if let ready = evaluators.withLock({ $0[language] }) { return ready }
        guard let grammar = grammars(language), let reading = pack.reading(language) else { return nil }
        let evaluator = Evaluator(compiled: CompiledPack(pack: reading, grammar: grammar))
        return evaluators.withLock { ready in
            if let first = ready[language] { return first }
            ready[language] = evaluator
            return evaluator
        }
    }

    /// The agreement in `file` and the loader's warnings, or every problem that stops it.
    ///
    /// A draft document (.docx, .odt, .txt, .md, .pdf) is imported first, in memory, and loaded
    /// as the agreement file the import writes.
    private func load(_ file: SourceFile) -> Result<(Agreement, [Diagnostic]), InvalidInputError> {
        var file = file
        var imported: ImportedDocument?
        if DraftImporter.isDraft(path: file.path) {
            switch DraftImporter.importDraft(file, options: importOptions, limits: limits) {
            case .success(let result):
                file = SourceFile(path: file.path, text: result.yaml)
                imported = result.document
            case .failure(let error): return .failure(error)
            }
        }
        let (loaded, diagnostics) = loader.diagnose(file)
        guard var agreement = loaded else { return .failure(InvalidInputError(file: file.path, diagnostics: diagnostics)) }
        agreement.importedFrom = imported
        if case .failure(let error) = evaluator(reading: agreement, in: file) { return .failure(error) }
        return .success((agreement, diagnostics))
    }

    /// The evaluator for the language `agreement` is read in (`language`, else its own), or why
    /// there is none.
    ///
    /// Why: the problems of the pack's file for that language when it lists the language but the
    /// file does not read, else that the pack or accord cannot read it. `file`, when given, supplies
    /// the quoted source line.
    private func evaluator(reading agreement: Agreement, in file: SourceFile? = nil) -> Result<Evaluator, InvalidInputError> {
        let code = (language ?? agreement.language).code
        if let evaluator = evaluator(for: code) { return .success(evaluator) }
        if case .failure(let broken)? = pack.translations.load(code) { return .failure(broken) }
        let problem = unreadableLanguage(agreement)
        let line = file.flatMap { file in problem.location.position.flatMap { file.lineText(at: $0.line) } }
        return .failure(
            InvalidInputError(
                file: file?.path ?? agreement.file,
                diagnostics: [Diagnostic(at: problem.location, problem.message, sourceLine: line)]))
    }

    /// The languages agreements can be scored in: the pack's that accord has a grammar for.
    public var readableLanguages: [String] { pack.languages.filter { grammars($0) != nil } }

    /// Why an agreement's language cannot be read.
    ///
    /// Accord has no grammar for it, or the pack's terms are in other languages. Scoring it anyway would report every principle missing.
    private func unreadableLanguage(_ agreement: Agreement) -> Diagnostic {
        let read = language ?? agreement.language
        let name = "\(read.code) (\(read.shortName))"
        let readable = readableLanguages
        return Diagnostic(
            at: Location(file: agreement.file, position: agreement.languagePosition ?? agreement.clausesPosition),
            "rule pack '\(pack.id)' cannot read agreements in \(name); it reads \(readable.joined(separator: ", "))")
    }

    /// Problems that do not stop scoring: annotations naming rules the pack does not have.
    private func warnings(for agreement: Agreement) -> [Diagnostic] {
        let principles = knownPrinciples
        let criteria = knownCriteria
        // Captured alone: a closure capturing `agreement` copied it, a retain per field, per clause.
        let file = agreement.file
        let packID = pack.id
        var warnings: [Diagnostic] = []
        agreement.forEachClause { clause in
            for annotation in clause.annotations
            where !principles.contains(annotation.principle) || annotation.criterion.map(criteria.contains) == false {
                let principle = "principle '\(annotation.principle)'"
                let name = annotation.criterion.map { "criterion '\($0)' of \(principle)" } ?? principle
                warnings.append(
                    Diagnostic(
                        .warning, at: Location(file: file, position: annotation.position),
                        "annotation names \(name), which rule pack '\(packID)' does not have; it is ignored"))
            }
        }
        return warnings
    }
}
