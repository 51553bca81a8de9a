/// Whether a sentence part commits anyone to anything, or is one of the sentences that use the
/// vocabulary and provide nothing (`../shared/domain/clause-language.md`, section 5).
///
/// Evidence is read only from operative parts: a definition of "circular migration" does not
/// provide circular migration, and a final clause on amendment does not set up a review.
public enum Commitment: String, Sendable, CaseIterable, Hashable, Codable {
    /// It commits, permits or records something.
    case operative
    /// *"Health worker" means …*
    case definition
    /// *This Memorandum does not create legally binding obligations.*
    case disclaimer
    /// Entry into force, signature, authentic texts, amendment, termination.
    case finalClause = "final-clause"
    /// *The model contract forms Annex B.*
    case crossReference = "cross-reference"
    /// *Decisions of the committee shall not modify the rights of the Parties.*
    case bodyLimit = "body-limit"
    /// *Disputes between the Parties shall be settled through consultation.*
    case stateDispute = "state-dispute"
    /// *Headings are for convenience only.*
    case headingNote = "heading-note"
    /// *Article 9 — Equal treatment and return*: a title, not a provision.
    case heading
    /// *Return migration will be discussed at a later date.*: a matter left for later.
    case deferred

    /// What the part is, for a negotiator reading why it counts for nothing.
    public var explanation: String {
        switch self {
        case .operative: "an operative provision"
        case .definition: "a definition, which commits no one"
        case .disclaimer: "a disclaimer, which commits no one"
        case .finalClause: "a final clause (entry into force, signature, amendment or termination)"
        case .crossReference: "a reference to another text, which commits no one by itself"
        case .bodyLimit: "a limit on a joint body's powers"
        case .stateDispute: "a matter between the States (settling their disputes)"
        case .headingNote: "a note on headings"
        case .heading: "a heading"
        case .deferred: "a matter left for later"
        }
    }
}
