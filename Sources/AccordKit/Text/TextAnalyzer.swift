/// Reads clause text into an `AnalyzedText`: one pass to split words and sentence parts, then each
/// part's modality and negation cues.
///
/// Order matters: parts are found before modality (modality is per part), and enumeration items
/// take their lead-in's modality only after every part's own markers are known.
public enum TextAnalyzer {
    /// Analyses `text` with the words of `lexicon` (a rule pack's `TermTable.lexicon` when the text
    /// will be matched against the pack); `isRecital` forces every part to `mention` (a preamble),
    /// and `leadIn` is the modality of a parent clause that ends with a colon, which marker-less
    /// parts inherit.
    public static func analyze(
        _ text: String, lexicon: Lexicon = .grammar, isRecital: Bool = false, leadIn: Modality? = nil
    ) -> AnalyzedText {
        var text = text
        let splitter = lexicon.withTables { tables in
            var splitter = WordSplitter(tables: tables)
            text.withUTF8 { splitter.split($0) }
            return splitter
        }
        let tokens = splitter.tokens
        var parts: [AnalyzedText.Part] = []
        parts.reserveCapacity(splitter.parts.count)
        var listModality: Modality? = leadIn
        for raw in splitter.parts {
            let partTokens = tokens[raw.tokenRange]
            let own = isRecital ? .mention : ModalityClassifier.modality(of: partTokens)
            var modality = own
            let hasOwnMarker = isRecital || ModalityClassifier.hasMarker(partTokens, modality: own)
            if !hasOwnMarker, let inherited = listModality, raw.startsWithEnumeration || leadIn != nil {
                modality = inherited
            }
            if raw.endsWithColon {
                listModality = modality
            } else if !raw.startsWithEnumeration, hasOwnMarker {
                listModality = leadIn
            }
            let negations = raw.tokenRange.filter { tokens[$0].roles.contains(.negationCue) }
            parts.append(AnalyzedText.Part(tokenRange: raw.tokenRange, modality: modality, negations: negations))
        }
        return AnalyzedText(
            text: text, tokens: tokens, parts: parts, prefixIDs: splitter.prefixIDs,
            textWordCount: splitter.textWordCount, lexiconSize: lexicon.size
        )
    }

    /// Abbreviations after which a full stop does not end a sentence.
    static let abbreviations = [
        "art", "arts", "no", "nos", "para", "paras", "e.g", "i.e", "eg", "ie", "etc", "cf", "vs", "mr", "mrs", "ms", "dr",
        "st", "sec", "ch", "p", "pp", "vol", "inc", "ltd", "co", "govt", "dept", "annex", "ref", "approx",
    ]

    /// A letter or digit: part of a word.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        CharacterClasses.isWordScalar(scalar)
    }
}
