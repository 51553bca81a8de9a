/// Reads the modality of a sentence part from its marker words.
///
/// A hortatory marker outweighs a binding one (*shall endeavour*, *will look for ways to*, *shall,
/// where appropriate,* are exhortations); binding outweighs permissive; a recital is a mention.
/// The marker lists are documented in `docs/rule-format.md`.
public enum ModalityClassifier {
    /// The modality of a part given its normalised words.
    public static func modality(of words: [String]) -> Modality {
        if startsAsRecital(words) { return .mention }
        if containsAny(words, hortatoryWords) || containsPhrase(words, hortatoryPhrases) { return .hortatory }
        if words.contains("may"), let index = words.firstIndex(of: "may"), index + 1 < words.count,
            ["consider", "wish", "explore"].contains(words[index + 1])
        {
            return .hortatory
        }
        // "may not" forbids: a prohibition binds as much as an obligation.
        if containsAny(words, bindingWords) || containsPhrase(words, bindingPhrases) || containsPhrase(words, [["may", "not"]]) {
            return .binding
        }
        if containsAny(words, permissiveWords) || containsPhrase(words, permissivePhrases) { return .permissive }
        return .mention
    }

    /// True when the part has any modality marker of its own (so it does not inherit a lead-in's).
    public static func hasMarker(_ words: [String]) -> Bool {
        modality(of: words) != .mention || startsAsRecital(words)
    }

    static let bindingWords: Set<String> = [
        "shall", "must", "will", "undertake", "undertakes", "guarantee", "guarantees", "ensure",
        "ensures", "obliged", "obligated", "entitled", "cannot", "mandatory",
    ]
    static let bindingPhrases: [[String]] = [
        ["agree", "to"], ["agrees", "to"], ["agree", "that"], ["agrees", "that"], ["commit", "to"], ["commits", "to"],
        ["committed", "to"], ["is", "required", "to"], ["are", "required", "to"], ["the", "right", "to"],
        ["is", "responsible", "for"], ["are", "responsible", "for"],
    ]
    static let hortatoryWords: Set<String> = [
        "should", "endeavor", "endeavors", "endeavoring", "strive", "strives", "encourage", "encourages", "encouraged",
        "aspire", "aspires", "ought",
    ]
    static let hortatoryPhrases: [[String]] = [
        ["seek", "to"], ["seeks", "to"], ["aim", "to"], ["aims", "to"], ["intend", "to"], ["intends", "to"],
        ["look", "for", "ways"], ["best", "efforts"], ["as", "far", "as", "possible"], ["where", "appropriate"],
        ["as", "appropriate"], ["to", "the", "extent", "possible"], ["where", "possible"], ["wherever", "possible"],
        ["to", "the", "extent", "feasible"], ["where", "feasible"], ["subject", "to", "available", "resources"],
        ["make", "efforts"], ["explore", "ways"], ["explore", "the", "possibility"], ["give", "consideration"],
    ]
    static let permissiveWords: Set<String> = ["may", "can", "permitted", "allowed"]
    static let permissivePhrases: [[String]] = [["free", "to"], ["is", "free"], ["are", "free"]]

    /// Recital openings: preambles say what the parties recognise, not what they undertake.
    static let recitalOpenings: [[String]] = [
        ["recognizing"], ["recognize"], ["noting"], ["considering"], ["desiring"], ["desirous"], ["acknowledging"],
        ["affirming"], ["reaffirming"], ["recalling"], ["mindful"], ["convinced"], ["welcoming"], ["emphasizing"],
        ["stressing"], ["realizing"], ["aware"], ["determined"], ["conscious"], ["believing"], ["bearing", "in", "mind"],
        ["taking", "into", "account"], ["taking", "note"], ["whereas"], ["further", "recognizing"], ["also", "recognizing"],
    ]

    static func startsAsRecital(_ words: [String]) -> Bool {
        recitalOpenings.contains { opening in words.starts(with: opening) }
    }

    private static func containsAny(_ words: [String], _ markers: Set<String>) -> Bool {
        words.contains { markers.contains($0) }
    }

    private static func containsPhrase(_ words: [String], _ phrases: [[String]]) -> Bool {
        guard !words.isEmpty else { return false }
        for index in words.indices {
            for phrase in phrases where phrase[0] == words[index] && words[index...].starts(with: phrase) {
                return true
            }
        }
        return false
    }
}

/// Words that deny what follows: *no* fees, shall *not*, *without* charge, *prohibited*.
enum NegationCues {
    static let words: Set<String> = ["no", "not", "never", "neither", "nor", "without", "none", "cannot", "nothing"]

    /// True when the token at `index` is a negation cue.
    static func isCue(_ tokens: [AnalyzedText.Token], at index: Int, in range: Range<Int>) -> Bool {
        let word = tokens[index].word
        if words.contains(word) { return true }
        if word == "ban" || word == "bans" || word == "banned" { return true }
        if word.hasPrefix("prohibit") || word.hasPrefix("forbid") { return true }
        // "in no case", "under no circumstances" are caught by "no".
        return false
    }
}
