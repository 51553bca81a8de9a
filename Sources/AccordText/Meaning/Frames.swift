/// Who bears a cost in a clause: the roles the ethical-recruitment principle turns on.
///
/// *The cost of the visa shall be met by the applicant* bears on the applicant; *The employer shall
/// reimburse the nurse* relieves the nurse (and bears on the employer); *No part shall be
/// recovered from the nurse* relieves the nurse, because the negation flips a burden.
public struct CostFrame: Sendable, Hashable {
    /// Whether the named party carries the cost or is spared it.
    public enum Burden: String, Sendable, CaseIterable, Hashable, Codable {
        case bears, relieved
    }

    /// The words that move the cost (*paid by*, *deducted from*, *free of charge*).
    public let cue: Range<Int>
    /// The words naming who bears or is spared it; nil when the clause does not say.
    public let party: Range<Int>?
    public let burden: Burden
    /// Where the thing paid is named: the verb's object, or the subject of a passive; nil when
    /// the construction names a cost itself (*free of charge*, *at the worker's expense*).
    public let item: Range<Int>?
    /// The words that name the thing paid, for a report to quote (*the outbound air ticket*): the
    /// subject of a passive or the object of an active verb; nil when the clause does not name it.
    public let named: Range<Int>?
    /// The segment the frame was read in, as an index of `AnalyzedText.segments`.
    public let segment: Int
}

/// A restriction placed on someone, or the mirror freedom: *shall not change employer without the
/// consent of the first employer*, *may return home at any time*.
public struct RestrictionFrame: Sendable, Hashable {
    /// Restricted, or explicitly free.
    public enum Stance: String, Sendable, CaseIterable, Hashable, Codable {
        case restricted, free
    }

    /// The words that restrict or free (*shall not*, *without the consent of*, *may*).
    public let cue: Range<Int>
    /// Who is restricted or freed; nil when the clause does not say.
    public let actor: Range<Int>?
    /// What they may or may not do.
    public let action: Range<Int>
    public let stance: Stance
    /// The segment the frame was read in.
    public let segment: Int
}

/// A comparison with others and its direction: *no less favourable than nationals* (equal) or *85
/// per cent of the national scale* (less).
public struct ComparisonFrame: Sendable, Hashable {
    /// Whether the comparison treats alike or treats worse.
    public enum Direction: String, Sendable, CaseIterable, Hashable, Codable {
        case equal, less
    }

    /// The words that compare.
    public let cue: Range<Int>
    public let direction: Direction
    /// The segment the frame was read in.
    public let segment: Int
}

/// What a clause does, read from its words: the roles of its costs, restrictions and comparisons.
public struct ClauseMeaning: Sendable, Hashable {
    public let costs: [CostFrame]
    public let restrictions: [RestrictionFrame]
    public let comparisons: [ComparisonFrame]

    /// A clause with no frames.
    public static let empty = ClauseMeaning(costs: [], restrictions: [], comparisons: [])
}
