/// Reads clause text into an `AnalyzedText`: one pass to split words and sentence parts, then each
/// part's modality and negation cues.
///
/// Order matters: parts are found before modality (modality is per part), and enumeration items
/// take their lead-in's modality only after every part's own markers are known.
public enum TextAnalyzer {
    /// Analyses `text`; `isRecital` forces every part to `mention` (a preamble), and `leadIn` is the
    /// modality of a parent clause that ends with a colon, which marker-less parts inherit.
    public static func analyze(_ text: String, isRecital: Bool = false, leadIn: Modality? = nil) -> AnalyzedText {
        let (tokens, rawParts) = split(text)
        var parts: [AnalyzedText.Part] = []
        var listModality: Modality? = leadIn
        for raw in rawParts {
            let words = tokens[raw.tokenRange].map(\.word)
            var modality = isRecital ? .mention : ModalityClassifier.modality(of: words)
            let hasOwnMarker = isRecital || ModalityClassifier.hasMarker(words)
            if !hasOwnMarker, let inherited = listModality, raw.startsWithEnumeration || leadIn != nil {
                modality = inherited
            }
            if raw.endsWithColon {
                listModality = modality
            } else if !raw.startsWithEnumeration, hasOwnMarker {
                listModality = leadIn
            }
            let negations = raw.tokenRange.filter { NegationCues.isCue(tokens, at: $0, in: raw.tokenRange) }
            parts.append(AnalyzedText.Part(tokenRange: raw.tokenRange, modality: modality, negations: negations))
        }
        return AnalyzedText(text: text, tokens: tokens, parts: parts)
    }

    /// A sentence part before classification.
    struct RawPart {
        let tokenRange: Range<Int>
        let startsWithEnumeration: Bool
        let endsWithColon: Bool
    }

    /// Abbreviations after which a full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "art", "arts", "no", "nos", "para", "paras", "e.g", "i.e", "eg", "ie", "etc", "cf", "vs", "mr", "mrs", "ms", "dr",
        "st", "sec", "ch", "p", "pp", "vol", "inc", "ltd", "co", "govt", "dept", "annex", "ref", "approx",
    ]

    /// Splits words and sentence parts in one pass over the Unicode scalars.
    static func split(_ text: String) -> (tokens: [AnalyzedText.Token], parts: [RawPart]) {
        let scalars = Array(text.unicodeScalars)
        var tokens: [AnalyzedText.Token] = []
        var parts: [RawPart] = []
        var partStart = 0
        var startsWithEnumeration = false
        var index = 0

        func closePart(colon: Bool) {
            if tokens.count > partStart {
                parts.append(
                    RawPart(
                        tokenRange: partStart..<tokens.count, startsWithEnumeration: startsWithEnumeration, endsWithColon: colon))
            } else if colon, let last = parts.popLast() {
                parts.append(
                    RawPart(tokenRange: last.tokenRange, startsWithEnumeration: last.startsWithEnumeration, endsWithColon: true))
            }
            partStart = tokens.count
            startsWithEnumeration = false
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                let start = index
                var word = ""
                while index < scalars.count {
                    let current = scalars[index]
                    if isWordScalar(current) {
                        word.unicodeScalars.append(current)
                        index += 1
                    } else if (current == "'" || current == "’" || current == "."), index + 1 < scalars.count,
                        isWordScalar(scalars[index + 1]), current != "." || isDigitOrAbbreviationDot(word, scalars[index + 1])
                    {
                        // Keep "4.2", "e.g", "don't" inside one token.
                        word.unicodeScalars.append(current)
                        index += 1
                    } else {
                        break
                    }
                }
                tokens.append(
                    AnalyzedText.Token(word: WordNormalizer.normalize(Self.withoutPossessive(word)), start: start, end: index))
                continue
            }
            switch scalar {
            case ";", "?", "!":
                closePart(colon: false)
            case ":":
                closePart(colon: true)
            case ".":
                let previous = tokens.last.map { $0.end == index ? $0.word : "" } ?? ""
                let atEnd = index + 1 >= scalars.count || CharacterClasses.isWhitespace(scalars[index + 1])
                if atEnd, !abbreviations.contains(previous), !isEnumerationNumber(previous, tokens: tokens, partStart: partStart)
                {
                    closePart(colon: false)
                }
            case "(":
                if let length = enumerationMarkerLength(scalars, at: index), isAtItemStart(scalars, before: index) {
                    closePart(colon: false)
                    startsWithEnumeration = true
                    index += length
                    continue
                }
            default:
                break
            }
            index += 1
        }
        closePart(colon: false)
        return (tokens, parts)
    }

    /// "organisation's" → "organisation", so possessives match the plain word.
    static func withoutPossessive(_ word: String) -> String {
        for suffix in ["'s", "’s"] where word.hasSuffix(suffix) { return String(word.dropLast(2)) }
        return word
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        CharacterClasses.isWordScalar(scalar)
    }

    /// A dot inside a token: between digits ("4.2") or in "e.g" / "i.e".
    private static func isDigitOrAbbreviationDot(_ word: String, _ next: Unicode.Scalar) -> Bool {
        if let last = word.unicodeScalars.last, ("0"..."9").contains(last), ("0"..."9").contains(next) { return true }
        return word.count == 1 && ["e", "i"].contains(word.lowercased())
    }

    /// "1." or "a." that numbers an item at the start of a part is not the end of a sentence.
    private static func isEnumerationNumber(_ word: String, tokens: [AnalyzedText.Token], partStart: Int) -> Bool {
        tokens.count == partStart + 1 && (word.allSatisfy(\.isNumber) || word.count == 1)
    }

    /// Length of an enumeration marker such as "(a)", "(iv)" or "(12)" starting at `index`, if there is one.
    private static func enumerationMarkerLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        var end = index + 1
        while end < scalars.count, end - index <= 5, isWordScalar(scalars[end]) { end += 1 }
        guard end < scalars.count, scalars[end] == ")", end - index >= 2, end - index <= 5 else { return nil }
        let inner = String(String.UnicodeScalarView(scalars[(index + 1)..<end])).lowercased()
        let isNumber = inner.allSatisfy(\.isNumber)
        let isLetter = inner.count == 1 && inner.allSatisfy(\.isLetter)
        let isRoman = inner.allSatisfy { "ivxl".contains($0) }
        return isNumber || isLetter || isRoman ? end - index + 1 : nil
    }

    /// An enumeration marker starts an item only after whitespace, a colon or a semicolon, not in "7(1)".
    private static func isAtItemStart(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = scalars[index - 1]
        return CharacterClasses.isWhitespace(previous) || previous == ":" || previous == ";"
    }
}
