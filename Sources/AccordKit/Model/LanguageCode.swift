/// An ISO 639-1 two-letter language code known to the standard, such as `en`, `fr` or `es`.
///
/// The table is generated from Debian's `iso-codes` (`swift run generate-accord`).
public struct LanguageCode: Sendable, Hashable, CustomStringConvertible, Codable {
    /// The lower-case two-letter code.
    public let code: String

    /// The code, if `text` is a known ISO 639-1 code.
    public init?(_ text: String) {
        guard ISO639.languages[text] != nil else { return nil }
        code = text
    }

    /// The first of the language's ISO names: *Spanish* for *Spanish; Castilian*.
    public var shortName: String {
        name.split(separator: ";").first.map { String($0) } ?? name
    }

    /// "French (fr)" for `fr`: how reports name the language clauses were read in; the bare code
    /// when it is not a known one.
    public static func displayName(_ code: String) -> String {
        LanguageCode(code).map { "\($0.shortName) (\($0.code))" } ?? code
    }

    /// English, the default language of clause texts.
    public static let english = LanguageCode(unchecked: "en")

    private init(unchecked code: String) {
        self.code = code
    }

    /// The language's English name.
    public var name: String { ISO639.languages[code] ?? code }

    public var description: String { code }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = LanguageCode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown language \(text)"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
