/// The normalised words and word prefixes the engine knows, in a byte trie: one walk over a word's
/// bytes gives its id, its grammar roles and every known prefix it starts with.
///
/// Matching used to hash each clause word as a `String` once per prefix length; a trie walk touches
/// each byte once and allocates nothing, which is what lets batch scoring keep pace with the YAML
/// parser. Grammar words (modality markers, negation cues) are entered first, so their ids are the
/// same in every lexicon built from a grammar; a rule pack's term words are added after them.
public struct Lexicon: Sendable {
    /// A word's id, or `Lexicon.unknown`.
    public typealias WordID = Int32

    /// The id of a word the lexicon does not hold.
    public static let unknown: WordID = -1

    /// What a walk found: the whole word's id and the grammar roles of the word and its prefixes.
    struct Lookup {
        var word: WordID = Lexicon.unknown
        var roles: GrammarRoles = []
    }

    /// Maps each byte to its column in `children`; 0 for a byte no entry contains.
    private var byteColumn = [UInt8](repeating: 0, count: 256)
    private var columns = 1
    /// Child node of `node` by byte column, at `node * columns + column`; 0 means none (the root is
    /// never a child).
    private var children: [Int32] = []
    private var nodeWord: [WordID] = []
    private var nodePrefix: [Int32] = []
    /// Normalised words, by id.
    public private(set) var words: [String] = []
    /// Prefixes (`recruit` for `recruit*`), by id.
    public private(set) var prefixes: [String] = []
    private var wordRoles: [GrammarRoles] = []
    private var prefixRoles: [GrammarRoles] = []

    /// An empty lexicon; a grammar's `lexicon` is the one to start from.
    init() {
        appendNode()
    }

    /// How many words and prefixes the lexicon holds; text analysed with it records this, so a
    /// lexicon that grew afterwards is noticed.
    public var size: Int { words.count + prefixes.count }

    /// The id of `word` (normalised), adding it if new.
    @discardableResult
    package mutating func addWord(_ word: String, roles: GrammarRoles = []) -> WordID {
        let node = insert(word)
        return Self.enter(word, roles: roles, at: node, ids: &nodeWord, texts: &words, rolesByID: &wordRoles)
    }

    /// The id of `prefix` (normalised, without its `*`), adding it if new.
    @discardableResult
    package mutating func addPrefix(_ prefix: String, roles: GrammarRoles = []) -> Int32 {
        let node = insert(prefix)
        return Self.enter(prefix, roles: roles, at: node, ids: &nodePrefix, texts: &prefixes, rolesByID: &prefixRoles)
    }

    /// Gives the entry ending at `node` an id in one kind's tables (words, or prefixes) if it has
    /// none, and adds `roles` to it.
    private static func enter(
        _ text: String, roles: GrammarRoles, at node: Int, ids: inout [Int32], texts: inout [String],
        rolesByID: inout [GrammarRoles]
    ) -> Int32 {
        if ids[node] < 0 {
            ids[node] = Int32(texts.count)
            texts.append(text)
            rolesByID.append([])
        }
        let id = ids[node]
        rolesByID[Int(id)].formUnion(roles)
        return id
    }

    /// The id of `word` if the lexicon holds it.
    public func id(of word: String) -> WordID {
        var found = Lookup()
        var ignored: [Int32] = []
        word.utf8.withContiguousStorageIfAvailable { walk($0, into: &found, prefixes: &ignored) }
            ?? Array(word.utf8).withUnsafeBufferPointer { walk($0, into: &found, prefixes: &ignored) }
        return found.word
    }

    /// Walks `bytes` (a normalised word): sets the word's id and roles, and appends the id of every
    /// prefix the word starts with (the word itself included) to `prefixes`.
    func walk(_ bytes: UnsafeBufferPointer<UInt8>, into found: inout Lookup, prefixes matched: inout [Int32]) {
        withTables { tables in found = Walker.walk(bytes, in: tables, prefixes: &matched) }
    }

    /// The lexicon's arrays as raw buffers, valid inside `body`: the analyser walks every word of a
    /// clause through them without a retain, release or bounds check per byte.
    func withTables<Result>(_ body: (Tables) -> Result) -> Result {
        byteColumn.withUnsafeBufferPointer { byteColumn in
            children.withUnsafeBufferPointer { children in
                nodeWord.withUnsafeBufferPointer { nodeWord in
                    nodePrefix.withUnsafeBufferPointer { nodePrefix in
                        wordRoles.withUnsafeBufferPointer { wordRoles in
                            prefixRoles.withUnsafeBufferPointer { prefixRoles in
                                body(
                                    Tables(
                                        byteColumn: byteColumn, columns: columns, children: children, nodeWord: nodeWord,
                                        nodePrefix: nodePrefix, wordRoles: wordRoles, prefixRoles: prefixRoles))
                            }
                        }
                    }
                }
            }
        }
    }

    /// The lexicon's arrays, borrowed for one analysis.
    struct Tables {
        let byteColumn: UnsafeBufferPointer<UInt8>
        let columns: Int
        let children: UnsafeBufferPointer<Int32>
        let nodeWord: UnsafeBufferPointer<WordID>
        let nodePrefix: UnsafeBufferPointer<Int32>
        let wordRoles: UnsafeBufferPointer<GrammarRoles>
        let prefixRoles: UnsafeBufferPointer<GrammarRoles>
    }

    /// A walk in progress, fed one byte at a time.
    ///
    /// The analyser walks a word while finding its end; ASCII capitals walk as lower case.
    struct Walker {
        private var node = 0
        private var alive = true
        /// Roles of the prefixes passed so far.
        private(set) var roles: GrammarRoles = []

        @inline(__always)
        mutating func step(_ byte: UInt8, in tables: Tables, prefixes: inout [Int32]) {
            guard alive else { return }
            let column = Int(tables.byteColumn[Int(byte)])
            let child = column == 0 ? 0 : Int(tables.children[node &* tables.columns &+ column])
            guard child != 0 else {
                alive = false
                return
            }
            node = child
            let prefix = tables.nodePrefix[child]
            if prefix >= 0 {
                prefixes.append(prefix)
                roles.formUnion(tables.prefixRoles[Int(prefix)])
            }
        }

        /// Walks a whole word, already lower-case.
        static func walk(_ bytes: some Sequence<UInt8>, in tables: Tables, prefixes: inout [Int32]) -> Lookup {
            var walker = Walker()
            for byte in bytes { walker.step(byte, in: tables, prefixes: &prefixes) }
            return walker.finish(in: tables)
        }

        /// The word's id and all its roles, once every byte has been stepped.
        @inline(__always)
        func finish(in tables: Tables) -> Lookup {
            var found = Lookup(word: Lexicon.unknown, roles: roles)
            guard alive else { return found }
            let word = tables.nodeWord[node]
            if word >= 0 {
                found.word = word
                found.roles.formUnion(tables.wordRoles[Int(word)])
            }
            return found
        }
    }

    /// The trie node for `text`, creating the path.
    private mutating func insert(_ text: String) -> Int {
        var node = 0
        for byte in text.utf8 {
            precondition(!(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte), "lexicon entries are lower case")
            if byteColumn[Int(byte)] == 0 { addColumn(for: byte) }
            let slot = node * columns + Int(byteColumn[Int(byte)])
            if children[slot] == 0 {
                children[slot] = Int32(nodeWord.count)
                appendNode()
            }
            node = Int(children[slot])
        }
        return node
    }

    private mutating func appendNode() {
        children.append(contentsOf: repeatElement(0, count: columns))
        nodeWord.append(Self.unknown)
        nodePrefix.append(-1)
    }

    /// Gives `byte` a column, widening every node's row by one; an ASCII capital shares its lower
    /// case letter's column, so words walk case-blind without being lower-cased first.
    private mutating func addColumn(for byte: UInt8) {
        precondition(columns < 255, "a lexicon holds at most 254 distinct bytes")
        let old = columns
        columns += 1
        byteColumn[Int(byte)] = UInt8(old)
        if byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") { byteColumn[Int(byte - 32)] = UInt8(old) }
        var widened = [Int32](repeating: 0, count: nodeWord.count * columns)
        for node in 0..<nodeWord.count {
            for column in 0..<old { widened[node * columns + column] = children[node * old + column] }
        }
        children = widened
    }
}
