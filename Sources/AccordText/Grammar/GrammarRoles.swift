/// What a word does in treaty grammar: marks modality, negates, ends a negation's scope, abbreviates.
///
/// Roles are looked up with the word itself (one trie walk), so classifying a sentence part reads
/// bits instead of comparing strings.
package struct GrammarRoles: OptionSet, Sendable, Hashable {
    package let rawValue: UInt32

    package init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// *shall*, *must*, *undertakes*.
    package static let binding = GrammarRoles(rawValue: 1 << 0)
    /// *should*, *endeavour*, *encouraged*.
    package static let hortatory = GrammarRoles(rawValue: 1 << 1)
    /// *may*, *can*, *permitted*.
    package static let permissive = GrammarRoles(rawValue: 1 << 2)
    /// The first word of a marker phrase (*agree to*, *where appropriate*) or a recital opening.
    package static let phraseStart = GrammarRoles(rawValue: 1 << 3)
    /// *no*, *not*, *without*, *prohibit…*.
    package static let negationCue = GrammarRoles(rawValue: 1 << 4)
    /// *limit…*, *restrict…*: a negation before it affirms what follows.
    package static let negationCanceller = GrammarRoles(rawValue: 1 << 5)
    /// *but*, *unless*: a negation's scope ends here.
    package static let negationScopeBreak = GrammarRoles(rawValue: 1 << 6)
    /// *art*, *para*, *e.g*: a full stop after it does not end a sentence.
    package static let abbreviation = GrammarRoles(rawValue: 1 << 7)
    /// A spelling the grammar folds as a whole word (`labour`).
    package static let irregularSpelling = GrammarRoles(rawValue: 1 << 8)
    /// A word that ends like a folded suffix but keeps its spelling (`otherwise`).
    package static let keepsSpelling = GrammarRoles(rawValue: 1 << 9)

    /// *he, she, their, own*: stands for a person named before.
    package static let personPronoun = GrammarRoles(rawValue: 1 << 10)
    /// *it, its*: stands for a body named before.
    package static let thingPronoun = GrammarRoles(rawValue: 1 << 11)

    // Marks the splitter sets on a token from the characters around it, not from the lexicon.

    /// The token follows a comma: a clause boundary the analyser reads.
    package static let afterComma = GrammarRoles(rawValue: 1 << 20)
    /// The token ended in a possessive ending that was dropped (*worker's*).
    package static let possessive = GrammarRoles(rawValue: 1 << 21)
    /// The token follows an opening quotation mark (a defined term: *"health worker" means*).
    package static let quoted = GrammarRoles(rawValue: 1 << 22)
}
