import AccordText

/// The grammar format's version and keys (see `docs/grammar-format.md`).
public enum GrammarFormat {
    /// The highest format version this accord reads.
    public static let currentVersion = 1

    public enum FileKey: String, FormatKey { case version, grammar, tokens, spelling, modality, recitals, negation, cues }
    public enum CountriesFileKey: String, FormatKey { case version, countries }
    public enum GrammarKey: String, FormatKey { case language, name }
    public enum TokensKey: String, FormatKey { case abbreviations, possessives, elisions, contractions }
    public enum SpellingKey: String, FormatKey { case words, suffixes, keep }
    public enum ModalityKey: String, FormatKey {
        case binding, hortatory, permissive, prohibitions
        case permissiveAuxiliary = "permissive-auxiliary"
        case permissiveToHortatory = "permissive-to-hortatory"
        case conditionalOpenings = "conditional-openings"
    }
    public enum NegationKey: String, FormatKey {
        case cues
        case cuePrefixes = "cue-prefixes"
        case cancellers
        case scopeBreaks = "scope-breaks"
        case restrictives
    }
}

/// Loads a grammar file (`grammars/<language>.yaml`) into a `Grammar`, with the same located
/// errors as agreements and rule packs.
public struct GrammarLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// Loads the grammar in `file`, with the country names in `countries` when given.
    ///
    /// - Throws: `InvalidInputError` with every problem found in either file.
    public func load(_ file: SourceFile, countries: SourceFile? = nil) throws(InvalidInputError) -> Grammar {
        let sink = DiagnosticSink(file: file)
        var data = YAMLReader.read(file, limits: .default, into: sink).flatMap { document in
            Self.read(document.root, NodeReader(sink: sink, document: document))
        }
        var diagnostics = sink.diagnostics
        if let countries {
            let countrySink = DiagnosticSink(file: countries)
            let names = YAMLReader.read(countries, limits: .default, into: countrySink).flatMap { document in
                Self.readCountries(document.root, NodeReader(sink: countrySink, document: document))
            }
            data?.countries = names ?? [:]
            diagnostics += countrySink.diagnostics
        }
        guard let data, !diagnostics.containsErrors else {
            throw InvalidInputError(file: file.path, diagnostics: diagnostics)
        }
        return Grammar(data)
    }

    /// The names of each country: `countries: {KEN: [Kenya, Kenyan*]}`.
    private static func readCountries(_ root: YAMLNode, _ reader: NodeReader) -> [String: [String]]? {
        guard let top = reader.mapping(root, of: GrammarFormat.CountriesFileKey.self, what: "the countries file"),
            let node = top.required(.countries)
        else { return nil }
        guard let pairs = reader.document.pairs(of: node) else {
            reader.sink.error(
                at: node.position, ReadMessages.notMapping("'countries'", found: reader.document.kindDescription(of: node)))
            return nil
        }
        var names: [String: [String]] = [:]
        for pair in pairs {
            guard CountryCode(pair.key) != nil else {
                reader.sink.error(at: pair.keyPosition, "'\(pair.key)' is not an ISO 3166-1 alpha-3 code")
                continue
            }
            names[pair.key] = reader.sequence(pair.value, what: "the names of \(pair.key)")?.compactMap {
                reader.text($0, what: "a country name")
            }
        }
        return names
    }

    private typealias Keys = GrammarFormat

    private static func read(_ root: YAMLNode, _ reader: NodeReader) -> GrammarData? {
        guard let top = reader.mapping(root, of: Keys.FileKey.self, what: "the grammar file") else { return nil }
        guard let versionNode = top.required(.version), let version = reader.integer(versionNode, what: "'version'") else {
            return nil
        }
        guard version == Keys.currentVersion else {
            reader.sink.error(
                at: versionNode.position,
                "grammar format version \(version) is not supported; this accord reads version \(Keys.currentVersion)")
            return nil
        }
        guard let header = top.required(.grammar).flatMap({ reader.mapping($0, of: Keys.GrammarKey.self, what: "'grammar'") }),
            let language = header.required(.language).flatMap({ reader.text($0, what: "'language'") }),
            let name = header.required(.name).flatMap({ reader.text($0, what: "'name'") })
        else { return nil }
        var data = GrammarData(language: language, name: name)
        if let tokens = top[.tokens].flatMap({ reader.mapping($0, of: Keys.TokensKey.self, what: "'tokens'") }) {
            data.abbreviations = words(tokens[.abbreviations], reader, what: "'abbreviations'")
            data.possessives = words(tokens[.possessives], reader, what: "'possessives'")
            data.elisions = pairs(tokens[.elisions], reader, what: "'elisions'")
            data.contractions = pairs(tokens[.contractions], reader, what: "'contractions'")
        }
        if let spelling = top[.spelling].flatMap({ reader.mapping($0, of: Keys.SpellingKey.self, what: "'spelling'") }) {
            data.spelling.words = pairs(spelling[.words], reader, what: "'words'")
            data.spelling.suffixes = suffixes(spelling[.suffixes], reader)
            data.spelling.keep = words(spelling[.keep], reader, what: "'keep'")
        }
        if let modality = top[.modality].flatMap({ reader.mapping($0, of: Keys.ModalityKey.self, what: "'modality'") }) {
            data.modality.binding = words(modality[.binding], reader, what: "'binding'")
            data.modality.hortatory = words(modality[.hortatory], reader, what: "'hortatory'")
            data.modality.permissive = words(modality[.permissive], reader, what: "'permissive'")
            data.modality.prohibitions = words(modality[.prohibitions], reader, what: "'prohibitions'")
            if let auxiliary = modality[.permissiveAuxiliary].flatMap({ reader.text($0, what: "'permissive-auxiliary'") }) {
                data.modality.permissiveAuxiliary = auxiliary
            }
            data.modality.permissiveToHortatory = words(
                modality[.permissiveToHortatory], reader, what: "'permissive-to-hortatory'")
            data.modality.conditionalOpenings = words(
                modality[.conditionalOpenings], reader, what: "'conditional-openings'")
        }
        data.recitals = words(top[.recitals], reader, what: "'recitals'")
        if let negation = top[.negation].flatMap({ reader.mapping($0, of: Keys.NegationKey.self, what: "'negation'") }) {
            data.negation.cues = words(negation[.cues], reader, what: "'cues'")
            data.negation.cuePrefixes = words(negation[.cuePrefixes], reader, what: "'cue-prefixes'")
            data.negation.cancellers = words(negation[.cancellers], reader, what: "'cancellers'")
            data.negation.scopeBreaks = words(negation[.scopeBreaks], reader, what: "'scope-breaks'")
            data.negation.restrictives = words(negation[.restrictives], reader, what: "'restrictives'")
        }
        if let node = top[.cues] { data.cues = cues(node, reader) }
        return data
    }

    /// The cue lists, by kind: every key must name a `CueKind`.
    private static func cues(_ node: YAMLNode, _ reader: NodeReader) -> [CueKind: [String]] {
        guard let pairs = reader.document.pairs(of: node) else {
            reader.sink.error(
                at: node.position, ReadMessages.notMapping("'cues'", found: reader.document.kindDescription(of: node)))
            return [:]
        }
        var cues: [CueKind: [String]] = [:]
        for pair in pairs {
            guard let kind = CueKind(rawValue: pair.key) else {
                let names = CueKind.allCases.map(\.rawValue)
                reader.sink.error(
                    at: pair.keyPosition,
                    ReadMessages.unknownKey(
                        pair.key, in: "'cues'", suggestion: Suggestion.closest(to: pair.key, in: names), allowed: names))
                continue
            }
            cues[kind] = words(pair.value, reader, what: "'\(pair.key)'")
        }
        return cues
    }

    /// A list of entries, each lower case with single spaces between words.
    private static func words(_ node: YAMLNode?, _ reader: NodeReader, what: String) -> [String] {
        guard let node, let items = reader.sequence(node, what: what) else { return [] }
        return items.compactMap { item in
            guard let entry = reader.text(item, what: "an entry of \(what)") else { return nil }
            guard entry == entry.lowercased(), !entry.contains("  "), entry == entry.trimmingWhitespace else {
                reader.sink.error(
                    at: item.position, "grammar entry '\(entry)' must be lower case, with single spaces between words")
                return nil
            }
            return entry
        }
    }

    /// A mapping of lower-case words to words.
    private static func pairs(_ node: YAMLNode?, _ reader: NodeReader, what: String) -> [String: String] {
        guard let node else { return [:] }
        guard let pairs = reader.document.pairs(of: node) else {
            reader.sink.error(
                at: node.position, ReadMessages.notMapping(what, found: reader.document.kindDescription(of: node)))
            return [:]
        }
        var result: [String: String] = [:]
        for pair in pairs {
            if let value = reader.text(pair.value, what: "the folded form of '\(pair.key)'") { result[pair.key] = value }
        }
        return result
    }

    /// Suffix pairs, `[from, to]`.
    private static func suffixes(_ node: YAMLNode?, _ reader: NodeReader) -> [GrammarData.Suffix] {
        guard let node, let items = reader.sequence(node, what: "'suffixes'") else { return [] }
        return items.compactMap { item in
            let pair = reader.sequence(item, what: "a suffix pair")?.compactMap { reader.text($0, what: "a suffix") }
            guard let pair, pair.count == 2 else {
                reader.sink.error(at: item.position, "a suffix is written as a pair: [british, folded]")
                return nil
            }
            return GrammarData.Suffix(from: pair[0], to: pair[1])
        }
    }
}
