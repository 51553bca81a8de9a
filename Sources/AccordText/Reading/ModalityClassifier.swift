/// Reads the modality of a sentence part from its grammar's marker words and phrases.
///
/// A hortatory marker outweighs a binding one (*shall endeavour*, *will look for ways to*, *shall,
/// where appropriate,* are exhortations); binding outweighs permissive; a recital is a mention.
/// The markers are the grammar's (`grammars/en.yaml`), entered in its lexicon, so a part is
/// classified from its tokens' roles and word ids, not by comparing strings.
struct ModalityClassifier {
    let phrases: MarkerPhrases

    /// The modality of a part given its tokens.
    func modality(of tokens: ArraySlice<AnalyzedText.Token>) -> Modality {
        if startsAsRecital(tokens) { return .mention }
        // "Should the Nurse resign, …": the opening word states a condition, not an exhortation.
        if let first = tokens.first, phrases.conditionalOpenings.contains(first.word), tokens.count > 1 {
            return modality(of: tokens.dropFirst())
        }
        var roles: GrammarRoles = []
        for token in tokens { roles.formUnion(token.roles) }
        let hasPhrase = roles.contains(.phraseStart)
        if roles.contains(.hortatory) || (hasPhrase && containsPhrase(tokens, phrases.hortatory)) { return .hortatory }
        if let may = tokens.firstIndex(where: { $0.word == phrases.permissiveAuxiliary }), may + 1 < tokens.endIndex,
            phrases.permissiveToHortatory.contains(tokens[may + 1].word)
        {
            return .hortatory
        }
        // "may not" forbids: a prohibition binds as much as an obligation.
        if roles.contains(.binding)
            || (hasPhrase && (containsPhrase(tokens, phrases.binding) || containsPhrase(tokens, phrases.prohibition)))
        {
            return .binding
        }
        if roles.contains(.permissive) || (hasPhrase && containsPhrase(tokens, phrases.permissive)) { return .permissive }
        return .mention
    }

    /// True when the part has any modality marker of its own (so it does not inherit a lead-in's).
    func hasMarker(_ tokens: ArraySlice<AnalyzedText.Token>, modality: Modality) -> Bool {
        modality != .mention || startsAsRecital(tokens)
    }

    func startsAsRecital(_ tokens: ArraySlice<AnalyzedText.Token>) -> Bool {
        guard let first = tokens.first, first.roles.contains(.phraseStart) else { return false }
        return phrases.recital.contains { opening in tokens.lazy.map(\.word).starts(with: opening) }
    }

    private func containsPhrase(_ tokens: ArraySlice<AnalyzedText.Token>, _ phrases: [[Lexicon.WordID]]) -> Bool {
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
