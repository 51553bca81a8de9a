/// One clause of an agreement, as the instrument numbers it, with its sub-clauses.
public struct Clause: Sendable, Hashable {
    /// The clause number as the instrument gives it: `4.2`, `Art. 7(1)`, `Preamble`.
    public let id: String
    /// The heading, if the instrument has one.
    public let heading: String?
    /// The wording (verbatim or paraphrased); nil for a clause that only groups sub-clauses.
    public let text: String?
    /// The id of the source the clause comes from.
    public let sourceID: String
    /// Whether `text` is the instrument's wording or a paraphrase.
    public let wording: ClauseWording
    /// Sub-clauses, in order.
    public let subclauses: [Clause]
    /// The encoder's assertions about what the clause addresses.
    public let annotations: [ClauseAnnotation]
    /// Encoder's notes.
    public let notes: String?
    /// Where the clause starts (its first key).
    public let position: TextPosition
    /// Where the text value starts; evidence spans are located from here.
    public let textPosition: TextPosition?

    /// This clause and all its sub-clauses, depth first, in document order.
    public var flattened: [Clause] {
        [self] + subclauses.flatMap(\.flattened)
    }
}
