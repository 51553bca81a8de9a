/// A clause text read once: normalised words with their places in the original, sentence parts,
/// each part's modality and where negation cues are.
///
/// Every criterion and red flag is matched against this, so each clause is tokenised once however
/// many rules a pack has.
public struct AnalyzedText: Sendable {
    /// One word: its normalised form and where it is in the original text.
    public struct Token: Sendable, Hashable {
        /// Lower-cased, spelling-folded form.
        public let word: String
        /// Offset of the first Unicode scalar in the original text.
        public let start: Int
        /// Offset just past the last Unicode scalar.
        public let end: Int
    }

    /// A sentence, or a piece of one between semicolons or enumeration markers.
    public struct Part: Sendable, Hashable {
        /// The part's tokens, as a range of `AnalyzedText.tokens`.
        public let tokenRange: Range<Int>
        /// How strongly the part commits the parties.
        public let modality: Modality
        /// Token indices (into `tokens`) of negation cues in the part.
        public let negations: [Int]
    }

    /// The original text.
    public let text: String
    /// Every word, in order.
    public let tokens: [Token]
    /// The sentence parts, in order.
    public let parts: [Part]

    /// The original text between two scalar offsets.
    public func excerpt(from start: Int, to end: Int) -> String {
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: start)
        let upper = scalars.index(lower, offsetBy: end - start)
        return String(scalars[lower..<upper])
    }
}
