/// Loads agreement files (format version 1) into `Agreement` values, reporting every problem of a file
/// in one pass.
///
/// Reading never stops at the first problem: each part of the file is read as far as it can be, and
/// the checks that relate parts (dates, party roles, source references, clause ids) run on whatever
/// parts were readable. An `Agreement` is built only when no error was found.
public struct AgreementLoader: Sendable {
    /// The limits applied to every file.
    public var limits: LoadLimits

    /// Creates a loader with the given limits.
    public init(limits: LoadLimits = .default) {
        self.limits = limits
    }

    /// Reads and loads the agreement at `path`.
    ///
    /// - Throws: `InvalidInputError` with every problem found.
    public func load(path: String) throws(InvalidInputError) -> Agreement {
        try load(SourceFile.read(path: path, limits: limits))
    }

    /// Loads the agreement in `file`.
    ///
    /// - Throws: `InvalidInputError` with every problem found.
    public func load(_ file: SourceFile) throws(InvalidInputError) -> Agreement {
        let outcome = diagnose(file)
        guard let agreement = outcome.agreement else {
            throw InvalidInputError(file: file.path, diagnostics: outcome.diagnostics)
        }
        return agreement
    }

    /// Loads `file` and returns the agreement (nil if any error was found) and every diagnostic, sorted.
    public func diagnose(_ file: SourceFile) -> (agreement: Agreement?, diagnostics: [Diagnostic]) {
        let sink = DiagnosticSink(file: file)
        var agreement: Agreement?
        if let document = YAMLReader.read(file, limits: limits, into: sink) {
            var reading = AgreementReading(file: file.path, reader: NodeReader(sink: sink, document: document), limits: limits)
            agreement = reading.agreement(from: document.root)
        }
        if sink.hasErrors { agreement = nil }
        return (agreement, sink.diagnostics.sorted())
    }
}

/// The state of reading one agreement file.
private struct AgreementReading {
    typealias Keys = AgreementFormat

    let file: String
    let sink: DiagnosticSink
    let limits: LoadLimits
    let reader: NodeReader
    private var clauseCount = 0
    /// Bytes of clause text read so far, an aliased text counted each time it is used.
    private var clauseTextBytes = 0
    /// Every clause id read, in document order, checked for repeats once all are read: sorting a
    /// few dozen ids once costs less than hashing each into a dictionary.
    private var clauseIDs: [(id: String, position: TextPosition)] = []
    /// The file, shared by its clauses for locating their words when asked.
    private let sourceText: SourceText

    init(file: String, reader: NodeReader, limits: LoadLimits) {
        self.file = file
        self.sink = reader.sink
        self.limits = limits
        self.reader = reader
        self.sourceText = SourceText(reader.sink.file)
    }

    /// The metadata part of a file, as far as it could be read.
    struct Metadata {
        var id: String?
        var title: String?
        var shortTitle: String?
        var scope: AgreementScope?
        var instrument: InstrumentType?
        var level: SignatoryLevel?
        var recruitmentComponent: RecruitmentComponent?
        var status: AgreementStatus?
        var dates = AgreementDates()
        var round: Int?
        var language: LanguageCode? = .english
        var languagePosition: TextPosition?
        var professions: [Profession] = []
        var parties: [Party]?
        var sources: [SourceReference]?
        var supersedes: String?
        var notes: String?
    }

    mutating func agreement(from root: YAMLNode) -> Agreement? {
        guard let top = reader.mapping(root, of: Keys.FileKey.self, what: "the file") else { return nil }
        let version = top.required(.version).flatMap { reader.integer($0, what: "'version'") }
        if let version, version != AgreementFormat.currentVersion {
            sink.error(at: top[.version]?.position, AgreementMessages.unsupportedVersion(version))
            return nil
        }
        let metadata = top.required(.agreement).flatMap { readMetadata($0) }
        let clauses = top.required(.clauses).flatMap {
            readClauses($0, what: "'clauses'", sources: metadata?.sources, isTopLevel: true)
        }
        checkClauseIDsAreUnique()

        guard let version, let metadata, let clauses,
            let id = metadata.id, let title = metadata.title, let scope = metadata.scope,
            let instrument = metadata.instrument, let status = metadata.status, let language = metadata.language,
            let parties = metadata.parties, let sources = metadata.sources
        else { return nil }
        return Agreement(
            file: file, formatVersion: version, id: id, title: title, shortTitle: metadata.shortTitle,
            scope: scope, instrument: instrument, level: metadata.level, recruitmentComponent: metadata.recruitmentComponent,
            status: status, dates: metadata.dates, round: metadata.round,
            language: language, professions: metadata.professions, parties: parties, sources: sources,
            supersedes: metadata.supersedes, notes: metadata.notes, clauses: clauses, clausesPosition: top.position(of: .clauses),
            languagePosition: metadata.languagePosition
        )
    }

    // MARK: Metadata

    private func readMetadata(_ node: YAMLNode) -> Metadata? {
        guard let map = reader.mapping(node, of: Keys.AgreementKey.self, what: "'agreement'") else { return nil }
        var metadata = Metadata()
        metadata.id = map.required(.id).flatMap { reader.identifier($0, what: "agreement id") }
        metadata.title = map.required(.title).flatMap { reader.text($0, what: "'title'") }
        metadata.shortTitle = map[.shortTitle].flatMap { reader.text($0, what: "'short-title'") }
        metadata.scope = map.required(.scope).flatMap { reader.choice($0, of: AgreementScope.self, what: "scope") }
        metadata.instrument = map.required(.instrument).flatMap {
            reader.choice($0, of: InstrumentType.self, what: "instrument type")
        }
        metadata.level = map[.level].flatMap { reader.choice($0, of: SignatoryLevel.self, what: "signatory level") }
        metadata.recruitmentComponent = map[.recruitmentComponent].flatMap {
            reader.choice($0, of: RecruitmentComponent.self, what: "recruitment component")
        }
        metadata.status = map.required(.status).flatMap { reader.choice($0, of: AgreementStatus.self, what: "status") }
        metadata.dates = AgreementDates(
            signed: map[.signed].flatMap { reader.date($0, what: "'signed'") },
            inForce: map[.inForce].flatMap { reader.date($0, what: "'in-force'") },
            ends: map[.ends].flatMap { reader.date($0, what: "'ends'") },
            review: map[.review].flatMap { reader.date($0, what: "'review'") },
            draft: map[.date].flatMap { reader.date($0, what: "'date'") }
        )
        metadata.round = map[.round].flatMap { readRound($0) }
        if let node = map[.language] {
            metadata.language = readLanguage(node)
            metadata.languagePosition = node.position
        }
        if let node = map[.professions] { metadata.professions = readProfessions(node) }
        metadata.parties = map.required(.parties).flatMap { readParties($0) }
        metadata.sources = readSources(in: map, status: metadata.status)
        metadata.supersedes = map[.supersedes].flatMap { reader.identifier($0, what: "'supersedes' id") }
        metadata.notes = map[.notes].flatMap { reader.text($0, what: "'notes'") }

        if let supersedes = metadata.supersedes, supersedes == metadata.id {
            sink.error(at: map[.supersedes]?.position, AgreementMessages.supersedesItself)
        }
        AgreementChecks.checkDates(metadata.dates, status: metadata.status, in: map, sink: sink)
        if let parties = metadata.parties, let scope = metadata.scope {
            AgreementChecks.checkParties(parties, scope: scope, at: map.position(of: .parties), sink: sink)
        }
        return metadata
    }

    /// A draft's round of negotiation: a whole number from 1.
    private func readRound(_ node: YAMLNode) -> Int? {
        guard let round = reader.integer(node, what: "'round'") else { return nil }
        guard round >= 1 else {
            sink.error(at: node.position, AgreementMessages.roundOutOfRange(round))
            return nil
        }
        return round
    }

    /// The sources, which only a draft may leave out: its text is the draft itself, unpublished.
    private func readSources(in map: MappingView<Keys.AgreementKey>, status: AgreementStatus?) -> [SourceReference]? {
        if let node = map[.sources] { return readSources(node) }
        if status == .draft { return [] }
        sink.error(at: map.node.position, AgreementMessages.missingSources)
        return nil
    }

    private func readLanguage(_ node: YAMLNode) -> LanguageCode? {
        guard let text = reader.text(node, what: "'language'") else { return nil }
        if let code = LanguageCode(text) { return code }
        sink.error(at: node.position, AgreementMessages.unknownLanguage(text))
        return nil
    }

    private func readProfessions(_ node: YAMLNode) -> [Profession] {
        guard let items = reader.sequence(node, what: "'professions'") else { return [] }
        var seen: Set<Profession> = []
        var professions: [Profession] = []
        for item in items {
            guard let profession = reader.choice(item, of: Profession.self, what: "profession") else { continue }
            if !seen.insert(profession).inserted {
                sink.error(at: item.position, AgreementMessages.repeatedProfession(profession.rawValue))
                continue
            }
            professions.append(profession)
        }
        return professions
    }

    // MARK: Parties

    private func readParties(_ node: YAMLNode) -> [Party]? {
        guard let items = reader.sequence(node, what: "'parties'") else { return nil }
        let parties = items.enumerated().compactMap { readParty($1, number: $0 + 1) }
        return parties.count == items.count ? parties : nil
    }

    private func readParty(_ node: YAMLNode, number: Int) -> Party? {
        let what = "party \(number)"
        guard let map = reader.mapping(node, of: Keys.PartyKey.self, what: what) else { return nil }
        let role = map.required(.role).flatMap { reader.choice($0, of: PartyRole.self, what: "role") }
        let representedBy = map[.representedBy].flatMap { reader.text($0, what: "'represented-by'") }
        var identity: Party.Identity?
        switch (map[.country], map[.body]) {
        case (.some, .some):
            sink.error(at: map.position(of: .body), AgreementMessages.countryAndBody(what))
        case (let country?, nil):
            for key in [Keys.PartyKey.name, .members] where map.has(key) {
                sink.error(at: map.position(of: key), AgreementMessages.bodyKeyOnCountry(key.rawValue, what))
            }
            identity = readCountry(country, what: "country").map { .country($0) }
        case (nil, let body?):
            let shortName = reader.text(body, what: "'body'")
            let name = map.required(.name).flatMap { reader.text($0, what: "'name'") }
            let members = map.required(.members).flatMap { readMembers($0) }
            if let shortName, let name, let members {
                identity = .body(shortName: shortName, name: name, members: members)
            }
        case (nil, nil):
            sink.error(at: node.position, AgreementMessages.noIdentity(what))
        }
        guard let identity, let role else { return nil }
        return Party(identity: identity, role: role, representedBy: representedBy, position: node.position)
    }

    private func readMembers(_ node: YAMLNode) -> [CountryCode]? {
        guard let items = reader.sequence(node, what: "'members'") else { return nil }
        if items.isEmpty {
            sink.error(at: node.position, AgreementMessages.noMembers)
            return nil
        }
        var seen: [CountryCode: TextPosition] = [:]
        var members: [CountryCode] = []
        for item in items {
            guard let code = readCountry(item, what: "member") else { continue }
            if let first = seen[code] {
                sink.error(at: item.position, AgreementMessages.repeatedMember(code.alpha3, first: first))
                continue
            }
            seen[code] = item.position
            members.append(code)
        }
        return members.count == items.count ? members : nil
    }

    private func readCountry(_ node: YAMLNode, what: String) -> CountryCode? {
        guard let text = reader.text(node, what: "'\(what)'") else { return nil }
        if let code = CountryCode(text) { return code }
        sink.error(at: node.position, AgreementMessages.unknownCountry(text, suggestion: CountryCode.suggestion(for: text)))
        return nil
    }

    // MARK: Sources

    private func readSources(_ node: YAMLNode) -> [SourceReference]? {
        guard let items = reader.sequence(node, what: "'sources'") else { return nil }
        if items.isEmpty {
            sink.error(at: node.position, AgreementMessages.noSources)
            return nil
        }
        var firstPositions: [String: TextPosition] = [:]
        var sources: [SourceReference] = []
        for (index, item) in items.enumerated() {
            guard let source = readSource(item, number: index + 1) else { continue }
            if let first = firstPositions[source.id] {
                sink.error(at: item.position, AgreementMessages.duplicateSource(source.id, first: first))
                continue
            }
            firstPositions[source.id] = item.position
            sources.append(source)
        }
        return sources.count == items.count ? sources : nil
    }

    private func readSource(_ node: YAMLNode, number: Int) -> SourceReference? {
        guard let map = reader.mapping(node, of: Keys.SourceKey.self, what: "source \(number)") else { return nil }
        let id = map.required(.id).flatMap { reader.identifier($0, what: "source id") }
        let title = map.required(.title).flatMap { reader.text($0, what: "'title'") }
        let publisher = map.required(.publisher).flatMap { reader.text($0, what: "'publisher'") }
        let year = map.required(.year).flatMap { readYear($0) }
        let url = map[.url].flatMap { readURL($0) }
        let kind = map[.kind].map { reader.choice($0, of: SourceKind.self, what: "source kind") } ?? .primary
        let text = map.required(.text).flatMap { reader.choice($0, of: SourceTextFidelity.self, what: "value for 'text'") }
        let accessed = map[.accessed].flatMap { reader.date($0, what: "'accessed'") }
        guard let id, let title, let publisher, let year, let kind, let text else { return nil }
        if map[.url] != nil, url == nil { return nil }
        return SourceReference(
            id: id, title: title, publisher: publisher, year: year, url: url, kind: kind, text: text, accessed: accessed)
    }

    private func readYear(_ node: YAMLNode) -> Int? {
        guard let year = reader.integer(node, what: "'year'") else { return nil }
        guard (1000...9999).contains(year) else {
            sink.error(at: node.position, AgreementMessages.badYear(year))
            return nil
        }
        return year
    }

    private func readURL(_ node: YAMLNode) -> String? {
        guard let url = reader.text(node, what: "'url'") else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !url.contains(where: \.isWhitespace) else {
            sink.error(at: node.position, AgreementMessages.badURL(url))
            return nil
        }
        return url
    }

    // MARK: Clauses

    private mutating func readClauses(
        _ node: YAMLNode, what: String, sources: [SourceReference]?, isTopLevel: Bool
    ) -> [Clause]? {
        guard let items = reader.sequence(node, what: what) else { return nil }
        if items.isEmpty {
            sink.error(at: node.position, isTopLevel ? AgreementMessages.noClauses : AgreementMessages.noSubclauses(what))
            return nil
        }
        var clauses: [Clause] = []
        clauses.reserveCapacity(items.count)
        var complete = true
        for (index, item) in items.enumerated() {
            if let clause = readClause(item, number: index + 1, in: what, sources: sources) {
                clauses.append(clause)
            } else {
                complete = false
            }
        }
        return complete ? clauses : nil
    }

    private mutating func readClause(_ node: YAMLNode, number: Int, in parent: String, sources: [SourceReference]?) -> Clause? {
        clauseCount += 1
        if clauseCount > limits.maximumClauses {
            if clauseCount == limits.maximumClauses + 1 {
                sink.error(at: node.position, AgreementMessages.tooManyClauses(limit: limits.maximumClauses))
            }
            return nil
        }
        let what = Self.clauseName(node, number: number, in: parent, document: reader.document)
        guard let map = reader.mapping(node, of: Keys.ClauseKey.self, what: what) else { return nil }
        let id = map.required(.id).flatMap { readClauseID($0) }
        let heading = map[.heading].flatMap { reader.text($0, what: "heading of \(what)") }
        let notes = map[.notes].flatMap { reader.text($0, what: "notes of \(what)") }
        let text = map[.text].flatMap { readClauseText($0, what: what) }
        if let text, !countClauseText(text, at: node.position) { return nil }
        let subclauses = map[.clauses].flatMap {
            readClauses($0, what: "sub-clauses of \(what)", sources: sources, isTopLevel: false)
        }
        if !map.has(.text), !map.has(.clauses) {
            sink.error(at: node.position, AgreementMessages.clauseWithoutText(what))
        }
        // A draft may list no sources: its clauses are then the draft's own words, verbatim.
        let unsourced = sources?.isEmpty == true && !map.has(.source)
        let source = unsourced ? nil : sources.flatMap { readClauseSource(map, what: what, sources: $0) }
        let wording =
            unsourced
            ? (map[.wording].flatMap { reader.choice($0, of: ClauseWording.self, what: "wording") } ?? .verbatim)
            : readWording(map, what: what, source: source)
        let annotations = map[.annotations].flatMap { readAnnotations($0, what: what) }

        guard let id, let wording, unsourced || source != nil else { return nil }
        if map.has(.text), text == nil { return nil }
        if map.has(.clauses), subclauses == nil { return nil }
        if map.has(.annotations), annotations == nil { return nil }
        return Clause(
            id: id, heading: heading, text: text, sourceID: source?.id, wording: wording,
            subclauses: subclauses ?? [], annotations: annotations ?? [], notes: notes,
            position: node.position, textPosition: map[.text]?.position,
            wordLines: text.flatMap { text in map[.text].map { TextWordLines(of: text, at: $0.position, in: sourceText) } }
        )
    }

    /// How messages name a clause: by its id when it has a readable one, else by number.
    private static func clauseName(_ node: YAMLNode, number: Int, in parent: String, document: YAMLDocument) -> String {
        if let idNode = document.value(of: Keys.ClauseKey.id.rawValue, in: node), let id = document.scalar(idNode),
            !id.trimmingWhitespace.isEmpty
        {
            return "clause '\(id.trimmingWhitespace)'"
        }
        return "clause \(number) of \(parent)"
    }

    private mutating func readClauseID(_ node: YAMLNode) -> String? {
        guard let id = reader.text(node, what: "clause id") else { return nil }
        clauseIDs.append((id, node.position))
        return id
    }

    /// Reports each clause id used again, at the repeat, naming where it was first used.
    private func checkClauseIDsAreUnique() {
        // Stable: among equal ids, the first in the file comes first.
        let order = clauseIDs.indices.sorted {
            clauseIDs[$0].id < clauseIDs[$1].id || clauseIDs[$0].id == clauseIDs[$1].id && $0 < $1
        }
        var first = 0
        for (rank, index) in order.enumerated() {
            if rank > 0, clauseIDs[index].id == clauseIDs[order[rank - 1]].id {
                sink.error(
                    at: clauseIDs[index].position,
                    AgreementMessages.duplicateClauseID(clauseIDs[index].id, first: clauseIDs[order[first]].position))
            } else {
                first = rank
            }
        }
    }

    /// Adds `text` to the clause text read so far; false, reported once, when that passes the
    /// clause-text limit.
    private mutating func countClauseText(_ text: String, at position: TextPosition) -> Bool {
        let before = clauseTextBytes
        clauseTextBytes += text.utf8.count
        guard clauseTextBytes > limits.maximumClauseTextBytes else { return true }
        if before <= limits.maximumClauseTextBytes {
            sink.error(at: position, AgreementMessages.tooMuchClauseText(limit: limits.maximumClauseTextBytes))
        }
        return false
    }

    private func readClauseText(_ node: YAMLNode, what: String) -> String? {
        guard let value = reader.document.scalar(node) else {
            sink.error(
                at: node.position,
                ReadMessages.wrongType("text of \(what)", expected: "text", found: reader.document.kindDescription(of: node)))
            return nil
        }
        let text = value.trimmingWhitespace
        guard !text.isEmpty, !reader.document.isNull(node) else {
            sink.error(at: node.position, AgreementMessages.emptyClauseText(what))
            return nil
        }
        return text
    }

    private func readClauseSource(_ map: MappingView<Keys.ClauseKey>, what: String, sources: [SourceReference])
        -> SourceReference?
    {
        guard let node = map[.source] else {
            if sources.count == 1 { return sources[0] }
            sink.error(at: map.node.position, AgreementMessages.clauseNeedsSource(what, sources: sources.map(\.id)))
            return nil
        }
        guard let id = reader.identifier(node, what: "source id") else { return nil }
        if let source = sources.first(where: { $0.id == id }) { return source }
        let suggestion = Suggestion.closest(to: id, in: sources.map(\.id))
        sink.error(
            at: node.position, AgreementMessages.unknownSource(id, what: what, suggestion: suggestion, sources: sources.map(\.id))
        )
        return nil
    }

    private func readWording(_ map: MappingView<Keys.ClauseKey>, what: String, source: SourceReference?) -> ClauseWording? {
        if let node = map[.wording] {
            return reader.choice(node, of: ClauseWording.self, what: "wording")
        }
        guard let source else { return nil }
        switch source.text {
        case .verbatim: return .verbatim
        case .paraphrased: return .paraphrased
        case .mixed:
            sink.error(at: map.node.position, AgreementMessages.clauseNeedsWording(what, source: source.id))
            return nil
        }
    }

    private func readAnnotations(_ node: YAMLNode, what: String) -> [ClauseAnnotation]? {
        guard let items = reader.sequence(node, what: "annotations of \(what)") else { return nil }
        let annotations = items.enumerated().compactMap { index, item in
            readAnnotation(item, what: "annotation \(index + 1) of \(what)")
        }
        return annotations.count == items.count ? annotations : nil
    }

    private func readAnnotation(_ node: YAMLNode, what: String) -> ClauseAnnotation? {
        guard let map = reader.mapping(node, of: Keys.AnnotationKey.self, what: what) else { return nil }
        let principle = map.required(.principle).flatMap { reader.identifier($0, what: "principle id") }
        let criterion = map[.criterion].flatMap { reader.identifier($0, what: "criterion id") }
        let strength = map[.strength].flatMap { reader.choice($0, of: AssertedStrength.self, what: "strength") }
        let justification = map.required(.justification).flatMap { reader.text($0, what: "'justification'") }
        guard let principle, let justification else { return nil }
        if map.has(.criterion), criterion == nil { return nil }
        if map.has(.strength), strength == nil { return nil }
        return ClauseAnnotation(
            principle: principle, criterion: criterion, strength: strength, justification: justification, position: node.position
        )
    }
}
