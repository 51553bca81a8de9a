import AccordText

/// Every distinct term of a pack, its words entered in a lexicon built from a grammar and its
/// alternatives in a phrase trie, so that finding every term in a clause is one walk from each
/// token however many terms and alternatives the pack has.
public struct TermTable: Sendable {
    /// A term as entered: what the pack wrote, and its alternatives as normalised words.
    public struct Entry: Sendable, Hashable {
        /// The term as written in the pack, for explanations.
        public let source: String
        /// The alternatives, each a sequence of normalised words (`*` kept for prefixes).
        public let alternatives: [[String]]
    }

    /// The grammar terms are normalised with.
    public let grammar: Grammar
    /// The terms, by id.
    public private(set) var terms: [Entry] = []
    /// The grammar's words and every term word; clause text is analysed with it before matching.
    public private(set) var lexicon: Lexicon
    private var trie = PhraseTrie()
    /// The terms with a party placeholder among their alternatives, by placeholder.
    public private(set) var placeholderTerms: [PartyPlaceholder: [Int]] = [:]
    /// The term naming each country (ISO alpha-3 code) in the grammar's language.
    public private(set) var countryTerms: [String: Int] = [:]
    private var idsBySource: [String: Int] = [:]
    /// Each word as written and its normalised form: vocabulary lists repeat words across terms.
    private var normalized: [String: [String]] = [:]

    /// An empty table over `grammar`'s lexicon.
    public init(grammar: Grammar) {
        self.grammar = grammar
        lexicon = grammar.lexicon
    }

    /// The id of `source`, adding it if new, or why it cannot be read.
    public mutating func add(_ source: String, vocabulary: [String: [String]]) -> Result<Int, TermSyntax.TermError> {
        if let id = idsBySource[source] { return .success(id) }
        return TermSyntax.alternatives(of: source, vocabulary: vocabulary).map { add(Term(source: source, alternatives: $0)) }
    }

    /// The id of `term` (a pack's, already read), adding it if new.
    public mutating func add(_ term: Term) -> Int {
        if let id = idsBySource[term.source] { return id }
        let source = term.source
        let alternatives = term.alternatives
        let id = terms.count
        var entered: [[String]] = []
        for words in alternatives {
            if words.count == 1, let placeholder = PartyPlaceholder(rawValue: words[0].text) {
                placeholderTerms[placeholder, default: []].append(id)
                entered.append([placeholder.rawValue])
                continue
            }
            var steps: [PhraseTrie.Step] = []
            var texts: [String] = []
            for word in words {
                // One word of a term may be read as several ("l'employeur", "del").
                let read = normalized[word.text] ?? grammar.readingWords(of: word.text)
                normalized[word.text] = read
                for (index, text) in read.enumerated() {
                    let isPrefix = word.isPrefix && index == read.count - 1
                    let id = isPrefix ? lexicon.addPrefix(text) : lexicon.addWord(text)
                    steps.append(PhraseTrie.Step(id: id, isPrefix: isPrefix))
                    texts.append(isPrefix ? text + "*" : text)
                }
            }
            trie.insert(steps, completing: Int32(id))
            entered.append(texts)
        }
        terms.append(Entry(source: source, alternatives: entered))
        idsBySource[source] = id
        return id
    }

    /// Enters the grammar's names of every country as one term per country, for `$origin` and
    /// `$destination` to match the agreement's parties by name.
    public mutating func addCountries() {
        for code in grammar.data.countries.keys.sorted() {
            let names = grammar.data.countries[code] ?? []
            let alternatives = names.compactMap(TermSyntax.words(of:))
            guard !alternatives.isEmpty else { continue }
            countryTerms[code] = add(Term(source: "country:" + code, alternatives: alternatives))
        }
    }

    /// An analyser for text to be matched against this table.
    public var analyzer: TextAnalyzer { TextAnalyzer(grammar: grammar, lexicon: lexicon) }

    /// Where each term occurs in `text` (analysed with this table's lexicon); each occurrence of a
    /// term in `aliases` also counts as one of the terms it lists (a party's name as `$origin`).
    public func occurrences(in text: AnalyzedText, aliases: TermAliases = .none) -> TermOccurrences {
        precondition(text.lexiconSize == lexicon.size, "text analysed with a different lexicon than the term table's")
        return trie.occurrences(in: text, aliases: aliases.targets)
    }

    /// The aliases that make the names of `origins` and `destinations` (ISO alpha-3 codes) count as
    /// the pack's `$origin` and `$destination` terms.
    public func partyAliases(origins: [String], destinations: [String]) -> TermAliases {
        var targets: [Int32: [Int32]] = [:]
        for (codes, placeholder) in [(origins, PartyPlaceholder.origin), (destinations, .destination)] {
            let terms = (placeholderTerms[placeholder] ?? []).map(Int32.init)
            guard !terms.isEmpty else { continue }
            for code in codes {
                if let country = countryTerms[code] { targets[Int32(country), default: []] += terms }
            }
        }
        return TermAliases(targets: targets.keys.sorted().map { TermAlias(term: $0, targets: targets[$0] ?? []) })
    }
}

/// Terms whose occurrences also count as other terms, for one agreement.
public struct TermAliases: Sendable, Hashable {
    let targets: [TermAlias]

    /// No aliases.
    public static let none = TermAliases(targets: [])
}
