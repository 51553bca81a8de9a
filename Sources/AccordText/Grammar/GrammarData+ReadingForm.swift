/// A grammar's entries as the tokeniser reads text: lower case, accents folded, elisions split off
/// and contractions expanded.
///
/// Text goes through the same steps (`WordSplitter`), so a grammar author writes *s'engagent à* or
/// *a cargo del* as the language does, and the entry matches the tokens the text becomes.
extension GrammarData {
    /// This grammar with every entry in its reading form.
    func readingForm() -> GrammarData {
        var data = self
        let fold = AccentFolding.readingForm
        func folded(_ pairs: [String: String]) -> [String: String] {
            Dictionary(pairs.map { (fold($0.key), fold($0.value)) }, uniquingKeysWith: { first, _ in first })
        }
        data.elisions = folded(elisions)
        data.contractions = folded(contractions)
        let reader = data
        let phrase = { (entry: String) in reader.readingPhrase(entry) }
        data.abbreviations = abbreviations.map(fold)
        data.possessives = possessives.map(fold)
        data.spelling.words = folded(spelling.words)
        data.spelling.keep = spelling.keep.map(fold)
        data.modality.binding = modality.binding.map(phrase)
        data.modality.hortatory = modality.hortatory.map(phrase)
        data.modality.permissive = modality.permissive.map(phrase)
        data.modality.prohibitions = modality.prohibitions.map(phrase)
        data.modality.permissiveAuxiliary = fold(modality.permissiveAuxiliary)
        data.modality.permissiveToHortatory = modality.permissiveToHortatory.map(fold)
        data.modality.conditionalOpenings = modality.conditionalOpenings.map(fold)
        data.recitals = recitals.map(phrase)
        data.negation.cues = negation.cues.map(phrase)
        data.negation.cuePrefixes = negation.cuePrefixes.map(fold)
        data.negation.cancellers = negation.cancellers.map(fold)
        data.negation.scopeBreaks = negation.scopeBreaks.map(phrase)
        data.negation.restrictives = negation.restrictives.map(phrase)
        data.cues = cues.mapValues { $0.map(phrase) }
        return data
    }

    /// A phrase (already folded or not) as the words the tokeniser reads, joined by spaces.
    func readingPhrase(_ entry: String) -> String {
        let words = AccentFolding.readingForm(entry).split(separator: " ").flatMap { readingWords(of: String($0)) }
        return words.joined(separator: " ")
    }

    /// The words a folded word is read as: an elided article split off (*l'employeur*), a
    /// contraction expanded (*del*).
    func readingWords(of word: String) -> [String] {
        var rest = Substring(word)
        var words: [String] = []
        while let apostrophe = rest.firstIndex(where: { $0 == "'" || $0 == "’" }),
            let full = elisions[String(rest[..<apostrophe])],
            rest.index(after: apostrophe) < rest.endIndex
        {
            words.append(full)
            rest = rest[rest.index(after: apostrophe)...]
        }
        if let expanded = contractions[String(rest)] {
            words += expanded.split(separator: " ").map(String.init)
        } else {
            words.append(String(rest))
        }
        return words
    }
}
