/// Words that deny what follows (*no* fees, shall *not*, *without* charge, *prohibited*).
///
/// With them, the words that cancel or end a denial; all are entered in `Lexicon.grammar` with
/// their roles.
enum NegationCues {
    /// Whole-word cues ("in no case", "under no circumstances" are caught by "no").
    static let words = [
        "no", "not", "never", "neither", "nor", "without", "none", "cannot", "nothing", "ban", "bans", "banned",
    ]

    /// Cues that are word starts: *prohibited*, *forbidding*.
    static let prefixes = ["prohibit", "forbid"]

    /// Word starts that turn a negation into an affirmation of what follows: "Nothing in this Agreement
    /// shall be construed as *limiting* the freedom of health personnel to return".
    static let cancellers = [
        "limit", "restrict", "prejudic", "affect", "impair", "derogat", "diminish", "prevent", "imped", "hinder",
        "curtail", "undermin", "constrain",
    ]

    /// Words that end a negation's scope before the match ("no fees, but costs shall be borne by").
    static let scopeBreaks = ["but", "however", "unless", "except", "whereas", "while", "although"]
}
