/// Counts of agreement between labels and verdicts, and the measures read from them.
///
/// A unit is one (clause, principle, effect) with effect *provides* or *contradicts*: a clause
/// labelled as providing equal treatment and read as providing it is one true positive, whatever
/// the strengths; strengths are measured apart, as modality accuracy.
public struct MatchCounts: Sendable, Hashable, Codable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public var precision: Double { Self.ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { Self.ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double {
        let sum = precision + recall
        return sum == 0 ? 0 : 2 * precision * recall / sum
    }

    static func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }

    static func += (left: inout MatchCounts, right: MatchCounts) {
        left.truePositives += right.truePositives
        left.falsePositives += right.falsePositives
        left.falseNegatives += right.falseNegatives
    }

    enum CodingKeys: String, CodingKey {
        case truePositives, falsePositives, falseNegatives, precision, recall, f1
    }

    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        truePositives = try container.decode(Int.self, forKey: .truePositives)
        falsePositives = try container.decode(Int.self, forKey: .falsePositives)
        falseNegatives = try container.decode(Int.self, forKey: .falseNegatives)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(truePositives, forKey: .truePositives)
        try container.encode(falsePositives, forKey: .falsePositives)
        try container.encode(falseNegatives, forKey: .falseNegatives)
        try container.encode(JudgmentFigures.rounded(precision), forKey: .precision)
        try container.encode(JudgmentFigures.rounded(recall), forKey: .recall)
        try container.encode(JudgmentFigures.rounded(f1), forKey: .f1)
    }
}

/// A share: how many of how many.
public struct Share: Sendable, Hashable, Codable {
    public var count = 0
    public var of = 0
    public var value: Double { MatchCounts.ratio(count, of) }

    enum CodingKeys: String, CodingKey { case count, of, value }

    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        count = try container.decode(Int.self, forKey: .count)
        of = try container.decode(Int.self, forKey: .of)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(count, forKey: .count)
        try container.encode(of, forKey: .of)
        try container.encode(JudgmentFigures.rounded(value), forKey: .value)
    }
}

/// Everything `accord eval` measures over one set of labelled clauses (a split, or all of them).
public struct JudgmentFigures: Sendable, Hashable, Codable {
    /// Which clauses: `dev`, `held-out` or `all`.
    public let name: String
    public let clauses: Int
    /// Provides and contradicts, over every principle (micro-averaged).
    public let overall: MatchCounts
    /// Per principle, in pack order.
    public let principles: [Named]
    /// Per kind of wording, sorted by kind.
    public let kinds: [Named]
    /// Of the principles both label and engine find provided, how many at the labelled strength.
    public let modalityAccuracy: Share
    /// Of the labelled contrary (clause, principle) pairs, how many the engine flags.
    public let redFlagRecall: Share
    /// Of the clauses labelled contrary to nothing, how many the engine flags anyway.
    public let falseRedFlags: Share

    /// Counts under a name (a principle or a kind).
    public struct Named: Sendable, Hashable, Codable {
        public let name: String
        public let clauses: Int
        public let counts: MatchCounts
    }

    /// Three decimals, so JSON never carries float noise.
    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

/// A clause where the engine and the label disagree, and how.
public struct Confusion: Sendable, Hashable, Codable {
    public let id: String
    public let split: String
    public let kind: String
    public let line: Int?
    public let text: String
    /// `principle:strength` the label says is provided and the engine does not find.
    public let missed: [String]
    /// `principle:strength` the engine finds and the label does not.
    public let spurious: [String]
    /// Labelled contrary principles the engine does not flag.
    public let missedContrary: [String]
    /// Principles the engine flags as contrary that the label does not.
    public let falseContrary: [String]
    /// `principle: labelled → found` where both find it provided at different strengths.
    public let strength: [String]
    /// The words behind the engine's findings.
    public let evidence: [String]
}
