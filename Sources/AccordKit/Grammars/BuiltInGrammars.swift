import AccordText

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
    public static func grammar(for language: String) -> Grammar? {
        loaded[language]
    }

    /// Every embedded grammar, loaded; a file that does not load is left out (a test loads each and
    /// fails on any problem).
    private static let loaded: [String: Grammar] = Dictionary(
        uniqueKeysWithValues: embedded.keys.compactMap { language in (try? load(language)).flatMap { $0 }.map { (language, $0) } }
    )

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
