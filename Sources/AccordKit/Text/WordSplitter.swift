/// Splits a text's UTF-8 bytes into normalised words and sentence parts in one pass.
///
/// ASCII, which treaty text almost entirely is, is handled byte by byte; other scalars are decoded
/// where they occur. Each word is lower-cased into a reused buffer, looked up in the lexicon (one
/// trie walk), folded to American spelling when the walk says it may need it, and stored as bytes:
/// no `String` is made per word.
struct WordSplitter {
    /// A sentence part before classification.
    struct RawPart {
        let tokenRange: Range<Int>
        let startsWithEnumeration: Bool
        let endsWithColon: Bool
    }

    let lexicon: Lexicon
    private(set) var tokens: [AnalyzedText.Token] = []
    private(set) var parts: [RawPart] = []
    private(set) var spellings: [UInt8] = []
    private(set) var prefixIDs: [Int32] = []
    private var partStart = 0
    private var startsWithEnumeration = false
    /// The word being read, lower-cased.
    private var word: [UInt8] = []

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// Splits `bytes` (valid UTF-8, as a `String`'s are).
    mutating func split(_ bytes: UnsafeBufferPointer<UInt8>) {
        tokens.reserveCapacity(bytes.count / 6)
        spellings.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let (scalar, length) = Self.scalar(in: bytes, at: index)
            if CharacterClasses.isWordScalar(scalar) {
                index = readWord(bytes, from: index)
                continue
            }
            switch scalar {
            case ";", "?", "!":
                closePart(colon: false)
            case ":":
                closePart(colon: true)
            case ".":
                let previous = tokens.last.flatMap { $0.end == index ? $0 : nil }
                let atEnd = index + 1 >= bytes.count || CharacterClasses.isWhitespace(Self.scalar(in: bytes, at: index + 1).0)
                if atEnd, previous?.roles.contains(.abbreviation) != true, !isEnumerationNumber(previous) {
                    closePart(colon: false)
                }
            case "(":
                if let length = Self.enumerationMarkerLength(bytes, at: index), Self.isAtItemStart(bytes, before: index) {
                    closePart(colon: false)
                    startsWithEnumeration = true
                    index += length
                    continue
                }
            default:
                break
            }
            index += length
        }
        closePart(colon: false)
    }

    /// Reads the word starting at `start` and returns the offset just past it.
    ///
    /// Keeps "4.2", "e.g" and "don't" inside one word.
    private mutating func readWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        word.removeAll(keepingCapacity: true)
        var index = start
        var last: Unicode.Scalar = " "
        while index < bytes.count {
            let (scalar, length) = Self.scalar(in: bytes, at: index)
            if CharacterClasses.isWordScalar(scalar) {
                appendLowercased(scalar, bytes, at: index, length: length)
            } else if scalar == "'" || scalar == "’" || scalar == ".", index + length < bytes.count {
                let next = Self.scalar(in: bytes, at: index + length).0
                guard CharacterClasses.isWordScalar(next), scalar != "." || isInnerDot(after: last, before: next) else { break }
                word.append(contentsOf: bytes[index..<(index + length)])
            } else {
                break
            }
            last = scalar
            index += length
        }
        appendToken(start: start, end: index)
        return index
    }

    /// Adds the word in `word` as a token: possessive dropped, looked up, spelling folded.
    private mutating func appendToken(start: Int, end: Int) {
        dropPossessive()
        let firstPrefix = prefixIDs.count
        var found = Lexicon.Lookup()
        word.withUnsafeBufferPointer { lexicon.walk($0, into: &found, prefixes: &prefixIDs) }
        if WordNormalizer.fold(&word, roles: found.roles) {
            prefixIDs.removeSubrange(firstPrefix...)
            word.withUnsafeBufferPointer { lexicon.walk($0, into: &found, prefixes: &prefixIDs) }
        }
        let spellingStart = spellings.count
        spellings.append(contentsOf: word)
        tokens.append(
            AnalyzedText.Token(
                word: found.word, roles: found.roles, startOffset: Int32(start), endOffset: Int32(end),
                spelling: Int32(spellingStart)..<Int32(spellings.count), prefixes: Int32(firstPrefix)..<Int32(prefixIDs.count)
            )
        )
    }

    /// "organisation's" → "organisation", so possessives match the plain word.
    private mutating func dropPossessive() {
        if word.count > 2, word[word.count - 1] == UInt8(ascii: "s"), word[word.count - 2] == UInt8(ascii: "'") {
            word.removeLast(2)
        } else if word.count > 4, word.ends(with: Self.typographicPossessive) {
            word.removeLast(Self.typographicPossessive.count)
        }
    }

    private static let typographicPossessive = Array("’s".utf8)

    /// Appends `scalar` lower-cased; ASCII without a table lookup.
    @inline(__always)
    private mutating func appendLowercased(
        _ scalar: Unicode.Scalar, _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int
    ) {
        if length == 1 {
            let byte = bytes[index]
            word.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
        } else if scalar.properties.changesWhenLowercased {
            word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        } else {
            word.append(contentsOf: bytes[index..<(index + length)])
        }
    }

    /// A dot inside a word: between digits ("4.2") or in "e.g" / "i.e".
    private func isInnerDot(after last: Unicode.Scalar, before next: Unicode.Scalar) -> Bool {
        if ("0"..."9").contains(last), ("0"..."9").contains(next) { return true }
        return word.count == 1 && (word[0] == UInt8(ascii: "e") || word[0] == UInt8(ascii: "i"))
    }

    private mutating func closePart(colon: Bool) {
        if tokens.count > partStart {
            parts.append(
                RawPart(tokenRange: partStart..<tokens.count, startsWithEnumeration: startsWithEnumeration, endsWithColon: colon))
        } else if colon, let last = parts.popLast() {
            parts.append(
                RawPart(tokenRange: last.tokenRange, startsWithEnumeration: last.startsWithEnumeration, endsWithColon: true))
        }
        partStart = tokens.count
        startsWithEnumeration = false
    }

    /// "1." or "a." that numbers an item at the start of a part is not the end of a sentence.
    private func isEnumerationNumber(_ previous: AnalyzedText.Token?) -> Bool {
        guard tokens.count == partStart + 1 else { return false }
        guard let previous else { return true }
        let spelling = spellings[Int(previous.spelling.lowerBound)..<Int(previous.spelling.upperBound)]
        let isNumber = spelling.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        let scalarCount = spelling.count { $0 & 0xC0 != 0x80 }
        return isNumber || scalarCount == 1
    }

    /// Length of an enumeration marker such as "(a)", "(iv)" or "(12)" starting at `index`, if there is one.
    private static func enumerationMarkerLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        var end = index + 1
        while end < bytes.count, end - index <= 5, isASCIILetterOrDigit(bytes[end]) { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ")"), end - index >= 2, end - index <= 5 else { return nil }
        let inner = bytes[(index + 1)..<end].map { $0 | 0x20 }
        let isNumber = inner.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        let isLetter = inner.count == 1 && inner[0] >= UInt8(ascii: "a") && inner[0] <= UInt8(ascii: "z")
        let isRoman = inner.allSatisfy { Self.romanDigits.contains($0) }
        return isNumber || isLetter || isRoman ? end - index + 1 : nil
    }

    private static let romanDigits = Array("ivxl".utf8)

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
    }

    /// An enumeration marker starts an item only after whitespace, a colon or a semicolon, not in "7(1)".
    private static func isAtItemStart(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        guard index > 0 else { return true }
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let previous = scalar(in: bytes, at: start).0
        return CharacterClasses.isWhitespace(previous) || previous == ":" || previous == ";"
    }

    /// The scalar starting at `index` and its length in bytes; `bytes` is valid UTF-8.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var value: UInt32
        let length: Int
        if lead < 0xE0 {
            value = UInt32(lead & 0x1F)
            length = 2
        } else if lead < 0xF0 {
            value = UInt32(lead & 0x0F)
            length = 3
        } else {
            value = UInt32(lead & 0x07)
            length = 4
        }
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
