import AccordText
import Synchronization

/// The grammars compiled into accord, one per language, so text is read the same wherever the
/// binary is copied.
///
/// The files are embedded as source by `swift run generate-accord` (see
/// `BuiltInGrammars+Generated.swift`); a test fails when they differ from `grammars/`. Each is
/// loaded once, on first use.
public enum BuiltInGrammars {
    /// The languages accord has a grammar for, sorted.
    public static var languages: [String] { embedded.keys.sorted() }

    /// The grammar of `language` (an ISO 639-1 code), or nil when accord has none.
    ///
    /// Each is loaded on first use, so a command reading English never builds the others. A file
    /// that does not load counts as none (a test loads each and fails on any problem).
    public static func grammar(for language: String) -> Grammar? {
        if let known = loaded.withLock({ $0[language] }) { return known }
        let grammar = (try? load(language)).flatMap { $0 }
        return loaded.withLock { cache in
            if let first = cache[language] { return first }
            cache[language] = grammar
            return grammar
        }
    }

    /// The grammars loaded so far, nil for a language that has none.
    private static let loaded = Mutex<[String: Grammar?]>([:])

    /// Loads the embedded grammar of `language` (its `grammar.yaml` and `countries.yaml`),
    /// reporting its problems.
    public static func load(_ language: String) throws(InvalidInputError) -> Grammar? {
        guard let files = embedded[language], let grammar = files["grammar.yaml"] else { return nil }
        let folder = "grammars/\(language)/"
        return try GrammarLoader().load(
            SourceFile(path: folder + "grammar.yaml", text: grammar),
            countries: files["countries.yaml"].map { SourceFile(path: folder + "countries.yaml", text: $0) })
    }
}
