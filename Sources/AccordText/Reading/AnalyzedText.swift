/// A clause text read once: normalised words with their places in the original, sentence parts,
/// each part's modality and where negation cues are.
///
/// Every criterion and red flag is matched against this, so each clause is tokenised once however
/// many rules a pack has. Words are held as lexicon ids and prefix ids, not strings: matching
/// compares integers.
public struct AnalyzedText: Sendable {
    /// One word: its id in the lexicon and where it is in the original text.
    public struct Token: Sendable, Hashable {
        /// The normalised word's id in the lexicon the text was analysed with, or `Lexicon.unknown`.
        public let word: Lexicon.WordID
        /// The grammar roles of the word and of the prefixes it starts with.
        package internal(set) var roles: GrammarRoles
        let startOffset: Int32
        let endOffset: Int32
        /// The lexicon prefixes the word starts with, as a range of `AnalyzedText.prefixIDs`.
        let prefixes: Range<Int32>
        /// Which whitespace-separated word of the text the token starts in (0 for the first): the
        /// index into `Clause.textWordLines` that gives its file line.
        package let textWord: Int32

        /// UTF-8 offset of the word's first byte in the original text.
        public var start: Int { Int(startOffset) }
        /// UTF-8 offset just past the word's last byte.
        public var end: Int { Int(endOffset) }
    }

    /// A sentence, or a piece of one between semicolons or enumeration markers.
    public struct Part: Sendable, Hashable {
        /// The part's tokens, as a range of `AnalyzedText.tokens`.
        public let tokenRange: Range<Int>
        /// How strongly the part commits the parties: its strongest segment's modality.
        public let modality: Modality
        /// Token indices (into `tokens`) of negation cues in the part.
        public let negations: [Int]
        /// The part's clauses, as a range of `AnalyzedText.segments`.
        public let segments: Range<Int>
        /// Whether the part commits anyone (a definition or a final clause does not).
        public let commitment: Commitment
    }

    /// The original text.
    public let text: String
    /// Every word, in order.
    public let tokens: [Token]
    /// The sentence parts, in order.
    public let parts: [Part]
    /// The clauses of every part, in order, each with its own modality.
    public let segments: [Segment]
    /// What the clause does: who bears its costs, whom it restricts, whom it compares with whom.
    public let meaning: ClauseMeaning
    /// The prefix ids of every word, end to end.
    package let prefixIDs: [Int32]
    /// How many whitespace-separated words the text has (tokens record which one they start in).
    package let textWordCount: Int
    /// The size of the lexicon used, so text analysed before a lexicon grew is not matched against it.
    package let lexiconSize: Int

    /// True when token `index` starts with the lexicon prefix `prefix`.
    @inline(__always)
    package func token(_ index: Int, hasPrefix prefix: Int32) -> Bool {
        Self.token(index, hasPrefix: prefix, tokens: tokens, prefixIDs: prefixIDs)
    }

    /// `token(_:hasPrefix:)` on the arrays themselves, for matching before the text is complete.
    @inline(__always)
    static func token(_ index: Int, hasPrefix prefix: Int32, tokens: [Token], prefixIDs: [Int32]) -> Bool {
        let range = tokens[index].prefixes
        var position = Int(range.lowerBound)
        while position < Int(range.upperBound) {
            if prefixIDs[position] == prefix { return true }
            position += 1
        }
        return false
    }

    /// The segment holding token `index`, as an index of `segments`.
    public func segment(holding index: Int) -> Int {
        let found = segments.partitioningIndex { $0.tokenRange.upperBound > index }
        return min(found, max(segments.count - 1, 0))
    }

    /// The original text between two UTF-8 offsets (token starts and ends).
    public func excerpt(from start: Int, to end: Int) -> String {
        var text = text
        return text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }
}

extension AnalyzedText.Token {
    /// True for a pronoun standing for a person (*she*, *their*, *own*).
    public var isPersonPronoun: Bool { roles.contains(.personPronoun) }
    /// True for a pronoun standing for a body (*it*, *its*).
    public var isThingPronoun: Bool { roles.contains(.thingPronoun) }
}
