/// A language's grammar, built from its `GrammarData`: the lexicon of its marker words with their
/// roles, its marker phrases as word ids, and its spelling folder.
///
/// A value, one per language: nothing about a language is global, so two grammars can be used side
/// by side and a test can build its own. Rule packs extend `lexicon` with their terms; grammar
/// words are entered first, so they keep the same ids in every lexicon built from it. An immutable
/// class, because every analysed text's reader refers to it and a struct of a dozen arrays cost a
/// retain per array per copy.
public final class Grammar: Sendable {
    /// The lists the grammar was built from.
    public let data: GrammarData
    /// Marker words with their roles; the start of every lexicon used with this grammar.
    public let lexicon: Lexicon
    /// Folds spelling variants (`labour` → `labor`).
    let spelling: SpellingFolder
    /// Multi-word markers as word ids.
    let phrases: MarkerPhrases
    /// Every cue phrase, by kind, in a phrase trie over the lexicon.
    let cues: PhraseTrie

    /// The ISO 639-1 code of the language.
    public var language: String { data.language }

    /// Builds the grammar of `data`.
    ///
    /// Every entry is first put in its reading form (`GrammarData.readingForm`): folded and split
    /// as the tokeniser splits text, so *s'engagent à* is the phrase *se engagent a*.
    public init(_ data: GrammarData) {
        let data = data.readingForm()
        self.data = data
        var lexicon = Lexicon()
        let modality = data.modality
        let singles: [([String], GrammarRoles)] = [
            (modality.binding.filter(Self.isWord), .binding), (modality.hortatory.filter(Self.isWord), .hortatory),
            (modality.permissive.filter(Self.isWord), .permissive), (data.negation.cues, .negationCue),
            (data.negation.scopeBreaks, .negationScopeBreak), (data.abbreviations, .abbreviation),
            (data.spelling.words.keys.sorted() + data.contractions.keys.sorted(), .irregularSpelling),
            (data.spelling.keep, .keepsSpelling),
        ]
        for (words, roles) in singles {
            for word in words { lexicon.addWord(word, roles: roles) }
        }
        // Recital openings are entered even when one word long: a part is a recital by its opening.
        let phraseLists = [
            (modality.binding, 2), (modality.hortatory, 2), (modality.permissive, 2), (data.recitals, 1),
            (modality.prohibitions, 2),
        ]
        for (list, shortest) in phraseLists {
            for phrase in list.map(Self.words) where phrase.count >= shortest {
                lexicon.addWord(phrase[0], roles: .phraseStart)
                for word in phrase.dropFirst() { lexicon.addWord(word) }
            }
        }
        for pair in data.negation.restrictives.map(Self.words) where pair.count == 2 {
            for word in pair { lexicon.addWord(word) }
        }
        lexicon.addWord(modality.permissiveAuxiliary)
        for word in modality.permissiveToHortatory { lexicon.addWord(word) }
        for word in modality.conditionalOpenings { lexicon.addWord(word) }
        for prefix in data.negation.cuePrefixes { lexicon.addPrefix(prefix, roles: .negationCue) }
        for prefix in data.negation.cancellers { lexicon.addPrefix(prefix, roles: .negationCanceller) }
        for word in (data.cues[.personPronoun] ?? []) where Self.isWord(word) {
            lexicon.addWord(word, roles: .personPronoun)
        }
        for word in (data.cues[.thingPronoun] ?? []) where Self.isWord(word) { lexicon.addWord(word, roles: .thingPronoun) }
        var cues = PhraseTrie()
        for (index, kind) in CueKind.allCases.enumerated() {
            for phrase in data.cues[kind] ?? [] {
                let steps = Self.words(phrase).map { word -> PhraseTrie.Step in
                    word.hasSuffix("*")
                        ? PhraseTrie.Step(id: lexicon.addPrefix(String(word.dropLast())), isPrefix: true)
                        : PhraseTrie.Step(id: lexicon.addWord(word), isPrefix: false)
                }
                if !steps.isEmpty { cues.insert(steps, completing: Int32(index)) }
            }
        }
        cues.reserveTerms(CueKind.allCases.count)
        self.cues = cues
        self.lexicon = lexicon
        spelling = SpellingFolder(data.spelling, elisions: data.elisions, contractions: data.contractions)
        func ids(_ list: [String], multiWordOnly: Bool = true) -> [[Lexicon.WordID]] {
            list.map(Self.words).filter { !multiWordOnly || $0.count > 1 }.map { $0.map(lexicon.id(of:)) }
        }
        phrases = MarkerPhrases(
            binding: ids(modality.binding), hortatory: ids(modality.hortatory), permissive: ids(modality.permissive),
            prohibition: ids(modality.prohibitions), recital: ids(data.recitals, multiWordOnly: false),
            permissiveAuxiliary: lexicon.id(of: modality.permissiveAuxiliary),
            permissiveToHortatory: Set(modality.permissiveToHortatory.map(lexicon.id(of:))),
            conditionalOpenings: Set(modality.conditionalOpenings.map(lexicon.id(of:))),
            restrictives: data.negation.restrictives.map(Self.words).filter { $0.count == 2 }.map {
                (cue: lexicon.id(of: $0[0]), completion: lexicon.id(of: $0[1]))
            })
    }

    /// The form `word` is matched in: lower case, accents and spelling folded, no possessive ending.
    public func normalize(_ word: String) -> String {
        var bytes = Array(AccentFolding.readingForm(withoutPossessive(word)).utf8)
        var found = Lexicon.Lookup()
        var ignored: [Int32] = []
        bytes.withUnsafeBufferPointer { lexicon.walk($0, into: &found, prefixes: &ignored) }
        spelling.fold(&bytes, roles: found.roles)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The words `word` is read as, each normalised: one, unless it holds an elision
    /// (*l'employeur* is *le employeur*) or is a contraction (*del* is *de el*).
    public func readingWords(of word: String) -> [String] {
        // Most words of most packs: nothing to split or expand.
        if data.contractions.isEmpty, data.elisions.isEmpty || !word.utf8.contains(where: { $0 == 0x27 || $0 >= 0x80 }) {
            return [normalize(word)]
        }
        return data.readingWords(of: AccentFolding.readingForm(word)).map(normalize)
    }

    /// `word` without a possessive ending (`organisation's` → `organisation`).
    func withoutPossessive(_ word: String) -> String {
        guard word.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 >= 0x80 }) else { return word }
        let lowered = word.lowercased()
        for ending in data.possessives where lowered.hasSuffix(ending) && lowered.utf8.count > ending.utf8.count {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    private static func isWord(_ entry: String) -> Bool { !entry.contains(" ") && !entry.contains("-") }

    /// The words of a marker phrase as the tokeniser splits text: at spaces and hyphens
    /// (*cost-sharing* is two words, as in the clauses it must match).
    static func words(_ phrase: String) -> [String] {
        phrase.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
    }
}

/// A grammar's multi-word markers as lexicon word ids, for classifying a part from its tokens.
struct MarkerPhrases: Sendable {
    let binding: [[Lexicon.WordID]]
    let hortatory: [[Lexicon.WordID]]
    let permissive: [[Lexicon.WordID]]
    /// Phrases that forbid with a permissive word (*may not*).
    let prohibition: [[Lexicon.WordID]]
    /// Recital openings, single words included.
    let recital: [[Lexicon.WordID]]
    let permissiveAuxiliary: Lexicon.WordID
    let permissiveToHortatory: Set<Lexicon.WordID>
    /// Marker words that open a condition when they open a clause (*Should the nurse resign*).
    let conditionalOpenings: Set<Lexicon.WordID>
    /// Negation cues that restrict when their completion follows (*ne … que*).
    let restrictives: [(cue: Lexicon.WordID, completion: Lexicon.WordID)]
}
