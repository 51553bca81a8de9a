import AccordText

/// Evidence that a clause provides (or contradicts) something: terms that must all occur in one
/// sentence part, optionally within a span of words, with a required polarity; or a role the
/// clause gives someone (a frame), with terms that must occur beside it.
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
    ///
    /// With a frame, they must occur in the
    /// frame's clause.
    public let terms: [Term]
    /// A role the clause must give someone: who bears a cost, who is restricted, how a comparison
    /// runs; nil for a pattern of terms alone.
    public let frame: EvidenceFrame?
    /// Terms none of which may occur in the sentence part (`not:`): "the costs of experts'
    /// missions" is not a worker's cost.
    public let excluded: [Term]
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

/// A role a pattern requires a clause to give someone, read by the clause-meaning stage.
public enum EvidenceFrame: Sendable, Hashable {
    /// A cost matching `item`, borne by or spared to a party matching `party` and not `partyNot`
    /// (anyone, anything, when nil).
    case cost(party: Term?, burden: CostFrame.Burden, item: Term?, partyNot: Term? = nil)
    /// An actor matching `actor` restricted in, or left free to do, an action matching `action`.
    case restriction(actor: Term?, action: Term?, stance: RestrictionFrame.Stance)
    /// A comparison running in `direction`.
    case comparison(direction: ComparisonFrame.Direction)
}
