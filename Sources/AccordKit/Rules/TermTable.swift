/// Every distinct term of a pack, its words entered in the pack's lexicon and its alternatives in a
/// phrase trie keyed by word and prefix ids, so that finding every term in a clause is one walk from
/// each token, comparing integers, however many terms and alternatives the pack has.
///
/// A trie rather than a list of alternatives per first word: in the WHO pack "health" starts 130
/// alternatives and "to" 82, and checking each at every occurrence of such words was the matcher's
/// main cost.
public struct TermTable: Sendable {
    /// The terms, by id.
    public private(set) var terms: [Term] = []
    /// The grammar's words and every term word; clause text is analysed with it before matching.
    public private(set) var lexicon = Lexicon.grammar
    private var idsBySource: [String: Int] = [:]
    /// The trie's first level, dense: the node a word (by lexicon id) or a prefix (by prefix id)
    /// leads to from the root; 0 for none (the root is never a child).
    private var rootByWord: [Int32] = []
    private var rootByPrefix: [Int32] = []
    /// Deeper levels, as flat lists so that a walk retains no inner array: each node's outgoing
    /// edges and the terms whose alternatives end at it, each a chain through `edges` and
    /// `completions` kept in insertion order.
    private var nodes: [Node] = [Node()]
    private var edges: [Edge] = []
    private var completions: [Completion] = []

    /// Where a node's chains of edges and completed terms start and end (-1 for none).
    struct Node: Sendable {
        var firstEdge: Int32 = -1
        var lastEdge: Int32 = -1
        var firstCompletion: Int32 = -1
        var lastCompletion: Int32 = -1
    }

    /// A step in the trie: the next token is word `id`, or starts with prefix `id`.
    ///
    /// Plain integers, so following an edge copies no reference.
    struct Edge: Sendable {
        let id: Int32
        let isPrefix: Bool
        let child: Int32
        /// The parent's next edge, or -1.
        var next: Int32 = -1

        @inline(__always)
        func matches(_ text: AnalyzedText, at index: Int) -> Bool {
            isPrefix ? text.token(index, hasPrefix: id) : text.tokens[index].word == id
        }
    }

    /// A term completed at a node, and the node's next completed term (or -1).
    struct Completion: Sendable {
        let term: Int32
        var next: Int32 = -1
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
        for words in alternatives { insert(words, completing: Int32(id)) }
        return .success(id)
    }

    /// Adds the path of `words` to the trie and records `term` at its end.
    private mutating func insert(_ words: [WordMatcher], completing term: Int32) {
        let first = words[0]
        var node = Int(first.isPrefix ? Self.entry(first.id, in: rootByPrefix) : Self.entry(first.id, in: rootByWord))
        if node == 0 {
            node = appendNode()
            if first.isPrefix {
                Self.set(first.id, to: Int32(node), in: &rootByPrefix)
            } else {
                Self.set(first.id, to: Int32(node), in: &rootByWord)
            }
        }
        for matcher in words.dropFirst() {
            if let edge = edge(from: node, matching: matcher) {
                node = Int(edge.child)
            } else {
                let child = appendNode()
                appendEdge(Edge(id: matcher.id, isPrefix: matcher.isPrefix, child: Int32(child)), to: node)
                node = child
            }
        }
        if !completesTerm(node, term) { appendCompletion(term, to: node) }
    }

    private mutating func appendNode() -> Int {
        nodes.append(Node())
        return nodes.count - 1
    }

    private func edge(from node: Int, matching matcher: WordMatcher) -> Edge? {
        var index = nodes[node].firstEdge
        while index >= 0 {
            let edge = edges[Int(index)]
            if edge.id == matcher.id, edge.isPrefix == matcher.isPrefix { return edge }
            index = edge.next
        }
        return nil
    }

    private mutating func appendEdge(_ edge: Edge, to node: Int) {
        let index = Int32(edges.count)
        edges.append(edge)
        if nodes[node].lastEdge >= 0 { edges[Int(nodes[node].lastEdge)].next = index } else { nodes[node].firstEdge = index }
        nodes[node].lastEdge = index
    }

    private func completesTerm(_ node: Int, _ term: Int32) -> Bool {
        var index = nodes[node].firstCompletion
        while index >= 0 {
            if completions[Int(index)].term == term { return true }
            index = completions[Int(index)].next
        }
        return false
    }

    private mutating func appendCompletion(_ term: Int32, to node: Int) {
        let index = Int32(completions.count)
        completions.append(Completion(term: term))
        if nodes[node].lastCompletion >= 0 {
            completions[Int(nodes[node].lastCompletion)].next = index
        } else {
            nodes[node].firstCompletion = index
        }
        nodes[node].lastCompletion = index
    }

    private static func entry(_ id: Int32, in level: [Int32]) -> Int32 {
        Int(id) < level.count ? level[Int(id)] : 0
    }

    private static func set(_ id: Int32, to node: Int32, in level: inout [Int32]) {
        if level.count <= Int(id) { level.append(contentsOf: repeatElement(0, count: Int(id) + 1 - level.count)) }
        level[Int(id)] = node
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

    /// Where each term occurs in `text` (analysed with this table's lexicon): token ranges, in order
    /// of their first token, shorter first, never crossing a sentence part.
    public func occurrences(in text: AnalyzedText) -> TermOccurrences {
        precondition(text.lexiconSize == lexicon.size, "text analysed with a different lexicon than the term table's")
        // The corpus averages 1.5 occurrences a token.
        var found = TermOccurrences.Builder(termCount: terms.count, expected: text.tokens.count * 2)
        for part in text.parts {
            for index in part.tokenRange {
                let firstFound = found.count
                let token = text.tokens[index]
                let search = Search(start: index, partEnd: part.tokenRange.upperBound, firstFound: firstFound)
                if token.word >= 0 {
                    let node = Self.entry(token.word, in: rootByWord)
                    if node != 0 { descend(from: Int(node), next: index + 1, in: text, search: search, into: &found) }
                }
                for position in Int(token.prefixes.lowerBound)..<Int(token.prefixes.upperBound) {
                    let node = Self.entry(text.prefixIDs[position], in: rootByPrefix)
                    if node != 0 { descend(from: Int(node), next: index + 1, in: text, search: search, into: &found) }
                }
            }
        }
        return found.build()
    }

    /// Where one walk started: occurrences found since `firstFound` are checked for duplicates.
    private struct Search {
        let start: Int
        let partEnd: Int
        let firstFound: Int
    }

    /// Records the terms completed at `node` (the tokens before `next` matched its path) and follows
    /// every edge the token at `next` matches.
    private func descend(
        from node: Int, next: Int, in text: AnalyzedText, search: Search, into found: inout TermOccurrences.Builder
    ) {
        let links = nodes[node]
        var completion = links.firstCompletion
        while completion >= 0 {
            let completed = completions[Int(completion)]
            found.append(term: completed.term, range: search.start..<next, unlessSince: search.firstFound)
            completion = completed.next
        }
        guard next < search.partEnd else { return }
        var index = links.firstEdge
        while index >= 0 {
            let edge = edges[Int(index)]
            if edge.matches(text, at: next) {
                descend(from: Int(edge.child), next: next + 1, in: text, search: search, into: &found)
            }
            index = edge.next
        }
    }
}
