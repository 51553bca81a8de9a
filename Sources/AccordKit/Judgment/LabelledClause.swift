/// A clause with the verdict a person gave it by `docs/labelling-guide.md`: the principles it
/// provides (and how strongly) and the principles it contradicts.
///
/// The unit `accord eval` measures judgment on: the engine reads `text` as a clause of a small
/// agreement between `parties` and its verdict is compared with the label.
public struct LabelledClause: Sendable, Hashable {
    /// Whether the clause may be used to tune the engine.
    public enum Split: String, Sendable, CaseIterable, Codable {
        /// Tuned on: its errors are read and the reading fixed.
        case dev
        /// Never tuned on: its figures are the ones that count.
        case heldOut = "held-out"
    }

    /// Where in an instrument the clause sits.
    public enum Section: String, Sendable, CaseIterable, Codable {
        case operative
        /// A recital of a preamble.
        case preamble
    }

    public let id: String
    public let split: Split
    /// The kind of instrument it is written like (`mou`, `treaty`, ...).
    public let register: String
    public let section: Section
    /// The parties of the agreement it is read in; the default parties when the label names none.
    public let parties: [LabelledParty]
    public let text: String
    /// The principles it provides, with the strength the wording gives each.
    public let provides: [String: Strength]
    /// The principles it contradicts.
    public let contrary: Set<String>
    /// The kind of wording it tests (`cost-bearer`, `comparison`, ...).
    public let kind: String
    public let note: String
    /// The language it is written in; its agreement is read in it.
    public let language: LanguageCode
    /// Where its row is.
    public let location: Location

    /// The parties a clause is read between when its label names none: an origin on the WHO
    /// Safeguards List (Nepal) and a destination (the United Kingdom), as the labelling guide says.
    public static let defaultParties = [(PartyRole.origin, "NPL"), (.destination, "GBR")].compactMap { role, code in
        CountryCode(code).map { LabelledParty(role: role, country: $0) }
    }
}

/// A party named in a label: `origin:KEN`.
public struct LabelledParty: Sendable, Hashable {
    public let role: PartyRole
    public let country: CountryCode
}
