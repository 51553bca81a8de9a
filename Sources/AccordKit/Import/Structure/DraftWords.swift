import AccordText

/// A text split into words in the reading form of a grammar (lower case, accents folded, elisions
/// split), so that country names, demonyms and cue words are found however the draft writes them.
struct DraftWords {
    let words: [String]

    init(_ text: String, grammar: Grammar) {
        var words: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words += grammar.readingWords(of: current) }
            current = ""
        }
        for character in text {
            if character.isLetter || character.isNumber || character == "'" || character == "’" {
                current.append(character == "’" ? "'" : character)
            } else {
                flush()
            }
        }
        flush()
        self.words = words
    }

    /// A phrase as a pattern: its words in reading form, a final `*` matching any word it begins.
    static func pattern(_ phrase: String, grammar: Grammar) -> [(word: String, isPrefix: Bool)] {
        let isPrefix = phrase.hasSuffix("*")
        let words = DraftWords(isPrefix ? String(phrase.dropLast()) : phrase, grammar: grammar).words
        return words.enumerated().map { index, word in (word, isPrefix && index == words.count - 1) }
    }

    /// Where `pattern` occurs, by the index of its first word.
    func occurrences(of pattern: [(word: String, isPrefix: Bool)]) -> [Int] {
        guard let first = pattern.first, words.count >= pattern.count else { return [] }
        var found: [Int] = []
        for start in 0...(words.count - pattern.count) where matches(first, words[start]) {
            if pattern.indices.allSatisfy({ matches(pattern[$0], words[start + $0]) }) { found.append(start) }
        }
        return found
    }

    private func matches(_ part: (word: String, isPrefix: Bool), _ word: String) -> Bool {
        part.isPrefix ? word.hasPrefix(part.word) : word == part.word
    }
}
