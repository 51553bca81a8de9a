import AccordText

/// What a matched frame says, in the words of the clause: the sentence a report shows a negotiator
/// beside the quote ("places the cost of “the visa” on “the applicant” (words: “shall be met by”)").
public struct FrameReading: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case costBorne, costSpared, restricted, free, treatedEqually, treatedLess
    }

    public let kind: Kind
    /// Who bears, is spared, restricted or freed; nil when the clause does not say.
    public let who: Range<Int>?
    /// The thing paid for, or the action restricted or freed; nil when the clause does not name it.
    public let item: Range<Int>?
    /// The words that carry the role (*shall be met by*, *shall not*, *85 per cent of*).
    public let cue: Range<Int>

    /// The longest quote of a party: its head noun phrase, not the clause that follows it.
    static let partyWords = 6
    /// The longest quote of a cost or an action.
    static let itemWords = 10

    /// The words a match spans: the party and the cue (for a restriction, the action restricted).
    var matchedWords: Range<Int> {
        let core = (kind == .restricted || kind == .free) ? item ?? cue : cue
        guard let who else { return core }
        return min(core.lowerBound, who.lowerBound)..<max(core.upperBound, who.upperBound)
    }

    /// A restriction's words with the action it restricts: *shall not transfer to another employer*.
    private var cueAndAction: Range<Int> {
        guard let item else { return cue }
        return min(cue.lowerBound, item.lowerBound)..<max(cue.upperBound, item.upperBound)
    }

    /// One sentence, in the clause's own words, of what the clause does.
    public func explanation(in text: AnalyzedText) -> String {
        func quoted(_ range: Range<Int>?, limit: Int) -> String? {
            guard let range, !range.isEmpty else { return nil }
            let last = min(range.upperBound, range.lowerBound + limit)
            let words = text.excerpt(from: text.tokens[range.lowerBound].start, to: text.tokens[last - 1].end)
            return "“" + words + (last < range.upperBound ? " …" : "") + "”"
        }
        let who = quoted(who, limit: Self.partyWords)
        let item = quoted(item, limit: Self.itemWords)
        let words = " (words: \(quoted(cue, limit: Self.itemWords) ?? "—"))"
        switch kind {
        case .costBorne:
            let cost = item ?? "the cost"
            return (who.map { "places \(cost) on \($0)" } ?? "leaves \(cost) with whoever incurs it") + words
        case .costSpared:
            let cost = item.map { " \($0)" } ?? " the cost"
            return "spares \(who ?? "the worker")\(cost)" + words
        case .restricted:
            return "restricts \(who ?? "someone"): \(quoted(cueAndAction, limit: Self.itemWords) ?? "—")"
        case .free:
            return "leaves \(who ?? "someone") free: \(quoted(cueAndAction, limit: Self.itemWords) ?? "—")"
        case .treatedEqually:
            return "treats the workers as it treats others" + words
        case .treatedLess:
            return "treats the workers less favourably than others" + words
        }
    }
}
