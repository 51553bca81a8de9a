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
    /// Where the text value starts.
    public let textPosition: TextPosition?
    /// The file line of each whitespace-separated word of `text`, so evidence found in the text can
    /// be reported at its own line, whatever the scalar style (plain, quoted, folded or literal).
    public let textWordLines: [Int]

    /// The file line of the word that starts at UTF-8 offset `offset` of `text`.
    public func line(atTextOffset offset: Int) -> Int? {
        guard var text, !textWordLines.isEmpty else { return textPosition?.line }
        // The whitespace word the offset falls in (or ends), else the next one.
        var started = 0
        var lastEnd = 0
        text.withUTF8 { bytes in
            WhitespaceWords.forEach(in: bytes) { word in
                guard word.lowerBound < offset else { return false }
                started += 1
                lastEnd = word.upperBound
                return true
            }
        }
        let wordIndex = started > 0 && lastEnd >= offset ? started - 1 : started
        return textWordLines[min(wordIndex, textWordLines.count - 1)]
    }

    /// This clause and all its sub-clauses, depth first, in document order.
    public var flattened: [Clause] {
        [self] + subclauses.flatMap(\.flattened)
    }
}
