/// A gap between an agreement and the Code: a criterion missing or weak, or a red flag raised.
public struct Gap: Sendable, Hashable {
    /// What kind of gap.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// No evidence for a criterion.
        case missing
        /// Evidence, but weaker than the criterion requires (hortatory or a mere mention).
        case weak
        /// Clause content contrary to a principle (a red flag).
        case contrary
    }

    public let kind: Kind
    public let severity: Severity
    /// The principle id.
    public let principle: String
    /// The criterion or red-flag id.
    public let rule: String
    /// What the rule asks, or what the red flag is.
    public let statement: String
    /// The clauses involved (none for a missing provision).
    public var clauses: [String] { evidence.map(\.clause) }
    /// The file lines of those clauses' evidence, in the same order; found when read, as a batch
    /// writing CSV rows never reads them.
    public var lines: [Int] { evidence.compactMap(\.line) }
    /// The evidence behind the gap: a raised flag's, or a weak criterion's.
    let evidence: [Evidence]
    public let codeParagraphs: [String]
    public let recommendation: String
    public let modelClause: String
}
