/// An encoder's assertion that a clause addresses a principle of a rule pack, with a justification.
///
/// The engine reports evidence from annotations as asserted, never as inferred from the text, so a
/// reader can tell the encoder's judgement from the engine's reading.
public struct ClauseAnnotation: Sendable, Hashable {
    /// The principle id, such as `circular-migration`.
    public let principle: String
    /// A criterion id within the principle, when the assertion is that specific.
    public let criterion: String?
    /// The encoder's judgement of how strongly the clause commits the parties, if given.
    public let strength: AssertedStrength?
    /// Why the clause addresses the principle.
    public let justification: String
    /// Where the annotation is, so a pack that lacks the principle can point at it.
    public let position: TextPosition
}
