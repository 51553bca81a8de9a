/// Reads clause text into an `AnalyzedText` with one grammar and one lexicon: one pass to split
/// words and sentence parts, then each part's modality and negation cues.
///
/// Order matters: parts are found before modality (modality is per part), and enumeration items
/// take their lead-in's modality only after every part's own markers are known. A class: one is
/// built per compiled pack and shared by every clause it reads.
public final class TextAnalyzer: Sendable {
    /// The language's markers and spelling.
    public let grammar: Grammar
    /// The grammar's lexicon, extended with a rule pack's terms when text is matched against it.
    public let lexicon: Lexicon
    private let classifier: ModalityClassifier

    /// An analyser for `grammar`, with `lexicon` (the grammar's own by default).
    public init(grammar: Grammar, lexicon: Lexicon? = nil) {
        self.grammar = grammar
        self.lexicon = lexicon ?? grammar.lexicon
        classifier = ModalityClassifier(phrases: grammar.phrases)
    }

    /// Analyses `text`; `isRecital` forces every part to `mention` (a preamble), and `leadIn` is the
    /// modality of a parent clause that ends with a colon, which marker-less parts inherit.
    public func analyze(_ text: String, isRecital: Bool = false, leadIn: Modality? = nil) -> AnalyzedText {
        var text = text
        let splitter = lexicon.withTables { tables in
            var splitter = WordSplitter(
                tables: tables, spelling: grammar.spelling, dropsPossessiveS: grammar.data.possessives.contains("'s"))
            text.withUTF8 { splitter.split($0) }
            return splitter
        }
        let tokens = splitter.tokens
        var parts: [AnalyzedText.Part] = []
        parts.reserveCapacity(splitter.parts.count)
        var listModality: Modality? = leadIn
        for raw in splitter.parts {
            let partTokens = tokens[raw.tokenRange]
            let own = isRecital ? .mention : classifier.modality(of: partTokens)
            var modality = own
            let hasOwnMarker = isRecital || classifier.hasMarker(partTokens, modality: own)
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

    /// The normalised form of token `index` of `text`: lower case, folded spelling, no possessive.
    public func word(at index: Int, in text: AnalyzedText) -> String {
        grammar.normalize(text.excerpt(from: text.tokens[index].start, to: text.tokens[index].end))
    }

    /// The normalised form of every token of `text`, in order.
    public func words(of text: AnalyzedText) -> [String] {
        text.tokens.indices.map { word(at: $0, in: text) }
    }
}
