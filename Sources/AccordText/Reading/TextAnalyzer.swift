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
        var tokens = splitter.tokens
        let cues = CueIndex(
            grammar.cues.occurrences(tokens: tokens, prefixIDs: splitter.prefixIDs, parts: splitter.parts.lazy.map(\.tokenRange)),
            tokenCount: tokens.count)
        // "not less than GBP 4 million", "no later than": negation words that deny nothing.
        for idiom in cues.cues(.notNegation, in: 0..<tokens.count) {
            for index in idiom { tokens[index].roles.remove(.negationCue) }
        }
        if !grammar.phrases.restrictives.isEmpty { Self.keepRestrictives(&tokens, parts: splitter.parts, grammar.phrases) }
        let phrases = PhraseReader(tokens: tokens, cues: cues)
        let commitments = CommitmentReader(phrases: phrases, cues: cues)
        var parts: [AnalyzedText.Part] = []
        parts.reserveCapacity(splitter.parts.count)
        var segments: [Segment] = []
        segments.reserveCapacity(splitter.parts.count)
        var listModality: Modality? = leadIn
        // For each part, the lead-in it is an item of ("The receiving Party shall: (a) bear …").
        var leadIns: [Int?] = []
        var openLeadIn: Int?
        var definesPrevious = false
        // Whether the open lead-in lists aims and commits no one of its own.
        var leadInListsAims = false
        for (partIndex, raw) in splitter.parts.enumerated() {
            if !raw.startsWithEnumeration {
                openLeadIn = nil
                leadInListsAims = false
            }
            leadIns.append(raw.startsWithEnumeration ? openLeadIn : nil)
            // "The objectives of this Memorandum are: (a) … (b) to ensure that …": items of a list
            // of aims state aims, whatever their verbs.
            let listsAims = raw.startsWithEnumeration && leadInListsAims
            if raw.endsWithColon { openLeadIn = partIndex }
            // '"Circular migration": the temporary movement …', '« Migration circulaire » : …': a
            // quoted term before a colon heads a definition, and the part after it defines it.
            let headsDefinition =
                raw.endsWithColon && raw.tokenRange.count <= Self.longestDefinedTerm
                && tokens[raw.tokenRange.lowerBound].roles.contains(.quoted)
            var commitment = commitments.commitment(of: raw.tokenRange)
            if headsDefinition || definesPrevious { commitment = .definition }
            definesPrevious = headsDefinition
            // Aims, objectives, areas of cooperation and background commit no one, whatever their
            // verb; any other operative sentence in the present tense states a rule.
            let describes = listsAims || commitments.describes(raw.tokenRange)
            let leadsList = partIndex + 1 < splitter.parts.count && splitter.parts[partIndex + 1].startsWithEnumeration
            let bounds = segmentBounds(raw.tokenRange, phrases: phrases)
            let firstSegment = segments.count
            // A sanction covers its sentence part up to its own clause: "an employer who pays a
            // nurse less … commits an offence" denies what its relative clause describes, but what
            // follows is the remedy ("… shall be liable to a fine, and that amount shall be
            // refunded to the nurse"), not what is sanctioned.
            let sanction = cues.first(.sanction, in: raw.tokenRange)
            var hasOwnMarker = false
            var strongest = Modality.mention
            var last = Modality.mention
            for (position, range) in bounds.enumerated() {
                let segmentTokens = tokens[range]
                let own = isRecital ? .mention : classifier.modality(of: segmentTokens)
                let marked = isRecital || classifier.hasMarker(segmentTokens, modality: own)
                var modality = own
                if position == 0 {
                    if !marked, let inherited = listModality, raw.startsWithEnumeration || leadIn != nil {
                        modality = inherited
                    } else if !marked, !isRecital, !describes, commitment == .operative, range.count >= Self.shortestRule {
                        modality = .binding
                    }
                } else if !marked {
                    modality = last
                }
                // "No person may recruit …", "Neither the employer nor the agency may charge …",
                // "Only licensed agencies may recruit …": a permission denied to all but a few binds.
                if modality == .permissive,
                    tokens[range.lowerBound].roles.contains(.negationCue) || cues.starts(.inversionOpening, at: range.lowerBound)
                {
                    modality = .binding
                }
                if listsAims { modality = .mention }
                hasOwnMarker = hasOwnMarker || marked
                strongest = max(strongest, modality)
                last = modality
                let final = commitment == .operative && commitments.isFinalClause(range)
                segments.append(
                    Segment(
                        tokenRange: range, modality: modality, commitment: final ? .finalClause : commitment,
                        part: parts.count, sanctioned: sanction.map { range.lowerBound < $0.upperBound } ?? false))
            }
            // A lead-in that states aims and commits no one of its own ("For the purposes of this
            // Agreement, the receiving Party shall:" commits).
            if raw.endsWithColon { leadInListsAims = describes && strongest == .mention }
            if raw.endsWithColon || (leadsList && hasOwnMarker) {
                listModality = last
            } else if !raw.startsWithEnumeration, hasOwnMarker {
                listModality = leadIn
            }
            let negations = raw.tokenRange.filter { tokens[$0].roles.contains(.negationCue) }
            parts.append(
                AnalyzedText.Part(
                    tokenRange: raw.tokenRange, modality: strongest, negations: negations,
                    segments: firstSegment..<segments.count, commitment: commitment))
        }
        let meaning = MeaningReader(phrases: phrases, cues: cues, negations: parts.flatMap(\.negations))
            .meaning(of: segments, leadIns: leadIns)
        return AnalyzedText(
            text: text, tokens: tokens, parts: parts, segments: segments, meaning: meaning, prefixIDs: splitter.prefixIDs,
            textWordCount: splitter.textWordCount, lexiconSize: lexicon.size
        )
    }

    /// Takes the denial off a restrictive cue: *ne … que* says "only".
    ///
    /// "Le recrutement ne s'effectue que par la voie gouvernementale" denies nothing. A cue keeps
    /// its denial when another negation cue comes first (*ne … pas … que*) or its completion never
    /// comes.
    private static func keepRestrictives(
        _ tokens: inout [AnalyzedText.Token], parts: [WordSplitter.RawPart], _ phrases: MarkerPhrases
    ) {
        for part in parts {
            for index in part.tokenRange where tokens[index].roles.contains(.negationCue) {
                guard let pair = phrases.restrictives.first(where: { $0.cue == tokens[index].word }) else { continue }
                for next in (index + 1)..<part.tokenRange.upperBound {
                    if tokens[next].word == pair.completion {
                        tokens[index].roles.remove(.negationCue)
                        break
                    }
                    if tokens[next].roles.contains(.negationCue) { break }
                }
            }
        }
    }

    /// The most words a quoted term heading a definition has.
    static let longestDefinedTerm = 6

    /// The fewest words an unmarked sentence needs to read as a rule rather than a heading.
    static let shortestRule = 3

    /// The clauses of a part: it splits where a conjunction or a comma is followed by a new modal
    /// verb, and the words before already had one ("shall pay the airfare and should provide
    /// housing").
    private func segmentBounds(_ part: Range<Int>, phrases: PhraseReader) -> [Range<Int>] {
        var starts = [part.lowerBound]
        var hasModal = false
        for index in part {
            if index > starts[starts.count - 1], hasModal,
                phrases.cues.starts(.conjunction, at: index) || phrases.tokens[index].roles.contains(.afterComma)
            {
                let reach = (index + 1)..<min(part.upperBound, index + 6)
                let nextModal = reach.first { phrases.isModal($0) || phrases.cues.starts(.conjunction, at: $0) }
                if let nextModal, phrases.isModal(nextModal) {
                    starts.append(index)
                    hasModal = false
                }
            }
            // "La Partie d'accueil prend en charge les frais et s'efforce de soutenir …", "Las Partes
            // intercambiarán información y podrán considerar …": a rule with no modal verb (the
            // French present, the Spanish future) joined to an exhortation or a permission keeps
            // its own strength.
            if !hasModal, index - starts[starts.count - 1] >= Self.shortestRule, index + 1 < part.upperBound,
                phrases.cues.starts(.conjunction, at: index)
            {
                let next = phrases.tokens[(index + 1)..<min(part.upperBound, index + 5)]
                if [.hortatory, .permissive].contains(classifier.modality(of: next)) {
                    starts.append(index)
                    hasModal = true
                    continue
                }
            }
            if phrases.isModal(index) { hasModal = true }
        }
        return starts.indices.map { starts[$0]..<(($0 + 1 < starts.count) ? starts[$0 + 1] : part.upperBound) }
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
