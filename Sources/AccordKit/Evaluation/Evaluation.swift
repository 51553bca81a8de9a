/// Everything evaluated for one agreement against one rule pack, before scoring.
public struct Evaluation: Sendable {
    /// The agreement evaluated.
    public let agreement: Agreement
    /// The pack's id and content version.
    public let packID: String
    public let packVersion: String
    /// Each context the pack's rules use, whether it held, and why.
    public let contexts: [ContextResult]
    /// One result per principle, in the pack's order.
    public let principles: [PrincipleResult]
    /// Annotations that name a principle or criterion the pack does not have.
    public let unknownAnnotations: [ClauseAnnotation]
}

/// Whether a context held for the agreement, and why.
public struct ContextResult: Sendable, Hashable {
    public let condition: ContextCondition
    public let holds: Bool
    /// One sentence a reader can check against the agreement.
    public let reason: String
}

/// A principle's criteria and red flags as evaluated.
public struct PrincipleResult: Sendable {
    public let principle: Principle
    public let criteria: [CriterionResult]
    public let redFlags: [RedFlagResult]
}

/// How well the agreement provides one criterion.
public struct CriterionResult: Sendable {
    public let criterion: Criterion
    /// False when a context it needs did not hold; it is then not scored.
    public let applies: Bool
    /// The strength of the best evidence (`none` without evidence or when it does not apply).
    public let strength: Strength
    /// The evidence, best first.
    public let evidence: [Evidence]
}

/// A red flag as evaluated: raised when any evidence was found.
public struct RedFlagResult: Sendable {
    public let redFlag: RedFlag
    public let applies: Bool
    /// The clause content that raises it.
    public let evidence: [Evidence]

    /// True when the flag applies and some clause raises it.
    public var isRaised: Bool { applies && !evidence.isEmpty }
}

/// A clause span that shows (or contradicts) a rule, with how it was read.
public struct Evidence: Sendable, Hashable {
    /// The clause id.
    public let clause: String
    /// The file line of the span (or of the clause, for an annotation).
    public let line: Int?
    /// The matched words as they appear in the clause, or the annotation's justification.
    public let text: String
    /// The modality of the sentence part the span is in.
    public let modality: Modality
    /// Whether the span is negated.
    public let polarity: Polarity
    /// True when the encoder asserted it in an annotation rather than the engine reading it.
    public let asserted: Bool
    /// The strength it gives the criterion.
    public let strength: Strength
}
