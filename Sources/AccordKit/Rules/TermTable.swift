/// Every distinct term of a pack, with its words entered in the pack's lexicon and an index from
/// first words (and first prefixes) to the alternatives they start, so that finding every term in a
/// clause is one pass over its tokens comparing integers, however many rules use them.
public struct TermTable: Sendable {
    /// The terms, by id.
    public private(set) var terms: [Term] = []
    /// The grammar's words and every term word; clause text is analysed with it before matching.
    public private(set) var lexicon = Lexicon.grammar
    private var idsBySource: [String: Int] = [:]
    /// Alternatives by the lexicon id of their first word, and by the prefix id of their first prefix.
    private var startingWithWord: [[AlternativeReference]] = []
    private var startingWithPrefix: [[AlternativeReference]] = []

    struct AlternativeReference: Sendable, Hashable {
        let term: Int32
        let alternative: Int32
    }

    /// An empty table.
    public init() {}

    /// The id of `term`, adding it if new; nil (with the reason) when the term is malformed.
    public mutating func add(_ source: String, vocabulary: [String: [String]]) -> Result<Int, TermError> {
        if let id = idsBySource[source] { return .success(id) }
        var alternatives: [[WordMatcher]] = []
        for piece in source.split(separator: "|", omittingEmptySubsequences: false) {
            let alternative = String(piece).trimmingWhitespace
            if alternative.hasPrefix("@") {
                let name = String(alternative.dropFirst())
                guard let list = vocabulary[name] else { return .failure(.unknownVocabulary(name)) }
                for entry in list {
                    guard let words = words(of: entry) else { return .failure(.malformed(entry)) }
                    alternatives.append(words)
                }
            } else {
                guard let words = words(of: alternative) else { return .failure(.malformed(alternative)) }
                alternatives.append(words)
            }
        }
        let id = terms.count
        terms.append(Term(source: source, alternatives: alternatives))
        idsBySource[source] = id
        for (index, words) in alternatives.enumerated() {
            let reference = AlternativeReference(term: Int32(id), alternative: Int32(index))
            let first = words[0]
            if first.isPrefix {
                Self.append(reference, at: Int(first.id), to: &startingWithPrefix)
            } else {
                Self.append(reference, at: Int(first.id), to: &startingWithWord)
            }
        }
        return .success(id)
    }

    private static func append(_ reference: AlternativeReference, at id: Int, to index: inout [[AlternativeReference]]) {
        if index.count <= id { index.append(contentsOf: repeatElement([], count: id + 1 - index.count)) }
        index[id].append(reference)
    }

    /// Why a term could not be read.
    public enum TermError: Error, Equatable, Sendable {
        case unknownVocabulary(String)
        case malformed(String)
    }

    /// The words of one alternative (letters and digits, each optionally ending in `*`), entered in
    /// the lexicon.
    mutating func words(of alternative: String) -> [WordMatcher]? {
        let pieces = alternative.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard !pieces.isEmpty else { return nil }
        var words: [WordMatcher] = []
        for piece in pieces {
            let isPrefix = piece.hasSuffix("*")
            let body = isPrefix ? String(piece.dropLast()) : String(piece)
            guard !body.isEmpty, body.unicodeScalars.allSatisfy({ TextAnalyzer.isWordScalar($0) || $0 == "'" || $0 == "." })
            else { return nil }
            let text = WordNormalizer.normalize(body)
            let id = isPrefix ? lexicon.addPrefix(text) : lexicon.addWord(text)
            words.append(WordMatcher(text: text, isPrefix: isPrefix, id: id))
        }
        return words
    }

    /// Analyses `text` with this table's lexicon, ready for `occurrences(in:)`.
    public func analyze(_ text: String, isRecital: Bool = false, leadIn: Modality? = nil) -> AnalyzedText {
        TextAnalyzer.analyze(text, lexicon: lexicon, isRecital: isRecital, leadIn: leadIn)
    }

    /// Where each term occurs in `text` (analysed with this table's lexicon): token ranges, in order,
    /// never crossing a sentence part.
    public func occurrences(in text: AnalyzedText) -> TermOccurrences {
        precondition(text.lexiconSize == lexicon.size, "text analysed with a different lexicon than the term table's")
        var found = TermOccurrences.Builder(termCount: terms.count)
        for part in text.parts {
            for index in part.tokenRange {
                let firstFound = found.count
                let token = text.tokens[index]
                if token.word >= 0, Int(token.word) < startingWithWord.count {
                    for reference in startingWithWord[Int(token.word)] {
                        record(
                            reference, at: index, in: text, partEnd: part.tokenRange.upperBound, into: &found, since: firstFound)
                    }
                }
                for position in Int(token.prefixes.lowerBound)..<Int(token.prefixes.upperBound) {
                    let prefix = Int(text.prefixIDs[position])
                    guard prefix < startingWithPrefix.count else { continue }
                    for reference in startingWithPrefix[prefix] {
                        record(
                            reference, at: index, in: text, partEnd: part.tokenRange.upperBound, into: &found, since: firstFound)
                    }
                }
            }
        }
        return found.build()
    }

    /// Records the alternative if the words after its first match too; the same range of the same
    /// term found through two alternatives is recorded once.
    @inline(__always)
    private func record(
        _ reference: AlternativeReference, at index: Int, in text: AnalyzedText, partEnd: Int,
        into found: inout TermOccurrences.Builder, since firstFound: Int
    ) {
        let words = terms[Int(reference.term)].alternatives[Int(reference.alternative)]
        let end = index + words.count
        guard end <= partEnd else { return }
        for offset in 1..<max(1, words.count) where !words[offset].matches(text, at: index + offset) { return }
        found.append(term: reference.term, range: index..<end, unlessSince: firstFound)
    }
}
