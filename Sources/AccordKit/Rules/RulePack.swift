/// A rule pack: an instrument (the WHO Global Code) encoded as weighted principles, criteria and
/// red flags, with the vocabulary and data its evidence and contexts use.
public struct RulePack: Sendable {
    /// Kebab-case id, such as `who-code-2010`.
    public let id: String
    /// Human title.
    public let title: String
    /// The instrument encoded, with its adoption reference.
    public let instrument: String
    /// Version of the pack's content; reports carry it so scores stay reproducible.
    public let packVersion: String
    /// Where the instrument's text comes from.
    public let sources: [PackSource]
    /// Principles in report order.
    public let principles: [Principle]
    /// Every term the pack's evidence uses, indexed for one-pass matching.
    public let terms: TermTable
    /// The Safeguards List that context rules consult, if the pack has one.
    public let safeguardsList: SafeguardsList?

    /// Every criterion, in principle order.
    public var criteria: [Criterion] { principles.flatMap(\.criteria) }
    /// Every red flag, in principle order.
    public var redFlags: [RedFlag] { principles.flatMap(\.redFlags) }
}

/// A document a pack rests on.
public struct PackSource: Sendable, Hashable {
    public let title: String
    public let publisher: String
    public let year: Int
    public let url: String?
}

/// What the Code asks of an agreement in one area, with its weight in the overall score.
///
/// Principles, criteria and red flags are immutable classes rather than structs: every agreement's
/// results hold the rules they were scored against, and copying a struct of a dozen references
/// cost a retain and a release per field, which was most of the time spent evaluating rules.
public final class Principle: Sendable {
    public let id: String
    public let title: String
    /// The Code paragraphs the principle rests on.
    public let codeParagraphs: [String]
    /// Weight in the overall score, 1–10.
    public let weight: Int
    /// What the principle asks of an agreement, for reports.
    public let description: String
    /// The author's caveats.
    public let notes: String?
    public let criteria: [Criterion]
    public let redFlags: [RedFlag]

    /// Memberwise, as a struct's would be; the pack loader is the one caller.
    init(
        id: String, title: String, codeParagraphs: [String], weight: Int, description: String, notes: String?,
        criteria: [Criterion], redFlags: [RedFlag]
    ) {
        self.id = id
        self.title = title
        self.codeParagraphs = codeParagraphs
        self.weight = weight
        self.description = description
        self.notes = notes
        self.criteria = criteria
        self.redFlags = redFlags
    }
}

/// How serious a gap is.
public enum Severity: String, Sendable, CaseIterable, Codable, Comparable {
    case minor, major, critical

    private var rank: Int {
        switch self {
        case .minor: 0
        case .major: 1
        case .critical: 2
        }
    }

    /// One level lower, for a weak gap (a minor stays minor).
    public var lowered: Severity {
        switch self {
        case .critical: .major
        case .major, .minor: .minor
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// How strongly an agreement provides what a criterion asks: the best evidence's strength.
public enum Strength: String, Sendable, CaseIterable, Codable, Comparable {
    case none, mention, hortatory, binding

    private var rank: Int {
        switch self {
        case .none: 0
        case .mention: 1
        case .hortatory: 2
        case .binding: 3
        }
    }

    public static func < (lhs: Strength, rhs: Strength) -> Bool { lhs.rank < rhs.rank }
}

/// What criteria and red flags share: an id, what they say, the Code behind them, evidence, advice
/// and examples; SARIF rules and `accord rules test` treat both through it.
public protocol Rule: Sendable {
    var id: String { get }
    var statement: String { get }
    var codeParagraphs: [String] { get }
    var severity: Severity { get }
    var appliesWhen: [ContextCondition] { get }
    var evidence: [EvidencePattern] { get }
    var recommendation: String { get }
    var modelClause: String { get }
    var notes: String? { get }
    var examples: [RuleExample] { get }
    var location: Location { get }
}

/// Something an agreement should provide, with the evidence that shows a clause provides it.
public final class Criterion: Rule {
    public let id: String
    /// What an agreement must provide, in plain language.
    public let statement: String
    public let codeParagraphs: [String]
    /// Weight within the principle, 1–10.
    public let weight: Int
    /// Severity of the gap when it is missing; a weak gap is one level lower.
    public let severity: Severity
    /// The strength that satisfies it.
    public let required: Strength
    /// Contexts that must all hold for it to apply.
    public let appliesWhen: [ContextCondition]
    /// The strength a permissive sentence earns.
    public let permissive: Strength
    public let evidence: [EvidencePattern]
    public let recommendation: String
    public let modelClause: String
    public let notes: String?
    public let examples: [RuleExample]
    /// Where the criterion is defined.
    public let location: Location

    /// Memberwise, as a struct's would be; the pack loader is the one caller.
    init(
        id: String, statement: String, codeParagraphs: [String], weight: Int, severity: Severity, required: Strength,
        appliesWhen: [ContextCondition], permissive: Strength, evidence: [EvidencePattern], recommendation: String,
        modelClause: String, notes: String?, examples: [RuleExample], location: Location
    ) {
        self.id = id
        self.statement = statement
        self.codeParagraphs = codeParagraphs
        self.weight = weight
        self.severity = severity
        self.required = required
        self.appliesWhen = appliesWhen
        self.permissive = permissive
        self.evidence = evidence
        self.recommendation = recommendation
        self.modelClause = modelClause
        self.notes = notes
        self.examples = examples
        self.location = location
    }
}

/// Clause content contrary to a principle.
public final class RedFlag: Rule {
    public let id: String
    public let statement: String
    public let codeParagraphs: [String]
    public let severity: Severity
    public let appliesWhen: [ContextCondition]
    public let evidence: [EvidencePattern]
    public let recommendation: String
    public let modelClause: String
    public let notes: String?
    public let examples: [RuleExample]
    public let location: Location

    /// Memberwise, as a struct's would be; the pack loader is the one caller.
    init(
        id: String, statement: String, codeParagraphs: [String], severity: Severity, appliesWhen: [ContextCondition],
        evidence: [EvidencePattern], recommendation: String, modelClause: String, notes: String?, examples: [RuleExample],
        location: Location
    ) {
        self.id = id
        self.statement = statement
        self.codeParagraphs = codeParagraphs
        self.severity = severity
        self.appliesWhen = appliesWhen
        self.evidence = evidence
        self.recommendation = recommendation
        self.modelClause = modelClause
        self.notes = notes
        self.examples = examples
        self.location = location
    }
}

/// A clause a rule author expects a criterion or red flag to treat in a stated way; both
/// documentation and a test.
public struct RuleExample: Sendable {
    /// What the example must produce.
    public enum Expectation: Sendable, Hashable, CustomStringConvertible {
        /// A criterion example: the strength it must earn.
        case strength(Strength)
        /// A red-flag example: raises the flag.
        case flagged
        /// A red-flag example: does not raise it.
        case clear

        public var description: String {
            switch self {
            case .strength(let strength): strength.rawValue
            case .flagged: "flagged"
            case .clear: "clear"
            }
        }
    }

    public let text: String
    public let expectation: Expectation
    /// Where the example is written, so a failing example points at its line.
    public let location: Location
}

/// The WHO Health Workforce Support and Safeguards List, as data with its edition and source.
public struct SafeguardsList: Sendable {
    public let edition: Int
    public let title: String
    public let source: PackSource
    public let countries: Set<CountryCode>
}

/// A fact about an agreement that decides whether a criterion or red flag applies.
public enum ContextCondition: String, Sendable, CaseIterable, Codable {
    case originOnSafeguardsList = "origin-on-safeguards-list"
    case notOriginOnSafeguardsList = "not-origin-on-safeguards-list"
    case regional
    case bilateral
    case governmentToGovernment = "government-to-government"
    case notGovernmentToGovernment = "not-government-to-government"
}
