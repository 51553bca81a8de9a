/// A party to an agreement: a country or a regional body, and which way health workers move for it.
public struct Party: Sendable, Hashable {
    /// Who the party is.
    public enum Identity: Sendable, Hashable {
        /// A state, by its ISO 3166-1 alpha-3 code.
        case country(CountryCode)
        /// A regional body (`ASEAN`, `CARICOM`) and the member states the instrument covers.
        case body(shortName: String, name: String, members: [CountryCode])
    }

    /// Who the party is.
    public let identity: Identity
    /// Origin, destination or both.
    public let role: PartyRole
    /// The ministry or agency that signed or implements, if recorded.
    public let representedBy: String?
    /// Where the party is declared.
    public let position: TextPosition

    /// Creates a party.
    public init(identity: Identity, role: PartyRole, representedBy: String?, position: TextPosition) {
        self.identity = identity
        self.role = role
        self.representedBy = representedBy
        self.position = position
    }

    /// The countries this party stands for: itself, or the body's members.
    public var countries: [CountryCode] {
        switch identity {
        case .country(let code): return [code]
        case .body(_, _, let members): return members
        }
    }

    /// The name used in reports: the alpha-3 code, or the body's short name.
    public var displayName: String {
        switch identity {
        case .country(let code): return code.alpha3
        case .body(let shortName, _, _): return shortName
        }
    }
}
