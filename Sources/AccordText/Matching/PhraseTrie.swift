/// Phrases of words and word prefixes (by lexicon id) in a trie, each phrase completing a term:
/// finding every term in a text is one walk from each token, comparing integers, however many
/// terms and alternatives there are.
///
/// A trie rather than a list of alternatives per first word: in the WHO pack "health" starts 130
/// alternatives and "to" 82, and checking each at every occurrence of such words was the matcher's
/// main cost.
public struct PhraseTrie: Sendable {
    /// One word of a phrase: a whole word's lexicon id, or a prefix's.
    public struct Step: Sendable, Hashable {
        public let id: Int32
        public let isPrefix: Bool

        public init(id: Int32, isPrefix: Bool) {
            self.id = id
            self.isPrefix = isPrefix
        }
    }

    /// How many terms phrases complete (ids run from 0 to `termCount - 1`).
    public private(set) var termCount = 0
    /// The first level, dense: the node a word (by lexicon id) or a prefix (by prefix id) leads to
    /// from the root; 0 for none (the root is never a child).
    private var rootByWord: [Int32] = []
    private var rootByPrefix: [Int32] = []
    /// Deeper levels, as flat lists so that a walk retains no inner array: each node's outgoing
    /// edges and the terms whose phrases end at it, each a chain through `edges` and `completions`
    /// kept in insertion order.
    private var nodes: [Node] = [Node()]
    private var edges: [Edge] = []
    private var completions: [Completion] = []
    /// Each edge by its node and step, and each (node, term) completion: inserting never walks a list.
    ///
    /// Entries sharing a first word (a vocabulary list of thousands of "health …" phrases) made
    /// inserting quadratic. Matching still walks the lists, in order.
    private var edgeIndex: [EdgeKey: Int32] = [:]
    private var completionIndex: Set<CompletionKey> = []

    /// An edge as insertion looks it up.
    private struct EdgeKey: Hashable, Sendable {
        let node: Int32
        let id: Int32
        let isPrefix: Bool
    }

    /// A completion as insertion looks it up.
    private struct CompletionKey: Hashable, Sendable {
        let node: Int32
        let term: Int32
    }

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
        func matches(_ tokens: [AnalyzedText.Token], _ prefixIDs: [Int32], at index: Int) -> Bool {
            isPrefix
                ? AnalyzedText.token(index, hasPrefix: id, tokens: tokens, prefixIDs: prefixIDs)
                : tokens[index].word == id
        }
    }

    /// A term completed at a node, and the node's next completed term (or -1).
    struct Completion: Sendable {
        let term: Int32
        var next: Int32 = -1
    }

    /// An empty trie.
    public init() {}

    /// Makes room for terms `0..<count`, so a term no phrase completes still has its (empty) place.
    public mutating func reserveTerms(_ count: Int) {
        termCount = max(termCount, count)
    }

    /// Adds the path of `phrase` (not empty) and records `term` at its end.
    public mutating func insert(_ phrase: [Step], completing term: Int32) {
        termCount = max(termCount, Int(term) + 1)
        let first = phrase[0]
        var node = Int(first.isPrefix ? Self.entry(first.id, in: rootByPrefix) : Self.entry(first.id, in: rootByWord))
        if node == 0 {
            node = appendNode()
            if first.isPrefix {
                Self.set(first.id, to: Int32(node), in: &rootByPrefix)
            } else {
                Self.set(first.id, to: Int32(node), in: &rootByWord)
            }
        }
        for step in phrase.dropFirst() {
            if let edge = edge(from: node, matching: step) {
                node = Int(edge.child)
            } else {
                let child = appendNode()
                appendEdge(Edge(id: step.id, isPrefix: step.isPrefix, child: Int32(child)), to: node)
                node = child
            }
        }
        if !completesTerm(node, term) { appendCompletion(term, to: node) }
    }

    /// Where each term occurs in `text`: token ranges, in order of their first token, shorter
    /// first, never crossing a sentence part.
    ///
    /// Each occurrence of a term of `aliases` also counts as an occurrence of its targets.
    public func occurrences(in text: AnalyzedText, aliases: [TermAlias] = []) -> TermOccurrences {
        occurrences(
            tokens: text.tokens, prefixIDs: text.prefixIDs, parts: text.parts.lazy.map(\.tokenRange), aliases: aliases)
    }

    /// `occurrences(in:)` over a text's arrays, for matching while the text is being analysed.
    func occurrences(
        tokens: [AnalyzedText.Token], prefixIDs: [Int32], parts: some Sequence<Range<Int>>, aliases: [TermAlias] = []
    ) -> TermOccurrences {
        // The corpus averages 1.5 occurrences a token.
        var found = TermOccurrences.Builder(termCount: termCount, expected: tokens.count * 2)
        for part in parts {
            for index in part {
                let firstFound = found.count
                let token = tokens[index]
                let search = Search(start: index, partEnd: part.upperBound, firstFound: firstFound)
                if token.word >= 0 {
                    let node = Self.entry(token.word, in: rootByWord)
                    if node != 0 {
                        descend(from: Int(node), next: index + 1, tokens, prefixIDs, search: search, into: &found)
                    }
                }
                for position in Int(token.prefixes.lowerBound)..<Int(token.prefixes.upperBound) {
                    let node = Self.entry(prefixIDs[position], in: rootByPrefix)
                    if node != 0 {
                        descend(from: Int(node), next: index + 1, tokens, prefixIDs, search: search, into: &found)
                    }
                }
            }
        }
        if !aliases.isEmpty { found.addAliases(aliases) }
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
        from node: Int, next: Int, _ tokens: [AnalyzedText.Token], _ prefixIDs: [Int32], search: Search,
        into found: inout TermOccurrences.Builder
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
            if edge.matches(tokens, prefixIDs, at: next) {
                descend(from: Int(edge.child), next: next + 1, tokens, prefixIDs, search: search, into: &found)
            }
            index = edge.next
        }
    }

    private mutating func appendNode() -> Int {
        nodes.append(Node())
        return nodes.count - 1
    }

    private func edge(from node: Int, matching step: Step) -> Edge? {
        edgeIndex[EdgeKey(node: Int32(node), id: step.id, isPrefix: step.isPrefix)].map { edges[Int($0)] }
    }

    private mutating func appendEdge(_ edge: Edge, to node: Int) {
        let index = Int32(edges.count)
        edges.append(edge)
        edgeIndex[EdgeKey(node: Int32(node), id: edge.id, isPrefix: edge.isPrefix)] = index
        if nodes[node].lastEdge >= 0 { edges[Int(nodes[node].lastEdge)].next = index } else { nodes[node].firstEdge = index }
        nodes[node].lastEdge = index
    }

    private func completesTerm(_ node: Int, _ term: Int32) -> Bool {
        completionIndex.contains(CompletionKey(node: Int32(node), term: term))
    }

    private mutating func appendCompletion(_ term: Int32, to node: Int) {
        completionIndex.insert(CompletionKey(node: Int32(node), term: term))
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
}
