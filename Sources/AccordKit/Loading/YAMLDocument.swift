/// One YAML document as `YAMLReader` reads it: every node in one array, in document order.
///
/// Why one array and not a tree: a tree allocates an array for every mapping and sequence, and
/// building, copying and freeing those cost a fifth of loading an agreement. Here a collection's
/// children follow it in the array and each subtree ends where its entry's `end` says, so the
/// children of a node are found by jumping from one `end` to the next.
public struct YAMLDocument: Sendable {
    /// What an entry holds.
    enum Kind: UInt8, Sendable {
        /// A scalar written plain: unquoted, not a block scalar; only these can be null.
        case plainScalar
        /// A quoted or block scalar.
        case scalar
        case sequence
        case mapping
        /// An alias: its content is the `target` entry's.
        case alias
    }

    /// One node: its text if it is a scalar, where it starts, and where its subtree ends.
    struct Entry: Sendable {
        /// A scalar's text; empty for the other kinds.
        let text: String
        let line: Int32
        let column: Int32
        let kind: Kind
        /// True for a mapping key whose pair is left out (the key was not text, or was repeated).
        var isDroppedKey = false
        /// One past the last entry of this node's subtree.
        var end: Int32
        /// For an alias, the anchored node's entry; -1 otherwise.
        let target: Int32

        var position: TextPosition { TextPosition(line: Int(line), column: Int(column)) }
    }

    /// The nodes, in document order.
    let entries: [Entry]

    /// The document's top-level node.
    public var root: YAMLNode { node(at: 0) }

    /// The node of entry `index`, seen through an alias to the anchored content.
    ///
    /// Reads the entry's fields in place: copying the whole entry would retain and release its text.
    func node(at index: Int) -> YAMLNode {
        let target = entries[index].kind == .alias ? Int(entries[index].target) : index
        return YAMLNode(index: target, position: TextPosition(line: Int(entries[index].line), column: Int(entries[index].column)))
    }

    /// The text of a scalar node, or nil for a collection.
    public func scalar(_ node: YAMLNode) -> String? {
        let kind = entries[node.index].kind
        return kind == .plainScalar || kind == .scalar ? entries[node.index].text : nil
    }

    /// True for a plain empty scalar, `~` or `null`: a key written with no value.
    public func isNull(_ node: YAMLNode) -> Bool {
        guard entries[node.index].kind == .plainScalar else { return false }
        // Only a 0-, 1- or 4-byte value can be null; lower-casing a clause's text to find out would be waste.
        switch entries[node.index].text.utf8.count {
        case 0: return true
        case 1: return entries[node.index].text == "~"
        case 4: return entries[node.index].text.lowercased() == "null"
        default: return false
        }
    }

    /// True for a mapping node.
    public func isMapping(_ node: YAMLNode) -> Bool {
        entries[node.index].kind == .mapping
    }

    /// The kind of node, as messages name it ("a mapping", "a sequence", "text").
    public func kindDescription(of node: YAMLNode) -> String {
        switch entries[node.index].kind {
        case .plainScalar, .scalar, .alias: isNull(node) ? "nothing (null)" : "text"
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
    }

    /// The items of a sequence node in order, or nil for another kind.
    public func items(of node: YAMLNode) -> [YAMLNode]? {
        guard entries[node.index].kind == .sequence else { return nil }
        var items: [YAMLNode] = []
        items.reserveCapacity(childCount(of: node.index))
        forEachChild(ofEntryAt: node.index) { items.append(self.node(at: $0)) }
        return items
    }

    /// The pairs of a mapping node in file order, or nil for another kind.
    ///
    /// Keys are unique text: the reader left out, after reporting, pairs whose key was not text or
    /// was repeated.
    public func pairs(of node: YAMLNode) -> [YAMLPair]? {
        guard isMapping(node) else { return nil }
        var pairs: [YAMLPair] = []
        // Reserved at once: growing by appending cost three or four allocations per mapping.
        pairs.reserveCapacity(pairCapacity(of: node))
        forEachPair(of: node) { pairs.append($0) }
        return pairs
    }

    /// Room for the pairs of a mapping node: its pairs, counting any the reader left out.
    func pairCapacity(of node: YAMLNode) -> Int {
        childCount(of: node.index) / 2
    }

    /// Calls `body` with each pair of a mapping node, in file order; nothing for another kind.
    func forEachPair(of node: YAMLNode, _ body: (YAMLPair) -> Void) {
        guard isMapping(node) else { return }
        forEachPair(ofMappingAt: node.index) { key, value in
            body(YAMLPair(key: keyText(at: key), keyPosition: self.node(at: key).position, value: self.node(at: value)))
        }
    }

    /// The value of `key` in a mapping node, or nil when the node is not a mapping or lacks the key.
    ///
    /// For finding one key without listing the pairs.
    public func value(of key: String, in node: YAMLNode) -> YAMLNode? {
        guard isMapping(node), let keyIndex = firstKey(key, inMappingAt: node.index) else { return nil }
        return self.node(at: Int(entries[keyIndex].end))
    }

    /// The text of the kept mapping key at entry `index`, read through an alias to its anchored
    /// scalar: the reader keeps only keys that are text.
    func keyText(at index: Int) -> String {
        entries[node(at: index).index].text
    }

    /// The entry of the first kept key written `key` in the mapping at entry `mapping`, among the
    /// keys before `limit` (the end of the mapping by default; the key being read while the mapping
    /// is still open).
    func firstKey(_ key: String, inMappingAt mapping: Int, upTo limit: Int? = nil) -> Int? {
        var found: Int?
        forEachPair(ofMappingAt: mapping, upTo: limit) { keyIndex, _ in
            if found == nil, keyText(at: keyIndex) == key { found = keyIndex }
        }
        return found
    }

    /// How many children the collection at entry `index` has (keys and values both, for a mapping).
    private func childCount(of index: Int) -> Int {
        var count = 0
        forEachChild(ofEntryAt: index) { _ in count += 1 }
        return count
    }

    /// Calls `body` with the entry of each child of the collection at entry `index`, in order:
    /// each child's subtree ends where the next child starts.
    private func forEachChild(ofEntryAt index: Int, _ body: (Int) -> Void) {
        var child = index + 1
        while child < entries[index].end {
            body(child)
            child = Int(entries[child].end)
        }
    }

    /// Calls `body` with the entry of each kept key and of its value, in file order, up to `limit`
    /// (the end of the mapping by default; the key being read while the mapping is still open).
    func forEachPair(ofMappingAt mapping: Int, upTo limit: Int? = nil, _ body: (_ key: Int, _ value: Int) -> Void) {
        let end = limit ?? Int(entries[mapping].end)
        var key = mapping + 1
        while key < end {
            let value = Int(entries[key].end)
            if !entries[key].isDroppedKey { body(key, value) }
            key = Int(entries[value].end)
        }
    }
}
