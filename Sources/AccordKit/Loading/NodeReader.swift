/// The keys a mapping of a file format may hold; one enum per kind of mapping.
///
/// The enum is the single list of allowed keys: the loader rejects others, suggests the closest, and
/// a test checks the JSON Schema lists the same keys.
public protocol FormatKey: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {}

/// Typed, located reading of the nodes of one `YAMLDocument` that reports each problem into a sink
/// and keeps going.
///
/// Every accessor returns nil after reporting when the node is not what was expected, so a loader
/// reads a whole file, collecting every problem, and builds its value only if none was an error.
struct NodeReader {
    let sink: DiagnosticSink
    /// The document the nodes belong to.
    let document: YAMLDocument

    /// `node` as a mapping holding only `Key`s; unknown keys are reported with a suggestion.
    func mapping<Key: FormatKey>(_ node: YAMLNode, of _: Key.Type, what: String) -> MappingView<Key>? {
        guard document.isMapping(node) else {
            sink.error(at: node.position, ReadMessages.notMapping(what, found: document.kindDescription(of: node)))
            return nil
        }
        var entries: [MappingView<Key>.Entry] = []
        entries.reserveCapacity(document.pairCapacity(of: node))
        document.forEachPair(ofMappingAt: node.index) { keyIndex, valueIndex in
            let keyNode = document.node(at: keyIndex)
            let text = document.keyText(at: keyIndex)
            let key = Key(rawValue: text)
            entries.append(MappingView.Entry(key: key, keyPosition: keyNode.position, value: document.node(at: valueIndex)))
            if key == nil {
                let allowed = Key.allCases.map(\.rawValue)
                let suggestion = Suggestion.closest(to: text, in: allowed)
                sink.error(
                    at: keyNode.position, ReadMessages.unknownKey(text, in: what, suggestion: suggestion, allowed: allowed))
            }
        }
        return MappingView(node: node, what: what, entries: entries, sink: sink)
    }

    /// `node` as a sequence; `what` names it in messages.
    func sequence(_ node: YAMLNode, what: @autoclosure () -> String) -> [YAMLNode]? {
        guard let items = document.items(of: node) else {
            sink.error(
                at: node.position,
                ReadMessages.wrongType(
                    what(), expected: "a sequence (a list of '- ' items)", found: document.kindDescription(of: node)))
            return nil
        }
        return items
    }

    /// `node` as non-empty text, surrounding whitespace removed.
    func text(_ node: YAMLNode, what: @autoclosure () -> String) -> String? {
        guard let value = document.scalar(node), !document.isNull(node) else {
            sink.error(
                at: node.position,
                document.isNull(node)
                    ? ReadMessages.emptyText(what())
                    : ReadMessages.wrongType(what(), expected: "text", found: document.kindDescription(of: node)))
            return nil
        }
        let trimmed = value.trimmingWhitespace
        guard !trimmed.isEmpty else {
            sink.error(at: node.position, ReadMessages.emptyText(what()))
            return nil
        }
        return trimmed
    }

    /// `node` as a whole number.
    func integer(_ node: YAMLNode, what: @autoclosure () -> String) -> Int? {
        guard let value = document.scalar(node), let number = Int(value.trimmingWhitespace) else {
            if let digits = document.scalar(node)?.trimmingWhitespace, Self.isWholeNumber(digits) {
                sink.error(at: node.position, ReadMessages.numberTooLarge(what(), digits: digits.count))
            } else {
                sink.error(at: node.position, ReadMessages.wrongType(what(), expected: "a whole number", found: describe(node)))
            }
            return nil
        }
        return number
    }

    /// `node` as one of `Value`'s raw values, with a "did you mean" for a near miss.
    func choice<Value: RawRepresentable & CaseIterable>(
        _ node: YAMLNode, of _: Value.Type, what: @autoclosure () -> String
    ) -> Value?
    where Value.RawValue == String {
        guard let word = text(node, what: what()) else { return nil }
        if let value = Value(rawValue: word) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        sink.error(
            at: node.position,
            ReadMessages.notOneOf(word, what: what(), suggestion: Suggestion.closest(to: word, in: allowed), allowed: allowed))
        return nil
    }

    /// `node` as a date written `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    func date(_ node: YAMLNode, what: @autoclosure () -> String) -> PartialDate? {
        guard let value = document.scalar(node), !document.isNull(node) else {
            sink.error(
                at: node.position,
                ReadMessages.wrongType(what(), expected: ReadMessages.dateForms, found: document.kindDescription(of: node)))
            return nil
        }
        guard let date = PartialDate(value.trimmingWhitespace) else {
            sink.error(at: node.position, ReadMessages.badDate(value.trimmingWhitespace, what: what()))
            return nil
        }
        return date
    }

    /// `node` as a kebab-case id: lower-case letters, digits and single hyphens.
    func identifier(_ node: YAMLNode, what: @autoclosure () -> String) -> String? {
        guard let word = text(node, what: what()) else { return nil }
        guard Identifier.isValid(word) else {
            sink.error(at: node.position, ReadMessages.badIdentifier(word, what: what()))
            return nil
        }
        return word
    }

    /// True for digits with an optional sign: a whole number, whatever its size.
    private static func isWholeNumber(_ text: String) -> Bool {
        let digits = text.utf8.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
        return !digits.isEmpty && text.utf8.count - digits.count <= 1 && digits.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// How a node is described when it has the wrong type: scalars are quoted so the user sees the value.
    private func describe(_ node: YAMLNode) -> String {
        if let value = document.scalar(node), !document.isNull(node) { return "'\(value)'" }
        return document.kindDescription(of: node)
    }
}

/// A mapping whose keys have been checked, giving access by key and reporting missing ones.
struct MappingView<Key: FormatKey> {
    /// The mapping node, for its position.
    let node: YAMLNode
    /// How messages name this mapping ("agreement", "party 2", "clause '4.2'").
    let what: String
    /// The mapping's pairs in file order, each with its key (nil for an unknown one).
    ///
    /// A mapping has a dozen keys at most, so scanning these enum values beats hashing. One array,
    /// not two: this is built for every mapping of every file.
    let entries: [Entry]
    let sink: DiagnosticSink

    /// One pair: its key (checked, so without its text) and value.
    struct Entry {
        let key: Key?
        let keyPosition: TextPosition
        let value: YAMLNode
    }

    private func entry(_ key: Key) -> Entry? {
        for entry in entries where entry.key == key { return entry }
        return nil
    }

    /// The value of `key` if present, even if null.
    subscript(_ key: Key) -> YAMLNode? { entry(key)?.value }

    /// True when `key` is present.
    func has(_ key: Key) -> Bool { entry(key) != nil }

    /// The value of `key`, reporting its absence at the mapping's position.
    func required(_ key: Key) -> YAMLNode? {
        guard let value = entry(key)?.value else {
            sink.error(at: node.position, ReadMessages.missingKey(key.rawValue, in: what))
            return nil
        }
        return value
    }

    /// Where `key` is written, or the mapping's position when it is absent.
    func position(of key: Key) -> TextPosition {
        entry(key)?.keyPosition ?? node.position
    }
}

/// Kebab-case ids, as used for agreements, sources, rule packs, principles and criteria.
public enum Identifier {
    /// True for lower-case letters and digits in groups joined by single hyphens: `gbr-ken-2021`.
    public static func isValid(_ text: String) -> Bool {
        let hyphen = UInt8(ascii: "-")
        var previous = hyphen  // so that a leading hyphen fails like a doubled one
        for byte in text.utf8 {
            let isLetterOrDigit =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            guard isLetterOrDigit || (byte == hyphen && previous != hyphen) else { return false }
            previous = byte
        }
        return previous != hyphen  // not empty, no trailing hyphen
    }

    /// The kebab-case form of `text`, for a "did you mean": `GBR_KEN 2021` becomes `gbr-ken-2021`.
    public static func suggestion(for text: String) -> String? {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return isValid(result) ? result : nil
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingWhitespace: String {
        // Nearly every value starts and ends with an ASCII letter or punctuation: nothing to trim.
        if let first = utf8.first, let last = utf8.last, Self.isASCIIPrintable(first), Self.isASCIIPrintable(last) {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// True for a visible ASCII character (not a space or control character).
    private static func isASCIIPrintable(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }
}

/// The messages of typed reading, each saying what is wrong and what was expected.
enum ReadMessages {
    static let dateForms = "a date (YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known)"

    static func notMapping(_ what: String, found: String) -> String {
        "\(what) must be a mapping of keys to values, found \(found)"
    }

    static func unknownKey(_ key: String, in what: String, suggestion: String?, allowed: [String]) -> String {
        if let suggestion { return "unknown key '\(key)' in \(what); did you mean '\(suggestion)'?" }
        return "unknown key '\(key)' in \(what); expected one of: \(allowed.joined(separator: ", "))"
    }

    static func missingKey(_ key: String, in what: String) -> String {
        "\(what) is missing the required key '\(key)'"
    }

    static func wrongType(_ what: String, expected: String, found: String) -> String {
        "\(what) must be \(expected), found \(found)"
    }

    static func numberTooLarge(_ what: String, digits: Int) -> String {
        "\(what) is a whole number too large to read (\(digits) digits); expected at most 18 digits"
    }

    static func emptyText(_ what: String) -> String {
        "\(what) is empty; expected text"
    }

    static func notOneOf(_ word: String, what: String, suggestion: String?, allowed: [String]) -> String {
        if let suggestion { return "'\(word)' is not a valid \(what); did you mean '\(suggestion)'?" }
        return "'\(word)' is not a valid \(what); expected one of: \(allowed.joined(separator: ", "))"
    }

    static func badDate(_ text: String, what: String) -> String {
        "'\(text)' is not a valid \(what) date; expected a real calendar date written YYYY-MM-DD (or YYYY-MM, or YYYY)"
    }

    static func badIdentifier(_ text: String, what: String) -> String {
        let base = "'\(text)' is not a valid \(what); expected lower-case letters, digits and single hyphens"
        if let suggestion = Identifier.suggestion(for: text) { return base + ", e.g. '\(suggestion)'" }
        return base + ", e.g. 'gbr-ken-2021'"
    }
}
