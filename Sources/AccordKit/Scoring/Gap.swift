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
    public var findings: [String] {
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
                for explanation in explained where !findings.contains("Clause \(clause) \(explanation)") {
                    findings.append("Clause \(clause) \(explanation)")
                }
            } else if let item = items.first {
                findings.append(finding(quoting: item))
            }
        }
        return findings
    }

    private func finding(quoting item: Evidence) -> String {
        if item.asserted { return "Clause \(item.clause): the encoder notes “\(item.text)”" }
        guard kind == .weak else { return "Clause \(item.clause) says “\(item.text)”" }
        let how = item.modality == .mention ? "only mentions it" : "says it only as \(item.modality.rawValue) wording"
        return "Clause \(item.clause) \(how): “\(item.text)”"
    }
}
