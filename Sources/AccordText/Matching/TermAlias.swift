/// A term whose every occurrence also counts as occurrences of other terms: a party's name as the
/// pack's `$origin` terms, for one agreement.
///
/// A list of these, not a dictionary: an agreement has a handful, and they are compared against
/// every term occurrence of every clause, where hashing each term cost more than the comparisons.
public struct TermAlias: Sendable, Hashable {
    public let term: Int32
    public let targets: [Int32]

    public init(term: Int32, targets: [Int32]) {
        self.term = term
        self.targets = targets
    }
}
