/// An ISO 3166-1 alpha-3 country code known to the standard; invalid codes never reach the model.
///
/// The table is generated from Debian's `iso-codes` (`swift run generate-accord`), never typed by hand.
public struct CountryCode: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The upper-case alpha-3 code, such as `KEN`.
    public let alpha3: String

    /// The code, if `text` is a known alpha-3 code (upper case, exactly as ISO writes it).
    public init?(_ text: String) {
        guard CountryCode.namesByAlpha3[text] != nil else { return nil }
        alpha3 = text
    }

    /// The country's short name in English, from ISO 3166-1.
    public var name: String { CountryCode.namesByAlpha3[alpha3] ?? alpha3 }

    public var description: String { alpha3 }

    public static func < (lhs: CountryCode, rhs: CountryCode) -> Bool { lhs.alpha3 < rhs.alpha3 }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = CountryCode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown code \(text)"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(alpha3)
    }

    static let namesByAlpha3: [String: String] = Dictionary(
        uniqueKeysWithValues: ISO3166.countries.map { ($0.alpha3, $0.name) }
    )

    /// What the user probably meant by an unknown code: the alpha-3 form of an alpha-2 code or a
    /// country name, the upper-case form, or a close alpha-3 code.
    public static func suggestion(for text: String) -> String? {
        let upper = text.uppercased()
        if upper != text, namesByAlpha3[upper] != nil { return upper }
        if upper == "UK" { return "GBR" }
        if let country = ISO3166.countries.first(where: { $0.alpha2 == upper }) { return country.alpha3 }
        let folded = text.lowercased()
        if let country = ISO3166.countries.first(where: {
            $0.name.lowercased() == folded || $0.commonName?.lowercased() == folded
        }) {
            return country.alpha3
        }
        return nil
    }
}

/// One row of the ISO 3166-1 table.
struct ISO3166Country: Sendable {
    let alpha2: String
    let alpha3: String
    let name: String
    let commonName: String?
}
