/// A clause within a sentence part: the words one modal verb governs.
///
/// *The employer shall pay the airfare and should endeavour to provide housing* holds two
/// obligations of different strength; each keeps its own. A part splits where a conjunction or a
/// comma is followed by a new modal verb and the words before already had one.
public struct Segment: Sendable, Hashable {
    /// The segment's tokens, as a range of `AnalyzedText.tokens`.
    public let tokenRange: Range<Int>
    /// How strongly this clause commits.
    public let modality: Modality
    /// Whether it commits anyone at all.
    public let commitment: Commitment
    /// The part it belongs to, as an index of `AnalyzedText.parts`.
    public let part: Int
    /// True when the sentence part puts what it says under a sanction (*… commits an offence*,
    /// *it is prohibited to*, *in breach of this section*): its statements are denials.
    public let sanctioned: Bool
}
