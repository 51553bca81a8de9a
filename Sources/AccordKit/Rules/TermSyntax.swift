import AccordText

/// The syntax of a term (`docs/rule-format.md`, "Evidence patterns"): alternatives separated by
/// `|`, each a word or a phrase of words, a word ending in `*` a prefix, `@name` a vocabulary list.
///
/// Syntax only: which words a term matches depends on the grammar it is compiled with (spelling
/// folds), which is the matching layer's business.
public enum TermSyntax {
    /// One word of an alternative, as written.
    public struct Word: Sendable, Hashable {
        /// The word without its `*`.
        public let text: String
        /// True for `word*`.
        public let isPrefix: Bool
    }

    /// Why a term cannot be read.
    public enum TermError: Error, Equatable, Sendable {
        case unknownVocabulary(String)
        case malformed(String)
        /// The term, or the vocabulary list it names (`@name`), stands for more alternatives than
        /// the limit allows.
        case tooManyAlternatives(String)
    }

    /// Most alternatives a term or a vocabulary list may stand for once its lists are expanded.
    ///
    /// A list naming another list ten times is ten times as long, so a few lines could stand for
    /// millions of phrases; the WHO Code pack's longest term stands for 94.
    public static let defaultMaximumAlternatives = 1_000

    /// The alternatives of `source`, vocabulary lists expanded, each a sequence of words.
    public static func alternatives(of source: String, vocabulary: [String: [String]]) -> Result<[[Word]], TermError> {
        alternatives(of: source, vocabulary: ReadVocabulary(vocabulary))
    }

    /// A pack's vocabulary lists with their entries read once, however many terms use them.
    public struct ReadVocabulary: Sendable {
        let lists: [String: Result<[[Word]], TermError>]
        /// Most alternatives a list, or a term using lists, may stand for.
        let maximumAlternatives: Int

        /// Reads every entry of every list of `vocabulary`; an entry `@name` stands for every entry
        /// of list `name` (a list may not name itself, directly or through others).
        ///
        /// A list longer
        /// than `maximumAlternatives` once expanded is not built: it is a `tooManyAlternatives`
        /// failure, so expansion costs at most that many entries a list.
        public init(_ vocabulary: [String: [String]], maximumAlternatives: Int = TermSyntax.defaultMaximumAlternatives) {
            self.maximumAlternatives = maximumAlternatives
            var lists: [String: Result<[[Word]], TermError>] = [:]
            func read(_ name: String, visiting: Set<String>) -> Result<[[Word]], TermError> {
                if let done = lists[name] { return done }
                guard let list = vocabulary[name] else { return .failure(.unknownVocabulary(name)) }
                guard !visiting.contains(name) else { return .failure(.malformed("@" + name)) }
                var entries: [[Word]] = []
                for entry in list {
                    if entry.hasPrefix("@") {
                        switch read(String(entry.dropFirst()), visiting: visiting.union([name])) {
                        case .success(let nested): entries += nested
                        case .failure(let error): return .failure(error)
                        }
                        if entries.count > maximumAlternatives { return .failure(.tooManyAlternatives("@" + name)) }
                    } else if let words = TermSyntax.words(of: entry) {
                        entries.append(words)
                        if entries.count > maximumAlternatives { return .failure(.tooManyAlternatives("@" + name)) }
                    } else {
                        return .failure(.malformed(entry))
                    }
                }
                return .success(entries)
            }
            for name in vocabulary.keys.sorted() { lists[name] = read(name, visiting: []) }
            self.lists = lists
        }
    }

    /// The alternatives of `source`, with `vocabulary` already read.
    public static func alternatives(of source: String, vocabulary: ReadVocabulary) -> Result<[[Word]], TermError> {
        var alternatives: [[Word]] = []
        for piece in source.split(separator: "|", omittingEmptySubsequences: false) {
            let alternative = String(piece).trimmingWhitespace
            if alternative.hasPrefix("@") {
                let name = String(alternative.dropFirst())
                guard let list = vocabulary.lists[name] else { return .failure(.unknownVocabulary(name)) }
                switch list {
                case .success(let entries): alternatives += entries
                case .failure(let error): return .failure(error)
                }
            } else {
                guard let words = words(of: alternative) else { return .failure(.malformed(alternative)) }
                alternatives.append(words)
            }
            if alternatives.count > vocabulary.maximumAlternatives { return .failure(.tooManyAlternatives(source)) }
        }
        return .success(alternatives)
    }

    /// The words of one alternative (letters and digits, each optionally ending in `*`), or nil
    /// when it has none or holds other characters.
    static func words(of alternative: String) -> [Word]? {
        if PartyPlaceholder(rawValue: alternative) != nil { return [Word(text: alternative, isPrefix: false)] }
        let pieces = alternative.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard !pieces.isEmpty else { return nil }
        var words: [Word] = []
        for piece in pieces {
            let isPrefix = piece.hasSuffix("*")
            let body = isPrefix ? String(piece.dropLast()) : String(piece)
            guard !body.isEmpty,
                body.unicodeScalars.allSatisfy({ CharacterClasses.isWordScalar($0) || $0 == "'" || $0 == "." })
            else { return nil }
            words.append(Word(text: body, isPrefix: isPrefix))
        }
        return words
    }
}

/// An alternative standing for the agreement's own parties by name: `$origin` matches how the text
/// names any origin party (*Zimbabwe*, *Zimbabwean nurses*), `$destination` any destination party,
/// in the language's country names (`grammars/<language>/countries.yaml`).
public enum PartyPlaceholder: String, Sendable, CaseIterable, Hashable {
    case origin = "$origin"
    case destination = "$destination"
}
