/// A YAML node and the position where it starts: the tree accord's loaders read.
///
/// It is built from libyaml's events by `YAMLReader`, which bounds depth, size and alias expansion
/// while building, so any walk over it is bounded too.
public struct YAMLNode: Sendable {
    /// What the node holds.
    public enum Content: Sendable {
        /// A scalar: its text, and whether it was written plain (unquoted, not a block scalar).
        case scalar(String, isPlain: Bool)
        /// A sequence of nodes.
        case sequence([YAMLNode])
        /// A mapping, keys in file order; keys are always scalars and unique.
        case mapping([YAMLPair])
    }

    /// What the node holds.
    public let content: Content
    /// Where the node starts.
    public let position: TextPosition
    /// Nodes in this subtree, aliases counted at their expanded size; used to bound alias expansion.
    let weight: Int

    /// The kind of node, as messages name it ("a mapping", "a sequence", "text").
    public var kindDescription: String {
        switch content {
        case .scalar:
            return isNull ? "nothing (null)" : "text"
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        }
    }

    /// True for a plain empty scalar, `~` or `null`: a key written with no value.
    public var isNull: Bool {
        guard case .scalar(let value, let isPlain) = content, isPlain else { return false }
        // Only a 0-, 1- or 4-byte value can be null; lower-casing a clause's text to find out would be waste.
        switch value.utf8.count {
        case 0: return true
        case 1: return value == "~"
        case 4: return value.lowercased() == "null"
        default: return false
        }
    }
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
