import AccordText

/// Evidence that a clause provides (or contradicts) something: terms that must all occur in one
/// sentence part, optionally within a span of words, with a required polarity.
///
/// A plain value, as the pack file writes it: terms are kept as written (`"@fee|charge*"`) with
/// their alternatives. The matching layer (`CompiledPack`) turns them into ids of a lexicon built
/// with a language's grammar.
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

    /// The terms as written (alternatives separated by `|`, `word*` prefixes, `@name`
    /// vocabularies), each with its alternatives read.
    public let terms: [Term]
    /// The widest span, in words, the terms may occupy; nil for anywhere in the part.
    public let within: Int?
    /// Which polarity of match counts.
    public let polarity: PolarityRequirement
}

/// A term of a pattern: what the pack wrote, and its alternatives with vocabulary lists expanded.
public struct Term: Sendable, Hashable {
    /// The term as written, such as `"@fee|charge*"`.
    public let source: String
    /// Each alternative as a sequence of words, as written (not yet normalised).
    public let alternatives: [[TermSyntax.Word]]
}
