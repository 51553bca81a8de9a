import AccordText

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
    /// The encoder's assertions about the principle as a whole, which give no criterion credit.
    public let annotations: [Evidence]
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
    public var line: Int? { place.line }
    /// The line, found only when read.
    private let place: EvidenceLine
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
    /// What the clause does, in a negotiator's words, when the engine read a role in it: "places
    /// the cost on “the applicant”".
    public let explanation: String?

    init(
        clause: String, line: EvidenceLine, text: String, modality: Modality, polarity: Polarity, asserted: Bool,
        strength: Strength, explanation: String? = nil
    ) {
        self.clause = clause
        self.place = line
        self.text = text
        self.modality = modality
        self.polarity = polarity
        self.asserted = asserted
        self.strength = strength
        self.explanation = explanation
    }

    public static func == (left: Evidence, right: Evidence) -> Bool {
        left.explanation == right.explanation && left.quotesSame(as: right)
    }

    /// True when both quote the same words of the same clause the same way, whether or not the
    /// engine explained them: two patterns that found one span are one piece of evidence.
    func quotesSame(as other: Evidence) -> Bool {
        // Lines last: comparing them may walk a clause's source.
        clause == other.clause && text == other.text && modality == other.modality && polarity == other.polarity
            && asserted == other.asserted && strength == other.strength && place.isSameLine(as: other.place)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(clause)
        hasher.combine(line)
        hasher.combine(text)
        hasher.combine(modality)
        hasher.combine(polarity)
        hasher.combine(asserted)
        hasher.combine(strength)
        hasher.combine(explanation)
    }
}
