/// How strongly a sentence part commits the parties, read from its wording.
public enum Modality: String, Sendable, CaseIterable, Codable, Comparable {
    /// No commitment: a recital, a description, a heading.
    case mention
    /// Permission: *may*, *can*, *is free to*.
    case permissive
    /// Exhortation: *should*, *endeavour*, *shall, where appropriate,*.
    case hortatory
    /// Obligation: *shall*, *must*, *will*, *undertakes to*.
    case binding

    private var rank: Int {
        switch self {
        case .mention: 0
        case .permissive: 1
        case .hortatory: 2
        case .binding: 3
        }
    }

    public static func < (lhs: Modality, rhs: Modality) -> Bool { lhs.rank < rhs.rank }
}

/// Whether a matched statement is asserted or denied: *fees shall be charged* or *no fees shall be charged*.
public enum Polarity: String, Sendable, CaseIterable, Codable {
    case affirmed
    case negated
}
