/// Reads the modality of a sentence part from its marker words.
///
/// A hortatory marker outweighs a binding one (*shall endeavour*, *will look for ways to*, *shall,
/// where appropriate,* are exhortations); binding outweighs permissive; a recital is a mention.
/// The marker lists are documented in `docs/rule-format.md`; they are entered in `Lexicon.grammar`,
/// so a part is classified from its tokens' roles and word ids, not by comparing strings.
public enum ModalityClassifier {
    /// The modality of a part given its tokens.
    static func modality(of tokens: ArraySlice<AnalyzedText.Token>) -> Modality {
        if startsAsRecital(tokens) { return .mention }
        var roles: GrammarRoles = []
        for token in tokens { roles.formUnion(token.roles) }
        let hasPhrase = roles.contains(.phraseStart)
        if roles.contains(.hortatory) || (hasPhrase && containsPhrase(tokens, Phrases.hortatory)) { return .hortatory }
        if let may = tokens.firstIndex(where: { $0.word == Phrases.may }), may + 1 < tokens.endIndex,
            Phrases.mayHortatory.contains(tokens[may + 1].word)
        {
            return .hortatory
        }
        // "may not" forbids: a prohibition binds as much as an obligation.
        if roles.contains(.binding) || (hasPhrase && containsPhrase(tokens, Phrases.bindingOrMayNot)) {
            return .binding
        }
        if roles.contains(.permissive) || (hasPhrase && containsPhrase(tokens, Phrases.permissive)) { return .permissive }
        return .mention
    }

    /// True when the part has any modality marker of its own (so it does not inherit a lead-in's).
    static func hasMarker(_ tokens: ArraySlice<AnalyzedText.Token>, modality: Modality) -> Bool {
        modality != .mention || startsAsRecital(tokens)
    }

    static let bindingWords = [
        "shall", "must", "will", "undertake", "undertakes", "guarantee", "guarantees", "ensure",
        "ensures", "obliged", "obligated", "entitled", "cannot", "mandatory",
    ]
    static let bindingPhrases = [
        ["agree", "to"], ["agrees", "to"], ["agree", "that"], ["agrees", "that"], ["commit", "to"], ["commits", "to"],
        ["committed", "to"], ["is", "required", "to"], ["are", "required", "to"], ["the", "right", "to"],
        ["is", "responsible", "for"], ["are", "responsible", "for"],
    ]
    static let hortatoryWords = [
        "should", "endeavor", "endeavors", "endeavoring", "strive", "strives", "encourage", "encourages", "encouraged",
        "aspire", "aspires", "ought",
    ]
    static let hortatoryPhrases = [
        ["seek", "to"], ["seeks", "to"], ["aim", "to"], ["aims", "to"], ["intend", "to"], ["intends", "to"],
        ["look", "for", "ways"], ["best", "efforts"], ["as", "far", "as", "possible"], ["where", "appropriate"],
        ["as", "appropriate"], ["to", "the", "extent", "possible"], ["where", "possible"], ["wherever", "possible"],
        ["to", "the", "extent", "feasible"], ["where", "feasible"], ["subject", "to", "available", "resources"],
        ["make", "efforts"], ["explore", "ways"], ["explore", "the", "possibility"], ["give", "consideration"],
    ]
    static let permissiveWords = ["may", "can", "permitted", "allowed"]
    static let permissivePhrases = [["free", "to"], ["is", "free"], ["are", "free"]]
    /// *may consider*, *may wish*, *may explore* exhort rather than permit.
    static let mayHortatoryVerbs = ["consider", "wish", "explore"]

    /// Recital openings: preambles say what the parties recognise, not what they undertake.
    static let recitalOpenings = [
        ["recognizing"], ["recognize"], ["noting"], ["considering"], ["desiring"], ["desirous"], ["acknowledging"],
        ["affirming"], ["reaffirming"], ["recalling"], ["mindful"], ["convinced"], ["welcoming"], ["emphasizing"],
        ["stressing"], ["realizing"], ["aware"], ["determined"], ["conscious"], ["believing"], ["bearing", "in", "mind"],
        ["taking", "into", "account"], ["taking", "note"], ["whereas"], ["further", "recognizing"], ["also", "recognizing"],
    ]

    /// Every multi-word marker and recital opening, for `Lexicon.grammar`.
    static var allPhrases: [[String]] {
        bindingPhrases + hortatoryPhrases + permissivePhrases + recitalOpenings + [["may", "not"]]
    }

    /// The phrases as word ids of `Lexicon.grammar` (the same in every lexicon built from it).
    private enum Phrases {
        static func ids(_ phrases: [[String]]) -> [[Lexicon.WordID]] {
            phrases.map { $0.map(Lexicon.grammar.id(of:)) }
        }
        static let binding = ids(bindingPhrases)
        static let hortatory = ids(hortatoryPhrases)
        static let permissive = ids(permissivePhrases)
        static let recital = ids(recitalOpenings)
        static let may = Lexicon.grammar.id(of: "may")
        static let bindingOrMayNot = binding + [[may, Lexicon.grammar.id(of: "not")]]
        static let mayHortatory = Set(mayHortatoryVerbs.map(Lexicon.grammar.id(of:)))
    }

    static func startsAsRecital(_ tokens: ArraySlice<AnalyzedText.Token>) -> Bool {
        guard let first = tokens.first, first.roles.contains(.phraseStart) else { return false }
        return Phrases.recital.contains { opening in tokens.lazy.map(\.word).starts(with: opening) }
    }

    private static func containsPhrase(_ tokens: ArraySlice<AnalyzedText.Token>, _ phrases: [[Lexicon.WordID]]) -> Bool {
        for index in tokens.indices where tokens[index].roles.contains(.phraseStart) {
            let word = tokens[index].word
            for phrase in phrases where phrase[0] == word && index + phrase.count <= tokens.endIndex {
                var matched = true
                for offset in 1..<phrase.count where tokens[index + offset].word != phrase[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
        }
        return false
    }
}
