/// Splits a text's UTF-8 bytes into normalised words and sentence parts in one pass.
///
/// ASCII, which treaty text almost entirely is, is handled byte by byte, and an ASCII word is walked
/// through the lexicon while its end is being found: no copy, no lower-casing, no `String`. A word
/// with other scalars, or one whose spelling may need folding, is lower-cased into a buffer, folded
/// and walked again.
struct WordSplitter {
    /// A sentence part before classification.
    struct RawPart {
        let tokenRange: Range<Int>
        let startsWithEnumeration: Bool
        let endsWithColon: Bool
    }

    let tables: Lexicon.Tables
    let spelling: SpellingFolder
    /// Whether the language makes possessives with *'s* (dropped, so *worker's* is *worker*).
    let dropsPossessiveS: Bool
    private(set) var tokens: [AnalyzedText.Token] = []
    private(set) var parts: [RawPart] = []
    private(set) var prefixIDs: [Int32] = []
    private var partStart = 0
    private var startsWithEnumeration = false
    /// The word being read, lower-cased.
    private var word: [UInt8] = []
    /// The whitespace-separated word being read (-1 before the first), and whether the last
    /// scalar seen was whitespace: tokens record it, so evidence finds its file line directly.
    private var textWord: Int32 = -1
    private var afterWhitespace = true
    /// Marks for the next token from the punctuation before it (a comma, an opening quote).
    private var pendingMarks: GrammarRoles = []

    /// How many whitespace-separated words the text has, once split: the same count as
    /// `WhitespaceWords.count(in:)`, which evidence lines would otherwise walk the text again for.
    var textWordCount: Int { Int(textWord) + 1 }

    init(tables: Lexicon.Tables, spelling: SpellingFolder, dropsPossessiveS: Bool) {
        self.tables = tables
        self.spelling = spelling
        self.dropsPossessiveS = dropsPossessiveS
    }

    /// Splits `bytes` (valid UTF-8, as a `String`'s are).
    mutating func split(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Corpus text averages 6.5 bytes a word; a little more room avoids a doubling for dense text.
        tokens.reserveCapacity(bytes.count / 5 + 4)
        prefixIDs.reserveCapacity(bytes.count / 8)
        // A sentence part runs about 100 bytes.
        parts.reserveCapacity(bytes.count / 64 + 2)
        var index = 0
        while index < bytes.count {
            let (scalar, length) = Self.scalar(in: bytes, at: index)
            if CharacterClasses.isWhitespace(scalar) {
                afterWhitespace = true
                index += length
                continue
            }
            let startsTextWord = afterWhitespace
            if afterWhitespace {
                textWord += 1
                afterWhitespace = false
            }
            if CharacterClasses.isWordScalar(scalar) {
                index = readWord(bytes, from: index)
                continue
            }
            switch scalar {
            case ",":
                pendingMarks.insert(.afterComma)
            case "\"", "“", "«", "‘", "'":
                // Only a mark that opens a word opens a quotation; one after a word closes it.
                if startsTextWord || scalar == "“" || scalar == "«" { pendingMarks.insert(.quoted) }
            case ";", "?", "!":
                closePart(colon: false)
            case ":":
                closePart(colon: true)
            case ".":
                let previous = tokens.last.flatMap { $0.end == index ? $0 : nil }
                let atEnd = index + 1 >= bytes.count || CharacterClasses.isWhitespace(Self.scalar(in: bytes, at: index + 1).0)
                if atEnd, previous?.roles.contains(.abbreviation) != true, !isEnumerationNumber(previous, in: bytes) {
                    closePart(colon: false)
                }
            case "(":
                if let length = Self.enumerationMarkerLength(bytes, at: index), Self.isAtItemStart(bytes, before: index) {
                    closePart(colon: false)
                    startsWithEnumeration = true
                    index += length
                    continue
                }
            case "%":
                // "80 % de la rémunération", "85% of the national scale": the sign is a word, so a
                // grammar can list "% of" as it lists "per cent of".
                word = [UInt8(ascii: "%")]
                appendToken(start: index, end: index + 1)
            case ")":
                // "…: a) promouvoir …; b) garantir …": a marker closed by its parenthesis alone,
                // as the first word of a part, numbers an item as "(a)" does.
                if tokens.count == partStart + 1, let marker = tokens.last, marker.end == index,
                    Self.isItemMarker(bytes[marker.start..<marker.end], maxDigits: 3)
                {
                    tokens.removeLast()
                    prefixIDs.removeSubrange(Int(marker.prefixes.lowerBound)...)
                    startsWithEnumeration = true
                    pendingMarks = []
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
        if let end = readASCIIWord(bytes, from: start) { return end }
        word.removeAll(keepingCapacity: true)
        var index = start
        var last: Unicode.Scalar = " "
        while index < bytes.count {
            let (scalar, length) = Self.scalar(in: bytes, at: index)
            if CharacterClasses.isWordScalar(scalar) {
                appendLowercased(scalar, bytes, at: index, length: length)
            } else if scalar == "'" || scalar == "’" || scalar == ".", index + length < bytes.count {
                let next = Self.scalar(in: bytes, at: index + length).0
                guard CharacterClasses.isWordScalar(next),
                    scalar != "." || Self.isInnerDot(after: last, before: next, wordLength: word.count)
                else { break }
                // "l'employeur": the elided article is a word of its own, in its full form, and
                // what follows the apostrophe is read as the next word.
                if scalar != ".", let full = spelling.elisions[word] {
                    word = full
                    appendToken(start: start, end: index)
                    return index + length
                }
                word.append(contentsOf: bytes[index..<(index + length)])
            } else {
                break
            }
            last = scalar
            index += length
        }
        if dropPossessive() { pendingMarks.insert(.possessive) }
        appendToken(start: start, end: index)
        return index
    }

    /// The fast path of `readWord`, nil (having recorded nothing) when the word does not qualify.
    ///
    /// An all-ASCII word whose spelling needs no folding is walked through the lexicon as its end is
    /// found.
    @inline(__always)
    private mutating func readASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let firstPrefix = prefixIDs.count
        var walker = Lexicon.Walker()
        // The walk as it was before the last apostrophe, for dropping a possessive "'s".
        var beforeApostrophe: (walker: Lexicon.Walker, prefixes: Int)?
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if Self.isASCIILetterOrDigit(byte) {
                walker.step(byte, in: tables, prefixes: &prefixIDs)
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "."), index + 1 < bytes.count {
                if byte == UInt8(ascii: "'"), !spelling.elisions.isEmpty { return abandon(from: firstPrefix) }
                let next = bytes[index + 1]
                guard next < 0x80 else { return abandon(from: firstPrefix) }
                guard Self.isASCIILetterOrDigit(next) else { break }
                if byte == UInt8(ascii: ".") {
                    let last = Unicode.Scalar(bytes[index - 1])
                    guard Self.isInnerDot(after: last, before: Unicode.Scalar(next), wordLength: index - start) else { break }
                } else {
                    beforeApostrophe = (walker, prefixIDs.count)
                }
                walker.step(byte, in: tables, prefixes: &prefixIDs)
            } else if byte < 0x80 {
                break
            } else {
                return abandon(from: firstPrefix)
            }
            index += 1
        }
        var wordEnd = index
        var marks = pendingMarks
        if dropsPossessiveS, index - start > 2, bytes[index - 1] | 0x20 == UInt8(ascii: "s"),
            bytes[index - 2] == UInt8(ascii: "'"),
            let saved = beforeApostrophe
        {
            walker = saved.walker
            prefixIDs.removeSubrange(saved.prefixes...)
            wordEnd -= 2
            marks.insert(.possessive)
        }
        let found = walker.finish(in: tables)
        if found.roles.contains(.irregularSpelling) || spelling.mayFold(bytes[start..<wordEnd]) {
            return abandon(from: firstPrefix)
        }
        pendingMarks = []
        tokens.append(
            AnalyzedText.Token(
                word: found.word, roles: found.roles.union(marks), startOffset: Int32(start), endOffset: Int32(index),
                prefixes: Int32(firstPrefix)..<Int32(prefixIDs.count), textWord: textWord))
        return index
    }

    /// Forgets the prefixes a fast-path walk recorded, for the slow path to start again.
    private mutating func abandon(from firstPrefix: Int) -> Int? {
        prefixIDs.removeSubrange(firstPrefix...)
        return nil
    }

    /// Adds the lower-case word in `word` as a token: looked up, spelling folded, looked up again.
    private mutating func appendToken(start: Int, end: Int) {
        let firstPrefix = prefixIDs.count
        var found = Lexicon.Walker.walk(word, in: tables, prefixes: &prefixIDs)
        if spelling.fold(&word, roles: found.roles) {
            prefixIDs.removeSubrange(firstPrefix...)
            // A contraction ("del") is read as the words it stands for ("de el"), each a token
            // of the same span of text.
            if word.contains(UInt8(ascii: " ")) {
                for piece in word.split(separator: UInt8(ascii: " ")) {
                    word = Array(piece)
                    appendToken(start: start, end: end)
                }
                return
            }
            found = Lexicon.Walker.walk(word, in: tables, prefixes: &prefixIDs)
        }
        tokens.append(
            AnalyzedText.Token(
                word: found.word, roles: found.roles.union(pendingMarks), startOffset: Int32(start), endOffset: Int32(end),
                prefixes: Int32(firstPrefix)..<Int32(prefixIDs.count), textWord: textWord))
        pendingMarks = []
    }

    /// "organisation's" → "organisation", so possessives match the plain word; true when one was
    /// dropped.
    private mutating func dropPossessive() -> Bool {
        guard dropsPossessiveS else { return false }
        if word.count > 2, word[word.count - 1] == UInt8(ascii: "s"), word[word.count - 2] == UInt8(ascii: "'") {
            word.removeLast(2)
            return true
        } else if word.count > 4, word.ends(with: Self.typographicPossessive) {
            word.removeLast(Self.typographicPossessive.count)
            return true
        }
        return false
    }

    private static let typographicPossessive = Array("’s".utf8)

    /// Appends a lower-case `scalar` with its accent folded (`AccentFolding`).
    @inline(__always)
    private mutating func appendFolded(_ scalar: Unicode.Scalar) {
        if let folded = AccentFolding.folded(scalar) {
            word.append(contentsOf: folded.utf8)
        } else {
            word.append(contentsOf: String(scalar).utf8)
        }
    }

    /// Appends `scalar` lower-cased and with its accent folded (`AccentFolding`); ASCII without a
    /// table lookup.
    @inline(__always)
    private mutating func appendLowercased(
        _ scalar: Unicode.Scalar, _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int
    ) {
        if length == 1 {
            let byte = bytes[index]
            word.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
        } else if scalar.properties.changesWhenLowercased {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { appendFolded(lower) }
        } else if let folded = AccentFolding.folded(scalar) {
            word.append(contentsOf: folded.utf8)
        } else {
            // Already lower case and nothing to fold: its bytes as they are.
            word.append(contentsOf: bytes[index..<(index + length)])
        }
    }

    /// A dot inside a word: between digits ("4.2"), or after a one-letter "e" or "i" ("e.g", "i.e").
    ///
    /// `last` is the word's last scalar so far and `wordLength` its length in bytes.
    private static func isInnerDot(after last: Unicode.Scalar, before next: Unicode.Scalar, wordLength: Int) -> Bool {
        if ("0"..."9").contains(last), ("0"..."9").contains(next) { return true }
        return wordLength == 1 && ["e", "E", "i", "I"].contains(last)
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
        pendingMarks = []
    }

    /// "1." or "a." that numbers an item at the start of a part is not the end of a sentence.
    private func isEnumerationNumber(_ previous: AnalyzedText.Token?, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tokens.count == partStart + 1 else { return false }
        guard let previous else { return true }
        let word = bytes[previous.start..<previous.end]
        let isNumber = word.allSatisfy(Self.isDigit)
        let scalarCount = word.count { $0 & 0xC0 != 0x80 }
        return isNumber || scalarCount == 1
    }

    /// Length of an enumeration marker such as "(a)", "(iv)" or "(12)" starting at `index`, if there is one.
    private static func enumerationMarkerLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        var end = index + 1
        while end < bytes.count, end - index <= 5, isASCIILetterOrDigit(bytes[end]) { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ")"), end - index >= 2, end - index <= 5 else { return nil }
        return isItemMarker(bytes[(index + 1)..<end], maxDigits: 4) ? end - index + 1 : nil
    }

    private static let romanDigits = Array("ivxl".utf8)

    /// What can number an item, "(a)" or "a)": one letter, a number of up to `maxDigits` digits, or
    /// a roman numeral of up to four letters.
    private static func isItemMarker(_ word: some Collection<UInt8>, maxDigits: Int) -> Bool {
        guard (1...4).contains(word.count), word.allSatisfy(isASCIILetterOrDigit) else { return false }
        let lower = word.map { $0 | 0x20 }
        let isNumber = word.count <= maxDigits && word.allSatisfy(isDigit)
        let isLetter = lower.count == 1 && lower[0] >= UInt8(ascii: "a") && lower[0] <= UInt8(ascii: "z")
        let isRoman = lower.allSatisfy { romanDigits.contains($0) }
        return isNumber || isLetter || isRoman
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    @inline(__always)
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
