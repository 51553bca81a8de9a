/// A node of a `YAMLDocument` and the position where it is written.
///
/// A node is a place in its document's entry array, so reading one never allocates or retains;
/// its content is read through the document (or the `NodeReader` that holds it). An alias is a
/// node of its own position whose content is the anchored node's.
public struct YAMLNode: Sendable {
    /// The entry holding the content: the anchored node's for an alias.
    let index: Int
    /// Where the node (or the alias) is written.
    public let position: TextPosition
}

/// One key and value of a mapping; the key is kept as text with its own position.
public struct YAMLPair: Sendable {
    /// The key's text.
    public let key: String
    /// Where the key starts.
    public let keyPosition: TextPosition
    /// The value.
    public let value: YAMLNode
}
