/// What a word does in treaty grammar: marks modality, negates, ends a negation's scope, abbreviates.
///
/// Roles are looked up with the word itself (one trie walk), so classifying a sentence part reads
/// bits instead of comparing strings.
struct GrammarRoles: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    /// *shall*, *must*, *undertakes*.
    static let binding = GrammarRoles(rawValue: 1 << 0)
    /// *should*, *endeavour*, *encouraged*.
    static let hortatory = GrammarRoles(rawValue: 1 << 1)
    /// *may*, *can*, *permitted*.
    static let permissive = GrammarRoles(rawValue: 1 << 2)
    /// The first word of a marker phrase (*agree to*, *where appropriate*) or a recital opening.
    static let phraseStart = GrammarRoles(rawValue: 1 << 3)
    /// *no*, *not*, *without*, *prohibit…*.
    static let negationCue = GrammarRoles(rawValue: 1 << 4)
    /// *limit…*, *restrict…*: a negation before it affirms what follows.
    static let negationCanceller = GrammarRoles(rawValue: 1 << 5)
    /// *but*, *unless*: a negation's scope ends here.
    static let negationScopeBreak = GrammarRoles(rawValue: 1 << 6)
    /// *art*, *para*, *e.g*: a full stop after it does not end a sentence.
    static let abbreviation = GrammarRoles(rawValue: 1 << 7)
    /// A British spelling that `WordNormalizer.irregular` maps as a whole word.
    static let irregularSpelling = GrammarRoles(rawValue: 1 << 8)
    /// A word ending like a British *-ise* form that American English spells the same.
    static let keepsSpelling = GrammarRoles(rawValue: 1 << 9)
}

extension Lexicon {
    /// The grammar every lexicon starts with.
    ///
    /// Modality markers, negation cues, abbreviations and the spellings the normaliser needs to
    /// recognise, entered in a fixed order so that ids are stable.
    public static let grammar: Lexicon = {
        var lexicon = Lexicon()
        for (words, roles) in [
            (ModalityClassifier.bindingWords, GrammarRoles.binding), (ModalityClassifier.hortatoryWords, .hortatory),
            (ModalityClassifier.permissiveWords, .permissive), (NegationCues.words, .negationCue),
            (NegationCues.scopeBreaks, .negationScopeBreak), (TextAnalyzer.abbreviations, .abbreviation),
            (WordNormalizer.irregular.keys.sorted(), .irregularSpelling), (WordNormalizer.suffixExceptions, .keepsSpelling),
        ] {
            for word in words { lexicon.addWord(word, roles: roles) }
        }
        for phrase in ModalityClassifier.allPhrases {
            lexicon.addWord(phrase[0], roles: .phraseStart)
            for word in phrase.dropFirst() { lexicon.addWord(word) }
        }
        for word in ModalityClassifier.mayHortatoryVerbs { lexicon.addWord(word) }
        for prefix in NegationCues.prefixes { lexicon.addPrefix(prefix, roles: .negationCue) }
        for prefix in NegationCues.cancellers { lexicon.addPrefix(prefix, roles: .negationCanceller) }
        return lexicon
    }()
}
