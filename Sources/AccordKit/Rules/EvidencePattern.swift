/// Evidence that a clause provides (or contradicts) something: terms that must all occur in one
/// sentence part, optionally within a span of words, with a required polarity.
public struct EvidencePattern: Sendable, Hashable {
    /// Which polarity of match counts.
    public enum PolarityRequirement: String, Sendable, CaseIterable, Hashable {
        case affirmed, negated, any

        func accepts(_ polarity: Polarity) -> Bool {
            switch self {
            case .any: true
            case .affirmed: polarity == .affirmed
            case .negated: polarity == .negated
            }
        }
    }

    /// The terms, each an id into the pack's `TermTable`.
    public let terms: [Int]
    /// The widest span, in words, the terms may occupy; nil for anywhere in the part.
    public let within: Int?
    /// Which polarity of match counts.
    public let polarity: PolarityRequirement
}

/// One word of a term: a whole word, or a prefix (`recruit*`).
public struct WordMatcher: Sendable, Hashable {
    /// The normalised word or prefix.
    public let text: String
    /// True for `word*`.
    public let isPrefix: Bool

    func matches(_ word: String) -> Bool {
        isPrefix ? word.hasPrefix(text) : word == text
    }
}

/// A term: alternatives, each a word or a phrase of consecutive words.
public struct Term: Sendable, Hashable {
    /// The term as written in the pack, for explanations.
    public let source: String
    /// The alternatives, each a sequence of words.
    public let alternatives: [[WordMatcher]]
}

/// Every distinct term of a pack, with an index from first words to the alternatives they start, so
/// that each word of a clause is looked up once however many rules use it.
public struct TermTable: Sendable {
    /// The terms, by id.
    public private(set) var terms: [Term] = []
    private var idsBySource: [String: Int] = [:]
    private var exact: [String: [AlternativeReference]] = [:]
    private var prefixes: [String: [AlternativeReference]] = [:]
    private var prefixLengths: [Int] = []

    struct AlternativeReference: Sendable, Hashable {
        let term: Int
        let alternative: Int
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
                    guard let words = Self.words(of: entry) else { return .failure(.malformed(entry)) }
                    alternatives.append(words)
                }
            } else {
                guard let words = Self.words(of: alternative) else { return .failure(.malformed(alternative)) }
                alternatives.append(words)
            }
        }
        let id = terms.count
        terms.append(Term(source: source, alternatives: alternatives))
        idsBySource[source] = id
        for (index, words) in alternatives.enumerated() {
            let reference = AlternativeReference(term: id, alternative: index)
            let first = words[0]
            if first.isPrefix {
                prefixes[first.text, default: []].append(reference)
                if !prefixLengths.contains(first.text.count) {
                    prefixLengths.append(first.text.count)
                    prefixLengths.sort()
                }
            } else {
                exact[first.text, default: []].append(reference)
            }
        }
        return .success(id)
    }

    /// Why a term could not be read.
    public enum TermError: Error, Equatable, Sendable {
        case unknownVocabulary(String)
        case malformed(String)
    }

    /// The words of one alternative: letters and digits, each optionally ending in `*`.
    static func words(of alternative: String) -> [WordMatcher]? {
        let pieces = alternative.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard !pieces.isEmpty else { return nil }
        var words: [WordMatcher] = []
        for piece in pieces {
            let isPrefix = piece.hasSuffix("*")
            let body = isPrefix ? String(piece.dropLast()) : String(piece)
            guard !body.isEmpty, body.unicodeScalars.allSatisfy({ TextAnalyzer.isWordScalar($0) || $0 == "'" || $0 == "." })
            else { return nil }
            words.append(WordMatcher(text: WordNormalizer.normalize(body), isPrefix: isPrefix))
        }
        return words
    }

    /// Where each term occurs in `text`: token ranges, in order, never crossing a sentence part.
    public func occurrences(in text: AnalyzedText) -> [Int: [Range<Int>]] {
        var found: [Int: [Range<Int>]] = [:]
        for part in text.parts {
            for index in part.tokenRange {
                let word = text.tokens[index].word
                var candidates = exact[word] ?? []
                for length in prefixLengths {
                    guard length <= word.count else { break }
                    if let references = prefixes[String(word.prefix(length))] { candidates += references }
                }
                for reference in candidates {
                    let words = terms[reference.term].alternatives[reference.alternative]
                    let end = index + words.count
                    guard end <= part.tokenRange.upperBound else { continue }
                    var matched = true
                    for offset in 1..<max(1, words.count) where !words[offset].matches(text.tokens[index + offset].word) {
                        matched = false
                        break
                    }
                    if matched, found[reference.term]?.last != index..<end {
                        found[reference.term, default: []].append(index..<end)
                    }
                }
            }
        }
        return found
    }
}
