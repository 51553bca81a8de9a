import AccordText
import Foundation

/// Where a pack's files come from: a folder on disk, or the copy compiled into accord.
public protocol RulePackFiles: Sendable {
    /// The pack folder as messages name it, such as `rules/who-code-2010`.
    var root: String { get }
    /// The file at `relativePath` inside the pack, or nil when there is none.
    func file(_ relativePath: String) throws(InvalidInputError) -> SourceFile?
}

/// A pack folder on disk.
public struct DirectoryPackFiles: RulePackFiles {
    public let root: String
    let limits: LoadLimits

    /// Reads the pack in `root`.
    public init(root: String, limits: LoadLimits = .default) {
        self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
        self.limits = limits
    }

    /// The file at `relativePath`, which must stay inside the pack folder once links are followed:
    /// a pack is data anyone may write, and must not make accord read (and quote) any other file.
    public func file(_ relativePath: String) throws(InvalidInputError) -> SourceFile? {
        let path = root + "/" + relativePath
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let folder = realpath(root, nil), let target = realpath(path, nil) else { return nil }
        defer {
            free(folder)
            free(target)
        }
        guard String(cString: target).hasPrefix(String(cString: folder) + "/") else {
            throw InvalidInputError(
                file: path, diagnostics: [Diagnostic(at: Location(file: path, position: nil), RuleMessages.linkLeavesPack)])
        }
        return try SourceFile.read(path: path, limits: limits)
    }
}

/// A pack held in memory, as the built-in packs are compiled into the binary.
public struct EmbeddedPackFiles: RulePackFiles {
    public let root: String
    let files: [String: String]

    /// Wraps `files` (relative path → contents) under the display root `root`.
    public init(root: String, files: [String: String]) {
        self.root = root
        self.files = files
    }

    public func file(_ relativePath: String) -> SourceFile? {
        files[relativePath].map { SourceFile(path: root + "/" + relativePath, text: $0) }
    }
}

/// The rule-pack format's version and keys (see `docs/rule-format.md`).
public enum RulePackFormat {
    /// The highest format version this accord reads.
    public static let currentVersion = 1

    public enum PackFileKey: String, FormatKey {
        case version, pack, vocabulary, pronouns
        case outOfScope = "out-of-scope"
        case recruitmentEvidence = "recruitment-evidence"
        case safeguardsList = "safeguards-list"
    }
    public enum PackKey: String, FormatKey {
        case id, title, instrument, sources, principles, languages
        case packVersion = "pack-version"
    }
    public enum SourceKey: String, FormatKey { case title, publisher, year, url }
    public enum PrincipleFileKey: String, FormatKey {
        case version, principle, criteria
        case redFlags = "red-flags"
    }
    public enum PrincipleKey: String, FormatKey {
        case id, title, weight, description, notes
        case codeParagraphs = "code-paragraphs"
    }
    public enum CriterionKey: String, FormatKey {
        case id, statement, weight, severity, required, permissive, evidence, recommendation, notes, examples
        case codeParagraphs = "code-paragraphs"
        case appliesWhen = "applies-when"
        case modelClause = "model-clause"
    }
    public enum RedFlagKey: String, FormatKey {
        case id, statement, severity, evidence, recommendation, notes, examples
        case codeParagraphs = "code-paragraphs"
        case appliesWhen = "applies-when"
        case modelClause = "model-clause"
    }
    public enum PatternKey: String, FormatKey {
        case all, within, polarity, cost, restriction, comparison
        case excluded = "not"
    }
    public enum OutOfScopeKey: String, FormatKey { case when, unless }
    public enum LanguageFileKey: String, FormatKey {
        case version, language, vocabulary, pronouns, principles, rules
        case outOfScope = "out-of-scope"
        case recruitmentEvidence = "recruitment-evidence"
    }
    public enum LanguagePrincipleKey: String, FormatKey { case title }
    public enum LanguageRuleKey: String, FormatKey {
        case statement, recommendation, evidence, examples, notes
        case modelClause = "model-clause"
    }
    public enum CostFrameKey: String, FormatKey {
        case party, burden, item
        case partyNot = "party-not"
    }
    public enum RestrictionFrameKey: String, FormatKey { case actor, action, stance }
    public enum ComparisonFrameKey: String, FormatKey { case direction }
    public enum PronounsKey: String, FormatKey { case person, body }
    public enum ExampleKey: String, FormatKey { case text, expect }
    public enum SafeguardsFileKey: String, FormatKey {
        case version
        case safeguardsList = "safeguards-list"
    }
    public enum SafeguardsKey: String, FormatKey { case edition, title, source, countries }
}

/// The keys criteria and red flags share, so one reader serves both (enum cases witness these).
protocol RuleKey: FormatKey {
    static var id: Self { get }
    static var statement: Self { get }
    static var codeParagraphs: Self { get }
    static var severity: Self { get }
    static var appliesWhen: Self { get }
    static var evidence: Self { get }
    static var recommendation: Self { get }
    static var modelClause: Self { get }
    static var notes: Self { get }
    static var examples: Self { get }
}

extension RulePackFormat.CriterionKey: RuleKey {}
extension RulePackFormat.RedFlagKey: RuleKey {}

/// Loads a rule pack, reporting every problem of every file of the pack in one pass.
public struct RulePackLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// Loads the pack in `files`; with `readingLanguages`, its language files too, else each when
    /// first asked for (`PackTranslations`).
    ///
    /// - Throws: `InvalidInputError` naming the pack folder, with every problem found in its files.
    public func load(_ files: some RulePackFiles, readingLanguages: Bool = true) throws(InvalidInputError) -> RulePack {
        var reading = RulePackReading(files: files)
        let pack = reading.read()
        var diagnostics = reading.allDiagnostics
        if let pack, readingLanguages { diagnostics += pack.translations.problems() }
        guard let pack, !diagnostics.containsErrors else {
            throw InvalidInputError(file: files.root, diagnostics: diagnostics)
        }
        return pack
    }
}

/// The state of reading one pack.
private struct RulePackReading {
    typealias Keys = RulePackFormat
    let files: any RulePackFiles
    /// Problems found opening files; each opened file's own problems stay in its sink until the end.
    var diagnostics: [Diagnostic] = []
    var sinks: [DiagnosticSink] = []
    var vocabulary: [String: [String]] = [:] {
        didSet { readVocabulary = TermSyntax.ReadVocabulary(vocabulary) }
    }
    /// `vocabulary` with its entries read, so each is read once, not once per term that names it.
    var readVocabulary = TermSyntax.ReadVocabulary([:])
    var ruleIDs: [String: Location] = [:]
    /// Alternatives of every term read so far (a list counted each time a term names it), against
    /// `maximumPackAlternatives`: what compiling the pack will enter in its phrase trie.
    let alternativesRead = AlternativeCount()
    /// Most alternatives all the terms of a pack may stand for together; the WHO Code pack's stand for 7,916.
    static let maximumPackAlternatives = 50_000

    init(files: some RulePackFiles) {
        self.files = files
    }

    /// Every problem found in the pack, once reading has finished.
    var allDiagnostics: [Diagnostic] { diagnostics + sinks.flatMap(\.diagnostics) }

    /// Reads one file of the pack into a root node, recording its diagnostics; `missing` says why a
    /// file that is not there was needed.
    mutating func open(
        _ relativePath: String, from location: Location?, missing: (String) -> String = RuleMessages.missingFile
    ) -> (YAMLNode, NodeReader)? {
        do {
            guard let file = try files.file(relativePath) else {
                diagnostics.append(
                    Diagnostic(
                        at: location ?? Location(file: files.root, position: nil), missing(files.root + "/" + relativePath))
                )
                return nil
            }
            let sink = DiagnosticSink(file: file)
            sinks.append(sink)
            guard let document = YAMLReader.read(file, limits: .default, into: sink) else { return nil }
            return (document.root, NodeReader(sink: sink, document: document))
        } catch {
            diagnostics += error.diagnostics
            return nil
        }
    }

    mutating func read() -> RulePack? {
        guard let (root, reader) = open("pack.yaml", from: nil),
            let top = reader.mapping(root, of: Keys.PackFileKey.self, what: "the pack file")
        else { return nil }
        guard checkVersion(top, reader) else { return nil }
        if let node = top[.vocabulary] { vocabulary = readVocabulary(node, reader) }
        let outOfScope = top[.outOfScope].flatMap { readOutOfScope($0, reader) }
        let recruitmentEvidence = top[.recruitmentEvidence].flatMap { readEvidence($0, reader) }
        let pronouns = top[.pronouns].map { readPronouns($0, reader) } ?? .none
        guard let map = top.required(.pack).flatMap({ reader.mapping($0, of: Keys.PackKey.self, what: "'pack'") }) else {
            return nil
        }
        let id = map.required(.id).flatMap { reader.identifier($0, what: "pack id") }
        let title = map.required(.title).flatMap { reader.text($0, what: "'title'") }
        let instrument = map.required(.instrument).flatMap { reader.text($0, what: "'instrument'") }
        let packVersion = map.required(.packVersion).flatMap { reader.text($0, what: "'pack-version'") }
        let sources = map.required(.sources).flatMap { node in
            reader.sequence(node, what: "'sources'")?.compactMap { readSource($0, reader) }
        }
        let safeguardsPath = top[.safeguardsList].flatMap { reader.text($0, what: "'safeguards-list'") }
        let principleIDs = map.required(.principles).flatMap { node in
            reader.sequence(node, what: "'principles'")?.compactMap { item in
                reader.identifier(item, what: "principle id").map { ($0, item.position) }
            }
        }
        let packFile = files.root + "/pack.yaml"
        func pageLocation(_ position: TextPosition) -> Location { Location(file: packFile, position: position) }
        var principles: [Principle] = []
        // A principle listed twice would be read twice and its rules reported as duplicates in its
        // own file; the mistake is in the list, so it is reported there and the file read once.
        var listedAt: [String: TextPosition] = [:]
        var repeated = false
        for (principleID, position) in principleIDs ?? [] {
            if let first = listedAt[principleID] {
                reader.sink.error(at: position, RuleMessages.repeatedPrinciple(principleID, first: first))
                repeated = true
                continue
            }
            listedAt[principleID] = position
            if let principle = readPrincipleFile(principleID, declaredAt: pageLocation(position)) { principles.append(principle) }
        }
        let safeguards = safeguardsPath.flatMap { path -> SafeguardsList? in
            guard Self.staysInPack(path) else {
                reader.sink.error(at: top[.safeguardsList]?.position, RuleMessages.pathLeavesPack(path))
                return nil
            }
            return readSafeguardsList(path, declaredAt: pageLocation(top.position(of: .safeguardsList)))
        }
        let languages = map[.languages].flatMap { readLanguages($0, reader) } ?? [LanguageCode.english.code]
        // Each language file is read when first asked for, with the principles read here.
        let declared = pageLocation(map.position(of: .languages))
        let files = files
        let readPrinciples = principles
        let translations = PackTranslations(languages: Array(languages.dropFirst())) { language in
            var reading = RulePackReading(files: files)
            let file = reading.readLanguageFile(language, principles: readPrinciples, declaredAt: declared)
            let diagnostics = reading.allDiagnostics
            guard let file, !diagnostics.containsErrors else {
                return .failure(InvalidInputError(file: files.root, diagnostics: diagnostics))
            }
            return .success(file)
        }
        guard let id, let title, let instrument, let packVersion, let sources, !repeated,
            principles.count == principleIDs?.count,
            safeguardsPath == nil || safeguards != nil
        else { return nil }
        return RulePack(
            id: id, title: title, instrument: instrument, packVersion: packVersion, sources: sources,
            principles: principles, vocabulary: vocabulary, pronouns: pronouns, outOfScope: outOfScope,
            recruitmentEvidence: recruitmentEvidence ?? [],
            safeguardsList: safeguards, languages: languages, translations: translations
        )
    }

    func readOutOfScope(_ node: YAMLNode, _ reader: NodeReader) -> OutOfScope? {
        guard let map = reader.mapping(node, of: Keys.OutOfScopeKey.self, what: "'out-of-scope'"),
            let when = map.required(.when).flatMap({ readTerm($0, reader) })
        else { return nil }
        return OutOfScope(when: when, unless: map[.unless].flatMap { readTerm($0, reader) })
    }

    func readPronouns(_ node: YAMLNode, _ reader: NodeReader) -> PronounReferents {
        guard let map = reader.mapping(node, of: Keys.PronounsKey.self, what: "'pronouns'") else { return .none }
        return PronounReferents(
            person: map[.person].flatMap { readTerm($0, reader) }, body: map[.body].flatMap { readTerm($0, reader) })
    }

    /// `pack.languages`: ISO 639-1 codes, each once; nil (reported) when any is wrong.
    func readLanguages(_ node: YAMLNode, _ reader: NodeReader) -> [String]? {
        guard let items = reader.sequence(node, what: "'languages'") else { return nil }
        guard !items.isEmpty else {
            reader.sink.error(at: node.position, RuleMessages.noLanguages)
            return nil
        }
        var languages: [String] = []
        for item in items {
            guard let code = reader.text(item, what: "a language code") else { return nil }
            guard LanguageCode(code) != nil else {
                reader.sink.error(at: item.position, RuleMessages.unknownLanguage(code))
                return nil
            }
            guard !languages.contains(code) else {
                reader.sink.error(at: item.position, RuleMessages.repeatedLanguage(code))
                return nil
            }
            languages.append(code)
        }
        return languages
    }

    /// `languages/<language>.yaml`: the pack's word lists and every rule's evidence and examples in
    /// `language`, read with that file's own vocabulary.
    mutating func readLanguageFile(_ language: String, principles: [Principle], declaredAt location: Location)
        -> PackLanguage?
    {
        let path = "languages/\(language).yaml"
        guard let (root, reader) = open(path, from: location, missing: RuleMessages.missingLanguageFile),
            let top = reader.mapping(root, of: Keys.LanguageFileKey.self, what: "the language file")
        else { return nil }
        guard checkVersion(top, reader) else { return nil }
        guard let declared = top.required(.language).flatMap({ reader.text($0, what: "'language'") }) else { return nil }
        guard declared == language else {
            reader.sink.error(at: top[.language]?.position, RuleMessages.languageMismatch(declared, file: path))
            return nil
        }
        let packVocabulary = vocabulary
        defer { vocabulary = packVocabulary }
        vocabulary = top[.vocabulary].map { readVocabulary($0, reader) } ?? [:]
        let outOfScope = top[.outOfScope].flatMap { readOutOfScope($0, reader) }
        let recruitmentEvidence = top[.recruitmentEvidence].flatMap { readEvidence($0, reader) }
        let pronouns = top[.pronouns].map { readPronouns($0, reader) } ?? .none
        // The pack's rules in pack order, each with whether it is a red flag (its examples say
        // "flagged" or "clear").
        let packRules = principles.flatMap { principle in
            principle.criteria.map { ($0.id, false) } + principle.redFlags.map { ($0.id, true) }
        }
        let isRedFlag = Dictionary(packRules, uniquingKeysWith: { first, _ in first })
        guard let rulesNode = top.required(.rules) else { return nil }
        guard let pairs = reader.document.pairs(of: rulesNode) else {
            reader.sink.error(
                at: rulesNode.position,
                ReadMessages.notMapping("'rules'", found: reader.document.kindDescription(of: rulesNode)))
            return nil
        }
        var rules: [String: RuleInLanguage] = [:]
        var complete = true
        for pair in pairs {
            guard let redFlag = isRedFlag[pair.key] else {
                reader.sink.error(at: pair.keyPosition, RuleMessages.unknownRule(pair.key))
                complete = false
                continue
            }
            guard let map = reader.mapping(pair.value, of: Keys.LanguageRuleKey.self, what: "'\(pair.key)'") else {
                complete = false
                continue
            }
            let evidence = map.required(.evidence).flatMap { readEvidence($0, reader) }
            let examples = map.required(.examples).flatMap { readExamples($0, reader, isRedFlag: redFlag) }
            guard let evidence, let examples else {
                complete = false
                continue
            }
            rules[pair.key] = RuleInLanguage(
                evidence: evidence, examples: examples,
                statement: map[.statement].flatMap { reader.text($0, what: "'statement'") },
                recommendation: map[.recommendation].flatMap { reader.text($0, what: "'recommendation'") },
                modelClause: map[.modelClause].flatMap { reader.text($0, what: "'model-clause'") })
        }
        let missing = packRules.map(\.0).filter { rules[$0] == nil }
        if complete, !missing.isEmpty {
            reader.sink.error(at: rulesNode.position, RuleMessages.rulesMissingInLanguage(missing, language: language))
            return nil
        }
        guard complete else { return nil }
        var principleTitles: [String: String] = [:]
        if let node = top[.principles] {
            guard let titles = readPrincipleTitles(node, reader, principles: principles) else { return nil }
            principleTitles = titles
        }
        return PackLanguage(
            language: language, vocabulary: vocabulary, pronouns: pronouns, outOfScope: outOfScope,
            recruitmentEvidence: recruitmentEvidence ?? [], principleTitles: principleTitles, rules: rules)
    }

    /// A language file's optional `principles`: each principle's title in the language, for
    /// reports written in it; nil (reported) when an id is not a principle of the pack.
    func readPrincipleTitles(_ node: YAMLNode, _ reader: NodeReader, principles: [Principle]) -> [String: String]? {
        guard let pairs = reader.document.pairs(of: node) else {
            reader.sink.error(
                at: node.position, ReadMessages.notMapping("'principles'", found: reader.document.kindDescription(of: node)))
            return nil
        }
        let known = Set(principles.map(\.id))
        var titles: [String: String] = [:]
        var valid = true
        for pair in pairs {
            guard known.contains(pair.key) else {
                reader.sink.error(at: pair.keyPosition, RuleMessages.unknownPrinciple(pair.key))
                valid = false
                continue
            }
            guard let map = reader.mapping(pair.value, of: Keys.LanguagePrincipleKey.self, what: "'\(pair.key)'") else {
                valid = false
                continue
            }
            guard let title = map.required(.title).flatMap({ reader.text($0, what: "'title'") }) else {
                valid = false
                continue
            }
            titles[pair.key] = title
        }
        return valid ? titles : nil
    }

    func checkVersion<Key: FormatKey>(_ map: MappingView<Key>, _ reader: NodeReader) -> Bool {
        guard let key = Key(rawValue: "version"), let node = map.required(key),
            let version = reader.integer(node, what: "'version'")
        else { return false }
        guard version == RulePackFormat.currentVersion else {
            reader.sink.error(at: node.position, RuleMessages.unsupportedVersion(version))
            return false
        }
        return true
    }

    func readVocabulary(_ node: YAMLNode, _ reader: NodeReader) -> [String: [String]] {
        guard let pairs = reader.document.pairs(of: node) else {
            reader.sink.error(
                at: node.position, ReadMessages.notMapping("'vocabulary'", found: reader.document.kindDescription(of: node)))
            return [:]
        }
        var result: [String: [String]] = [:]
        for pair in pairs {
            guard Identifier.isValid(pair.key) else {
                reader.sink.error(at: pair.keyPosition, ReadMessages.badIdentifier(pair.key, what: "vocabulary name"))
                continue
            }
            result[pair.key] = reader.sequence(pair.value, what: "vocabulary '\(pair.key)'")?.compactMap {
                reader.text($0, what: "a vocabulary entry")
            }
        }
        return result
    }

    func readSource(_ node: YAMLNode, _ reader: NodeReader) -> PackSource? {
        guard let map = reader.mapping(node, of: Keys.SourceKey.self, what: "source") else { return nil }
        let title = map.required(.title).flatMap { reader.text($0, what: "'title'") }
        let publisher = map.required(.publisher).flatMap { reader.text($0, what: "'publisher'") }
        let year = map.required(.year).flatMap { reader.integer($0, what: "'year'") }
        let url = map[.url].flatMap { reader.text($0, what: "'url'") }
        guard let title, let publisher, let year else { return nil }
        return PackSource(title: title, publisher: publisher, year: year, url: url)
    }

    mutating func readPrincipleFile(_ principleID: String, declaredAt location: Location) -> Principle? {
        let path = "principles/\(principleID).yaml"
        guard let (root, reader) = open(path, from: location),
            let top = reader.mapping(root, of: Keys.PrincipleFileKey.self, what: "the principle file"),
            checkVersion(top, reader),
            let map = top.required(.principle).flatMap({ reader.mapping($0, of: Keys.PrincipleKey.self, what: "'principle'") })
        else { return nil }
        let id = map.required(.id).flatMap { reader.identifier($0, what: "principle id") }
        if let id, id != principleID {
            reader.sink.error(at: map[.id]?.position, RuleMessages.principleIDMismatch(id, file: path))
        }
        let title = map.required(.title).flatMap { reader.text($0, what: "'title'") }
        let paragraphs = map.required(.codeParagraphs).flatMap { readParagraphs($0, reader) }
        let weight = map.required(.weight).flatMap { readWeight($0, reader) }
        let description = map.required(.description).flatMap { reader.text($0, what: "'description'") }
        let notes = map[.notes].flatMap { reader.text($0, what: "'notes'") }
        let criteria = top.required(.criteria).flatMap { node in
            reader.sequence(node, what: "'criteria'").map { items in items.compactMap { readCriterion($0, reader) } }
        }
        let redFlags = top[.redFlags].flatMap { node in
            reader.sequence(node, what: "'red-flags'").map { items in items.compactMap { readRedFlag($0, reader) } }
        }
        guard let id, let title, let paragraphs, let weight, let description, let criteria else { return nil }
        return Principle(
            id: id, title: title, codeParagraphs: paragraphs, weight: weight, description: description,
            notes: notes, criteria: criteria, redFlags: redFlags ?? []
        )
    }

    func readParagraphs(_ node: YAMLNode, _ reader: NodeReader) -> [String]? {
        guard let items = reader.sequence(node, what: "'code-paragraphs'") else { return nil }
        guard !items.isEmpty else {
            reader.sink.error(at: node.position, RuleMessages.noParagraphs)
            return nil
        }
        let paragraphs = items.compactMap { reader.text($0, what: "a Code paragraph") }
        return paragraphs.count == items.count ? paragraphs : nil
    }

    func readWeight(_ node: YAMLNode, _ reader: NodeReader) -> Int? {
        guard let weight = reader.integer(node, what: "'weight'") else { return nil }
        guard (1...10).contains(weight) else {
            reader.sink.error(at: node.position, RuleMessages.badWeight(weight))
            return nil
        }
        return weight
    }

    /// Records a rule id, reporting one already used anywhere in the pack.
    mutating func claim(_ id: String, at location: Location, _ reader: NodeReader) -> Bool {
        if let first = ruleIDs[id] {
            reader.sink.error(at: location.position, RuleMessages.duplicateRuleID(id, first: first))
            return false
        }
        ruleIDs[id] = location
        return true
    }

    func location(_ node: YAMLNode, _ reader: NodeReader) -> Location {
        Location(file: reader.sink.file.path, position: node.position)
    }

    /// Reads the fields criteria and red flags share; nil (with the reasons reported) if any is wrong.
    mutating func readCommon<Key: RuleKey>(_ map: MappingView<Key>, at node: YAMLNode, _ reader: NodeReader, isRedFlag: Bool)
        -> RuleFields?
    {
        let id = map.required(.id).flatMap { reader.identifier($0, what: isRedFlag ? "red flag id" : "criterion id") }
        let here = location(node, reader)
        let statement = map.required(.statement).flatMap { reader.text($0, what: "'statement'") }
        let paragraphs = map.required(.codeParagraphs).flatMap { readParagraphs($0, reader) }
        let severity = map.required(.severity).flatMap { reader.choice($0, of: Severity.self, what: "severity") }
        let appliesWhen = map[.appliesWhen].map { readContexts($0, reader) } ?? []
        let evidence = map.required(.evidence).flatMap { readEvidence($0, reader) }
        let recommendation = map.required(.recommendation).flatMap { reader.text($0, what: "'recommendation'") }
        let modelClause = map.required(.modelClause).flatMap { reader.text($0, what: "'model-clause'") }
        let notes = map[.notes].flatMap { reader.text($0, what: "'notes'") }
        let examples = map.required(.examples).flatMap { readExamples($0, reader, isRedFlag: isRedFlag) }
        guard let id, claim(id, at: here, reader), let statement, let paragraphs, let severity, let appliesWhen,
            let evidence, let recommendation, let modelClause, let examples
        else { return nil }
        return RuleFields(
            id: id, statement: statement, codeParagraphs: paragraphs, severity: severity, appliesWhen: appliesWhen,
            evidence: evidence, recommendation: recommendation, modelClause: modelClause, notes: notes, examples: examples,
            location: here
        )
    }

    mutating func readCriterion(_ node: YAMLNode, _ reader: NodeReader) -> Criterion? {
        guard let map = reader.mapping(node, of: Keys.CriterionKey.self, what: "criterion") else { return nil }
        let common = readCommon(map, at: node, reader, isRedFlag: false)
        let weight = map.required(.weight).flatMap { readWeight($0, reader) }
        let required = map.required(.required).flatMap { readStrength($0, reader, what: "required strength") }
        let permissive = map[.permissive].map { readStrength($0, reader, what: "permissive strength") } ?? .hortatory
        guard let common, let weight, let required, let permissive else { return nil }
        return Criterion(common, weight: weight, required: required, permissive: permissive)
    }

    mutating func readRedFlag(_ node: YAMLNode, _ reader: NodeReader) -> RedFlag? {
        guard let map = reader.mapping(node, of: Keys.RedFlagKey.self, what: "red flag"),
            let common = readCommon(map, at: node, reader, isRedFlag: true)
        else { return nil }
        return RedFlag(common)
    }

    func readStrength(_ node: YAMLNode, _ reader: NodeReader, what: String) -> Strength? {
        guard let strength = reader.choice(node, of: Strength.self, what: what) else { return nil }
        guard strength != .none else {
            reader.sink.error(at: node.position, RuleMessages.strengthNone(what))
            return nil
        }
        return strength
    }

    func readContexts(_ node: YAMLNode, _ reader: NodeReader) -> [ContextCondition]? {
        guard let items = reader.sequence(node, what: "'applies-when'") else { return nil }
        let contexts = items.compactMap { reader.choice($0, of: ContextCondition.self, what: "context") }
        return contexts.count == items.count ? contexts : nil
    }

    mutating func readEvidence(_ node: YAMLNode, _ reader: NodeReader) -> [EvidencePattern]? {
        guard let items = reader.sequence(node, what: "'evidence'") else { return nil }
        guard !items.isEmpty else {
            reader.sink.error(at: node.position, RuleMessages.noEvidence)
            return nil
        }
        let patterns = items.compactMap { readPattern($0, reader) }
        return patterns.count == items.count ? patterns : nil
    }

    mutating func readPattern(_ node: YAMLNode, _ reader: NodeReader) -> EvidencePattern? {
        guard let map = reader.mapping(node, of: Keys.PatternKey.self, what: "evidence pattern") else { return nil }
        let within = map[.within].flatMap { reader.integer($0, what: "'within'") }
        if let within, within < 1 {
            reader.sink.error(at: map[.within]?.position, RuleMessages.badWithin(within))
            return nil
        }
        let polarity =
            map[.polarity].map { reader.choice($0, of: EvidencePattern.PolarityRequirement.self, what: "polarity") } ?? .affirmed
        let frameKeys = [Keys.PatternKey.cost, .restriction, .comparison].filter { map.has($0) }
        if frameKeys.count > 1 {
            reader.sink.error(at: node.position, RuleMessages.twoFrames)
            return nil
        }
        var frame: EvidenceFrame?
        if let key = frameKeys.first {
            guard let read = readFrame(key, map.required(key), reader) else { return nil }
            frame = read
        }
        var terms: [Term] = []
        if let allNode = frame == nil ? map.required(.all) : map[.all] {
            guard let items = reader.sequence(allNode, what: "'all'") else { return nil }
            guard !items.isEmpty else {
                reader.sink.error(at: allNode.position, RuleMessages.noTerms)
                return nil
            }
            for item in items {
                guard let term = readTerm(item, reader) else { continue }
                terms.append(term)
            }
            guard terms.count == items.count else { return nil }
        } else if frame == nil {
            return nil
        }
        var excluded: [Term] = []
        if let node = map[.excluded] {
            guard let items = reader.sequence(node, what: "'not'") else { return nil }
            excluded = items.compactMap { readTerm($0, reader) }
            guard excluded.count == items.count else { return nil }
        }
        guard let polarity, map[.within] == nil || within != nil else { return nil }
        return EvidencePattern(terms: terms, frame: frame, excluded: excluded, within: within, polarity: polarity)
    }

    /// A term, checked against the pack's vocabulary, with its problem reported at `item`.
    func readTerm(_ item: YAMLNode, _ reader: NodeReader) -> Term? {
        guard let source = reader.text(item, what: "a term") else { return nil }
        switch TermSyntax.alternatives(of: source, vocabulary: readVocabulary) {
        case .success(let alternatives):
            let before = alternativesRead.value
            alternativesRead.value += alternatives.count
            guard alternativesRead.value <= Self.maximumPackAlternatives else {
                if before <= Self.maximumPackAlternatives {
                    reader.sink.error(
                        at: item.position, RuleMessages.tooManyPackAlternatives(limit: Self.maximumPackAlternatives))
                }
                return nil
            }
            return Term(source: source, alternatives: alternatives)
        case .failure(.unknownVocabulary(let name)):
            let suggestion = Suggestion.closest(to: name, in: vocabulary.keys.sorted())
            reader.sink.error(at: item.position, RuleMessages.unknownVocabulary(name, suggestion: suggestion))
        case .failure(.malformed(let alternative)):
            reader.sink.error(at: item.position, RuleMessages.malformedTerm(alternative))
        case .failure(.tooManyAlternatives(let what)):
            reader.sink.error(
                at: item.position, RuleMessages.tooManyAlternatives(what, limit: readVocabulary.maximumAlternatives))
        }
        return nil
    }

    /// The frame under `key` of a pattern: `cost: {party, burden}`, `restriction: {actor, action,
    /// stance}` or `comparison: {direction}`.
    func readFrame(_ key: Keys.PatternKey, _ node: YAMLNode?, _ reader: NodeReader) -> EvidenceFrame? {
        guard let node else { return nil }
        switch key {
        case .cost:
            guard let map = reader.mapping(node, of: Keys.CostFrameKey.self, what: "'cost'") else { return nil }
            let party = map[.party].map { readTerm($0, reader) }
            let item = map[.item].map { readTerm($0, reader) }
            let partyNot = map[.partyNot].map { readTerm($0, reader) }
            let burden = map.required(.burden).flatMap { reader.choice($0, of: CostFrame.Burden.self, what: "burden") }
            guard let burden, party.map({ $0 != nil }) ?? true, item.map({ $0 != nil }) ?? true,
                partyNot.map({ $0 != nil }) ?? true
            else { return nil }
            return .cost(party: party ?? nil, burden: burden, item: item ?? nil, partyNot: partyNot ?? nil)
        case .restriction:
            guard let map = reader.mapping(node, of: Keys.RestrictionFrameKey.self, what: "'restriction'") else { return nil }
            let actor = map[.actor].map { readTerm($0, reader) }
            let action = map[.action].map { readTerm($0, reader) }
            let stance = map.required(.stance).flatMap {
                reader.choice($0, of: RestrictionFrame.Stance.self, what: "stance")
            }
            guard let stance, actor.map({ $0 != nil }) ?? true, action.map({ $0 != nil }) ?? true else { return nil }
            return .restriction(actor: actor ?? nil, action: action ?? nil, stance: stance)
        case .comparison:
            guard let map = reader.mapping(node, of: Keys.ComparisonFrameKey.self, what: "'comparison'") else { return nil }
            let direction = map.required(.direction).flatMap {
                reader.choice($0, of: ComparisonFrame.Direction.self, what: "direction")
            }
            return direction.map { .comparison(direction: $0) }
        default:
            return nil
        }
    }

    func readExamples(_ node: YAMLNode, _ reader: NodeReader, isRedFlag: Bool) -> [RuleExample]? {
        guard let items = reader.sequence(node, what: "'examples'") else { return nil }
        guard items.count >= 3 else {
            reader.sink.error(at: node.position, RuleMessages.tooFewExamples(items.count))
            return nil
        }
        let examples = items.compactMap { item -> RuleExample? in
            guard let map = reader.mapping(item, of: Keys.ExampleKey.self, what: "example") else { return nil }
            let text = map.required(.text).flatMap { reader.text($0, what: "'text'") }
            let expectation = map.required(.expect).flatMap { readExpectation($0, reader, isRedFlag: isRedFlag) }
            guard let text, let expectation else { return nil }
            return RuleExample(text: text, expectation: expectation, location: location(item, reader))
        }
        return examples.count == items.count ? examples : nil
    }

    func readExpectation(_ node: YAMLNode, _ reader: NodeReader, isRedFlag: Bool) -> RuleExample.Expectation? {
        guard let word = reader.text(node, what: "'expect'") else { return nil }
        if isRedFlag {
            switch word {
            case "flagged": return .flagged
            case "clear": return .clear
            default:
                reader.sink.error(
                    at: node.position,
                    ReadMessages.notOneOf(word, what: "red-flag expectation", suggestion: nil, allowed: ["flagged", "clear"]))
                return nil
            }
        }
        guard let strength = Strength(rawValue: word) else {
            let allowed = Strength.allCases.map(\.rawValue)
            reader.sink.error(
                at: node.position,
                ReadMessages.notOneOf(
                    word, what: "expected strength", suggestion: Suggestion.closest(to: word, in: allowed), allowed: allowed))
            return nil
        }
        return .strength(strength)
    }

    /// True for a relative path that names a file below the pack folder.
    ///
    /// Not absolute, no `..`, no empty part; links are checked when the file is opened
    /// (`DirectoryPackFiles`).
    static func staysInPack(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/") && !parts.contains { $0.isEmpty || $0 == ".." } && !path.contains("\0")
    }

    mutating func readSafeguardsList(_ relativePath: String, declaredAt location: Location) -> SafeguardsList? {
        guard let (root, reader) = open(relativePath, from: location),
            let top = reader.mapping(root, of: Keys.SafeguardsFileKey.self, what: "the Safeguards List file"),
            checkVersion(top, reader),
            let map = top.required(.safeguardsList).flatMap({
                reader.mapping($0, of: Keys.SafeguardsKey.self, what: "'safeguards-list'")
            })
        else { return nil }
        let edition = map.required(.edition).flatMap { reader.integer($0, what: "'edition'") }
        let title = map.required(.title).flatMap { reader.text($0, what: "'title'") }
        let source = map.required(.source).flatMap { readSource($0, reader) }
        let countries = map.required(.countries).flatMap { node -> Set<CountryCode>? in
            guard let items = reader.sequence(node, what: "'countries'") else { return nil }
            var codes: Set<CountryCode> = []
            var valid = true
            for item in items {
                guard let text = reader.text(item, what: "a country") else {
                    valid = false
                    continue
                }
                if let code = CountryCode(text) {
                    if !codes.insert(code).inserted {
                        reader.sink.error(at: item.position, RuleMessages.repeatedCountry(text))
                        valid = false
                    }
                } else {
                    valid = false
                    reader.sink.error(
                        at: item.position, AgreementMessages.unknownCountry(text, suggestion: CountryCode.suggestion(for: text)))
                }
            }
            return valid ? codes : nil
        }
        guard let edition, let title, let source, let countries else { return nil }
        return SafeguardsList(edition: edition, title: title, source: source, countries: countries)
    }
}

/// A running count shared by the reading functions of a pack, which are not all mutating.
private final class AlternativeCount {
    var value = 0
}

/// The messages of the rule-pack loader.
enum RuleMessages {
    static func missingFile(_ path: String) -> String {
        "cannot read '\(path)': no such file; every listed principle needs its file"
    }
    static func missingLanguageFile(_ path: String) -> String {
        "cannot read '\(path)': no such file; every language after the first in 'pack.languages' needs its file"
    }
    static let noLanguages = "'languages' lists no language; expected ISO 639-1 codes, the principle files' language first"
    static func unknownLanguage(_ code: String) -> String {
        "'\(code)' is not an ISO 639-1 language code (such as en, fr, es)"
    }
    static func repeatedLanguage(_ code: String) -> String {
        "language '\(code)' is listed twice; expected each language once"
    }
    static func languageMismatch(_ declared: String, file: String) -> String {
        "this file says 'language: \(declared)', but '\(file)' must hold that language's words"
    }
    static func unknownPrinciple(_ id: String) -> String {
        "'\(id)' is not a principle of this pack; a language file titles the pack's own principles"
    }
    static func unknownRule(_ id: String) -> String {
        "'\(id)' is not a criterion or red flag of this pack; a language file gives evidence for the pack's own rules"
    }
    static func rulesMissingInLanguage(_ ids: [String], language: String) -> String {
        let shown = ids.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
        let more = ids.count > 5 ? " and \(ids.count - 5) more" : ""
        return
            "no \(language) evidence for \(shown)\(more): every criterion and red flag needs patterns in every language, or clauses in \(language) could never meet it"
    }
    static func unsupportedVersion(_ version: Int) -> String {
        "rule-pack format version \(version) is not supported; expected 'version: \(RulePackFormat.currentVersion)'"
    }
    static func principleIDMismatch(_ id: String, file: String) -> String {
        "principle id '\(id)' does not match its file name '\(file)'; expected the id the pack lists"
    }
    static let noParagraphs = "'code-paragraphs' is empty; expected the Code paragraph(s) behind the rule, such as \"3.8\""
    static func badWeight(_ weight: Int) -> String { "'weight' must be a whole number from 1 to 10, found \(weight)" }
    static func duplicateRuleID(_ id: String, first: Location) -> String {
        "duplicate rule id '\(id)'; it is already used at \(first), and criterion and red-flag ids must be unique in a pack"
    }
    static func strengthNone(_ what: String) -> String { "'none' is not a valid \(what); expected binding, hortatory or mention" }
    static let noEvidence = "'evidence' is empty; expected at least one pattern"
    static func badWithin(_ within: Int) -> String { "'within' must be at least 1 word, found \(within)" }
    static let noTerms = "'all' is empty; expected at least one term"
    static let twoFrames = "a pattern has at most one of 'cost', 'restriction' and 'comparison'"
    static func unknownVocabulary(_ name: String, suggestion: String?) -> String {
        let base = "'@\(name)' names no vocabulary list"
        if let suggestion { return base + "; did you mean '@\(suggestion)'?" }
        return base + "; expected a list defined under 'vocabulary' in pack.yaml"
    }
    static func tooManyAlternatives(_ what: String, limit: Int) -> String {
        "'\(what)' stands for more than \(limit.groupedDigits) alternatives once its vocabulary lists are expanded,"
            + " over the vocabulary limit; split it into narrower terms"
    }
    static func tooManyPackAlternatives(limit: Int) -> String {
        "the pack's terms stand for more than \(limit.groupedDigits) alternatives in all, over the pack limit"
            + " (a vocabulary list counts each time a term names it); name long lists in fewer terms"
    }
    static func malformedTerm(_ alternative: String) -> String {
        "'\(alternative)' is not a valid term; expected words of letters and digits, each optionally ending in '*', alternatives separated by '|'"
    }
    static func pathLeavesPack(_ path: String) -> String {
        "'safeguards-list' must name a file inside the pack folder (a relative path without '..'), found '\(path)'"
    }
    static let linkLeavesPack =
        "cannot read the file: it is a link that leads outside the pack folder, which accord does not follow"
    static func repeatedPrinciple(_ id: String, first: TextPosition) -> String {
        "principle '\(id)' is listed twice; it is already listed at \(first), and each principle is listed once"
    }
    static func repeatedCountry(_ code: String) -> String {
        "country '\(code)' is listed twice; expected each country of the list once"
    }
    static func tooFewExamples(_ count: Int) -> String {
        "a rule needs at least 3 examples (one that satisfies it, one that does so weakly, one that does not), found \(count)"
    }
}
