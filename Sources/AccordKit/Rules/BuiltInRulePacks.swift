/// The rule packs compiled into accord, so the default pack is found wherever the binary is copied.
///
/// The files are embedded as source by `swift run generate-accord` (see
/// `BuiltInRulePacks+Generated.swift`); a test fails when they differ from `rules/`.
public enum BuiltInRulePacks {
    /// The pack used when none is named.
    public static let defaultID = "who-code-2010"

    /// Ids of the built-in packs, sorted.
    public static var ids: [String] { embedded.keys.sorted() }

    /// The files of built-in pack `id`, or nil when there is none.
    public static func files(for id: String) -> EmbeddedPackFiles? {
        embedded[id].map { EmbeddedPackFiles(root: "rules/\(id)", files: $0) }
    }

    /// Loads built-in pack `id`, with its language files (`readingLanguages`) or each when first
    /// needed.
    public static func load(_ id: String = defaultID, readingLanguages: Bool = true) throws(InvalidInputError) -> RulePack? {
        guard let files = files(for: id) else { return nil }
        return try RulePackLoader().load(files, readingLanguages: readingLanguages)
    }
}
