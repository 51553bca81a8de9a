/// A language's grammar as plain lists, as `grammars/<language>.yaml` writes it: the words and
/// phrases that mark modality, negation, recitals and the rest, and the tokeniser's rules.
///
/// Plain data, so a grammar is read from a file like a rule pack and nothing about a language is
/// compiled into the engine; `Grammar` builds what the analyser runs from it. Entries are written
/// in lower case and in the folded spelling (`endeavor`, `recognizing`); a phrase is words
/// separated by spaces.
public struct GrammarData: Sendable, Hashable {
    /// ISO 639-1 code, such as `en`.
    public var language: String
    /// The language's name in English.
    public var name: String
    /// Words after which a full stop does not end a sentence (`art`, `e.g`).
    public var abbreviations: [String] = []
    /// Endings that make a possessive of a word (`'s`): dropped, so *worker's* is *worker*.
    public var possessives: [String] = []
    /// Elided words and their full forms (`l` → `le`): *l'employeur* is read as *le employeur*, so
    /// a term or cue never depends on which article was elided.
    public var elisions: [String: String] = [:]
    /// Contractions and the words they stand for (`del` → `de el`), read as those words.
    public var contractions: [String: String] = [:]
    /// Spelling variants folded to one form before matching.
    public var spelling = Spelling()
    /// Markers of how strongly a sentence part commits.
    public var modality = ModalityMarkers()
    /// Openings of recitals: a part that starts with one commits no one (*recognizing*).
    public var recitals: [String] = []
    /// Words that deny, and what limits their reach.
    public var negation = NegationMarkers()
    /// How the language names each country (ISO 3166-1 alpha-3 code → names, short names and
    /// demonyms; `Kenyan*` matches any word starting so), for recognising an agreement's parties.
    public var countries: [String: [String]] = [:]
    /// The phrases of each kind of cue the clause-meaning stage reads (`CueKind`): cost verbs,
    /// restrictions, comparisons, sentences that commit no one.
    ///
    /// `*` ends a word prefix.
    public var cues: [CueKind: [String]] = [:]

    public init(language: String, name: String) {
        self.language = language
        self.name = name
    }

    /// Whole-word and suffix spelling variants.
    public struct Spelling: Sendable, Hashable {
        /// Whole words and their folded form (`labour` → `labor`).
        public var words: [String: String] = [:]
        /// Word endings and their folded form (`isation` → `ization`), tried in order.
        public var suffixes: [Suffix] = []
        /// Words that end like a suffix but keep their spelling (`otherwise`).
        public var keep: [String] = []

        public init() {}
    }

    /// A spelling suffix and its folded form.
    public struct Suffix: Sendable, Hashable {
        public var from: String
        public var to: String

        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    /// Modality markers, each a word or a phrase.
    public struct ModalityMarkers: Sendable, Hashable {
        /// *shall*, *must*, *undertake to*.
        public var binding: [String] = []
        /// *should*, *endeavor*, *as far as possible*; they outweigh a binding marker.
        public var hortatory: [String] = []
        /// *may*, *can*, *is free to*.
        public var permissive: [String] = []
        /// Phrases that forbid with a permissive word (*may not*): they bind.
        public var prohibitions: [String] = []
        /// Verbs that turn a permissive *may* into an exhortation (*may consider*).
        public var permissiveToHortatory: [String] = []
        /// The permissive word those verbs follow (`may`).
        public var permissiveAuxiliary = "may"
        /// Marker words that, opening a clause, state a condition instead (*Should the nurse
        /// resign, …*): no modality of their own there.
        public var conditionalOpenings: [String] = []

        public init() {}
    }

    /// Negation cues and the words that end or cancel them.
    public struct NegationMarkers: Sendable, Hashable {
        /// Whole words that deny (*no*, *not*, *without*).
        public var cues: [String] = []
        /// Word starts that deny (*prohibit*, *forbid*).
        public var cuePrefixes: [String] = []
        /// Word starts after which a denial affirms what follows (*Nothing … shall limit*).
        public var cancellers: [String] = []
        /// Words that end a denial's reach (*but*, *unless*).
        public var scopeBreaks: [String] = []
        /// Pairs *cue completion* that restrict rather than deny (*ne … que*, "only"; *no … sino*):
        /// the cue denies nothing when its completion follows it in the sentence part before any
        /// other negation cue (*ne … pas … que* still denies).
        public var restrictives: [String] = []

        public init() {}
    }
}
