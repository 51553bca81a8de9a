/// A draft's parts as the structurer finds them: the lines above the title, the title, the
/// preamble's recitals, the clauses with the ids the text gives them, and the closing matter.
struct DraftOutline: Sendable, Hashable {
    /// A clause or sub-clause of the draft.
    struct Clause: Sendable, Hashable {
        var id: String
        var heading: String?
        /// The clause's own words; empty for a division that only holds sub-clauses.
        var text: String
        var clauses: [Clause]

        /// This clause and its sub-clauses, counted.
        var count: Int { 1 + clauses.reduce(0) { $0 + $1.count } }
    }

    /// Lines above the title ("DRAFT", "Round 3 – 14 October 2026", "Confidential").
    var header: [String] = []
    var title: String?
    /// The preamble's paragraphs, the enacting formula ("Have agreed as follows:") included.
    var recitals: [String] = []
    var clauses: [Clause] = []
    /// "Done at …", "For the Government of …": read for dates and names, not scored.
    var closing: [String] = []

    /// Drops clauses that hold no words at all (a number alone on a line), which an agreement file
    /// cannot hold.
    mutating func dropEmptyClauses() {
        func kept(_ clause: Clause) -> Clause? {
            var clause = clause
            clause.clauses = clause.clauses.compactMap(kept)
            if clause.text.isEmpty, clause.clauses.isEmpty, clause.heading?.isEmpty ?? true { return nil }
            return clause
        }
        clauses = clauses.compactMap(kept)
    }

    /// Every clause and sub-clause as the agreement file writes them: the preamble is one clause,
    /// with a sub-clause per recital when it has several.
    var clauseCount: Int {
        let preamble = recitals.isEmpty ? 0 : recitals.count == 1 ? 1 : 1 + writtenRecitals.count
        return preamble + clauses.reduce(0) { $0 + $1.count }
    }

    /// The recitals as written: the enacting formula ("Have agreed as follows:") closes the last
    /// recital rather than standing as one of its own.
    var writtenRecitals: [String] {
        var parts = recitals
        if parts.count >= 2, let last = parts.last, DraftStructurer.isEnactingFormula(last), last.count < 120 {
            parts.removeLast()
            parts[parts.count - 1] += " " + last
        }
        return parts
    }
}
