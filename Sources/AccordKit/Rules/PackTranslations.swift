import Synchronization

/// A pack's language files (`languages/<code>.yaml`), each read the first time it is asked for.
///
/// Reading the WHO Code pack's French and Spanish files doubled the start-up cost of every
/// command, though most runs read English only; so scoring reads a file when the first agreement
/// in its language arrives. `accord validate` and `accord rules test` read them all
/// (`RulePackLoader.load(_:readingLanguages:)`), so a broken file is still reported where packs are
/// checked. A class: every copy of the pack shares one cache.
public final class PackTranslations: Sendable {
    /// The languages that have a file: the pack's languages after the first.
    public let languages: [String]
    private let read: @Sendable (String) -> Result<PackLanguage, InvalidInputError>
    private let cache = Mutex<[String: Result<PackLanguage, InvalidInputError>]>([:])

    init(languages: [String], read: @escaping @Sendable (String) -> Result<PackLanguage, InvalidInputError>) {
        self.languages = languages
        self.read = read
    }

    /// No language files: a pack that reads one language.
    static let none = PackTranslations(languages: []) { _ in
        .failure(InvalidInputError(file: "", diagnostics: []))
    }

    /// The file of `language`, read on first use, or its problems; nil when the pack has no file
    /// for it.
    public func load(_ language: String) -> Result<PackLanguage, InvalidInputError>? {
        guard languages.contains(language) else { return nil }
        if let known = cache.withLock({ $0[language] }) { return known }
        let result = read(language)
        return cache.withLock { cache in
            if let first = cache[language] { return first }
            cache[language] = result
            return result
        }
    }

    /// The file of `language` when it reads without a problem.
    public subscript(language: String) -> PackLanguage? {
        guard case .success(let file) = load(language) else { return nil }
        return file
    }

    /// The problems of every file, in the pack's language order.
    public func problems() -> [Diagnostic] {
        languages.flatMap { language -> [Diagnostic] in
            guard case .failure(let error) = load(language) else { return [] }
            return error.diagnostics
        }
    }
}
