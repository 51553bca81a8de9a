/// Evidence that a clause provides (or contradicts) something: terms that must all occur in one
/// sentence part, optionally within a span of words, with a required polarity.
public struct EvidencePattern: Sendable, Hashable {
    /// Which polarity of match counts.
    public enum PolarityRequirement: String, Sendable, CaseIterable, Hashable {
        case affirmed, negated, any

        func accepts(_ polarity: Polarity) -> Bool {
            switch self {
            case .any: true
            case .affirmed: polarity == .affirmed
            case .negated: polarity == .negated
            }
        }
    }

    /// The terms, each an id into the pack's `TermTable`.
    public let terms: [Int]
    /// The widest span, in words, the terms may occupy; nil for anywhere in the part.
    public let within: Int?
    /// Which polarity of match counts.
    public let polarity: PolarityRequirement
}

/// One word of a term: a whole word, or a prefix (`recruit*`), with its id in the pack's lexicon.
public struct WordMatcher: Sendable, Hashable {
    /// The normalised word or prefix.
    public let text: String
    /// True for `word*`.
    public let isPrefix: Bool
    /// The word's id, or the prefix's id, in the lexicon of the table that holds the term.
    let id: Int32
}

/// A term: alternatives, each a word or a phrase of consecutive words.
public struct Term: Sendable, Hashable {
    /// The term as written in the pack, for explanations.
    public let source: String
    /// The alternatives, each a sequence of words.
    public let alternatives: [[WordMatcher]]
}
