import AccordText

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

    /// What each clause behind the gap does, one sentence per clause a negotiator reads: "Clause 7
    /// places “the cost of the visa” on “the applicant” (words: “shall be met by”)".
    ///
    /// Empty for a missing provision. A clause's explanations, when the engine read a role in it,
    /// stand for its quotes.
    public var findings: [String] { findings(.english) }

    /// `findings` in the sentences of one language: clauses in evidence order, a clause's readings
    /// when the engine read a role in it, its first quote otherwise.
    func findings(_ sentences: FindingSentences) -> [String] {
        var clauses: [String] = []
        var byClause: [String: [Evidence]] = [:]
        for item in evidence {
            if byClause[item.clause] == nil { clauses.append(item.clause) }
            byClause[item.clause, default: []].append(item)
        }
        var findings: [String] = []
        for clause in clauses {
            let items = byClause[clause] ?? []
            let explained = items.compactMap(\.explanation)
            if !explained.isEmpty {
                for explanation in explained {
                    let sentence = sentences.reads(clause, explanation)
                    if !findings.contains(sentence) { findings.append(sentence) }
                }
            } else if let item = items.first {
                findings.append(finding(quoting: item, sentences))
            }
        }
        return findings
    }

    private func finding(quoting item: Evidence, _ sentences: FindingSentences) -> String {
        if item.asserted { return sentences.encoderNotes(item.clause, item.text) }
        guard kind == .weak else { return sentences.says(item.clause, item.text) }
        if item.modality == .mention { return sentences.onlyMentions(item.clause, item.text) }
        return sentences.saysOnlyAs(item.clause, item.modality, item.text)
    }
}

/// The sentences of a gap's findings in one language; each takes the clause id and the quoted
/// words, which renderers escape with the rest of the sentence.
struct FindingSentences: Sendable {
    /// Clause `clause` does what the engine read (English): `explanation`.
    let reads: @Sendable (_ clause: String, _ explanation: String) -> String
    /// The encoder's note about clause `clause`.
    let encoderNotes: @Sendable (_ clause: String, _ text: String) -> String
    /// Clause `clause` says the words (a contrary gap).
    let says: @Sendable (_ clause: String, _ text: String) -> String
    /// Clause `clause` only mentions what the criterion asks (a weak gap).
    let onlyMentions: @Sendable (_ clause: String, _ text: String) -> String
    /// Clause `clause` says it with a weaker modality than required (a weak gap).
    let saysOnlyAs: @Sendable (_ clause: String, _ modality: Modality, _ text: String) -> String

    /// The engine's own sentences, which the JSON report and English reports carry.
    static let english = FindingSentences(
        reads: { "Clause \($0) \($1)" },
        encoderNotes: { "Clause \($0): the encoder notes “\($1)”" },
        says: { "Clause \($0) says “\($1)”" },
        onlyMentions: { "Clause \($0) only mentions it: “\($1)”" },
        saysOnlyAs: { "Clause \($0) says it only as \($1.rawValue) wording: “\($2)”" })
}
