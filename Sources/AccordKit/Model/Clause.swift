import AccordText

/// One clause of an agreement, as the instrument numbers it, with its sub-clauses.
public struct Clause: Sendable, Hashable {
    /// The clause number as the instrument gives it: `4.2`, `Art. 7(1)`, `Preamble`.
    public let id: String
    /// The heading, if the instrument has one.
    public let heading: String?
    /// The wording (verbatim or paraphrased); nil for a clause that only groups sub-clauses.
    public let text: String?
    /// The id of the source the clause comes from; nil in a draft that lists no sources.
    public let sourceID: String?
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
    /// Where the words of `text` are in the file, found when first asked for.
    let wordLines: TextWordLines?

    /// The file line of each whitespace-separated word of `text`, so evidence found in the text can
    /// be reported at its own line, whatever the scalar style (plain, quoted, folded or literal).
    public var textWordLines: [Int] { wordLines?.lines ?? [] }

    /// The file line of the word that starts at UTF-8 offset `offset` of `text`.
    public func line(atTextOffset offset: Int) -> Int? {
        let textWords = text.map(WhitespaceWords.ranges(in:)) ?? []
        // The whitespace word the offset falls in (or ends), else the next one.
        var started = 0  // how many words start before `offset`
        var end = textWords.count
        while started < end {
            let middle = (started + end) / 2
            if textWords[middle].lowerBound < offset { started = middle + 1 } else { end = middle }
        }
        return line(ofTextWord: started > 0 && textWords[started - 1].upperBound >= offset ? started - 1 : started)
    }

    /// The file line of whitespace-separated word `index` of `text` (as `AnalyzedText.Token`
    /// records it): what evidence is reported at.
    func line(ofTextWord index: Int) -> Int? {
        evidenceLine(ofTextWord: index, of: nil).line
    }

    /// The line of word `index`, found when first read; `count`, the text's number of words when
    /// the caller knows it, spares counting them.
    func evidenceLine(ofTextWord index: Int, of count: Int?) -> EvidenceLine {
        guard text != nil, let wordLines else { return .known(textPosition?.line) }
        return .word(index, count: count, lines: wordLines, fallback: textPosition?.line)
    }

    /// This clause and all its sub-clauses, depth first, in document order.
    public var flattened: [Clause] {
        var all: [Clause] = []
        forEachClause { all.append($0) }
        return all
    }

    /// Calls `body` with this clause and then each sub-clause, depth first, in document order: the
    /// one walk `flattened` and `Agreement.forEachClause` share.
    public func forEachClause(_ body: (Clause) -> Void) {
        body(self)
        for index in subclauses.indices { subclauses[index].forEachClause(body) }
    }
}
