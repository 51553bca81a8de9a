/// A rule pack: an instrument (the WHO Global Code) encoded as weighted principles, criteria and
/// red flags, with the vocabulary and data its evidence and contexts use.
///
/// A plain value, as its files write it; `CompiledPack` compiles it with a grammar for matching.
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
    /// Named word lists evidence uses as `@name`.
    public let vocabulary: [String: [String]]
    /// What pronouns in a frame's slots stand for: *she*, *their* for the nearest person the
    /// `person` term names before them, *it*, *its* for the nearest body the `body` term names.
    public let pronouns: PronounReferents
    /// Sentence parts about other sectors or persons, which give no evidence for any rule.
    public let outOfScope: OutOfScope?
    /// Patterns any one of which, in an operative clause, shows the agreement recruits health
    /// workers (the `recruitment` context); empty when the pack does not say.
    public let recruitmentEvidence: [EvidencePattern]
    /// The Safeguards List that context rules consult, if the pack has one.
    public let safeguardsList: SafeguardsList?
    /// The languages the pack reads clauses in (ISO 639-1): its principle files are written in the
    /// first, each other has a `PackLanguage` in `translations`.
    public let languages: [String]
    /// What the pack says in each of its other languages, read on first use.
    public let translations: PackTranslations

    /// Every criterion, in principle order.
    public var criteria: [Criterion] { principles.flatMap(\.criteria) }
    /// Every red flag, in principle order.
    public var redFlags: [RedFlag] { principles.flatMap(\.redFlags) }
}

/// Sentence parts a pack does not read: those naming `when` (engineers, seasonal farm workers)
/// and not `unless` (health cadres).
public struct OutOfScope: Sendable, Hashable {
    public let when: Term
    public let unless: Term?
}

/// The terms naming who a pronoun can stand for.
public struct PronounReferents: Sendable, Hashable {
    /// Persons (*he, she, they, their, own*): health workers.
    public let person: Term?
    /// Bodies (*it, its*): employers, agencies, States.
    public let body: Term?

    /// No referents: pronouns match nothing.
    public static let none = PronounReferents(person: nil, body: nil)
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
    /// The fields every rule has; the protocol's other properties read them.
    var fields: RuleFields { get }
}

extension Rule {
    public var id: String { fields.id }
    public var statement: String { fields.statement }
    public var codeParagraphs: [String] { fields.codeParagraphs }
    public var severity: Severity { fields.severity }
    public var appliesWhen: [ContextCondition] { fields.appliesWhen }
    public var evidence: [EvidencePattern] { fields.evidence }
    public var recommendation: String { fields.recommendation }
    public var modelClause: String { fields.modelClause }
    public var notes: String? { fields.notes }
    public var examples: [RuleExample] { fields.examples }
    public var location: Location { fields.location }
}

/// The fields criteria and red flags share, as a rule pack file writes them.
public struct RuleFields: Sendable {
    public let id: String
    /// What an agreement must provide (a criterion) or must not contain (a red flag), in plain
    /// language.
    public let statement: String
    public let codeParagraphs: [String]
    /// Severity of the gap when a criterion is missing (a weak gap is one level lower), or of a
    /// raised red flag.
    public let severity: Severity
    /// Contexts that must all hold for the rule to apply.
    public let appliesWhen: [ContextCondition]
    public let evidence: [EvidencePattern]
    public let recommendation: String
    public let modelClause: String
    public let notes: String?
    public let examples: [RuleExample]
    /// Where the rule is defined.
    public let location: Location
}

/// Something an agreement should provide, with the evidence that shows a clause provides it.
public final class Criterion: Rule {
    public let fields: RuleFields
    /// Weight within the principle, 1–10.
    public let weight: Int
    /// The strength that satisfies it.
    public let required: Strength
    /// The strength a permissive sentence earns.
    public let permissive: Strength

    /// Built by the pack loader.
    init(_ fields: RuleFields, weight: Int, required: Strength, permissive: Strength) {
        self.fields = fields
        self.weight = weight
        self.required = required
        self.permissive = permissive
    }
}

/// Clause content contrary to a principle.
public final class RedFlag: Rule {
    public let fields: RuleFields

    /// Built by the pack loader.
    init(_ fields: RuleFields) {
        self.fields = fields
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
    /// The agreement recruits, places or employs health workers across borders (stated by its
    /// encoder, or read from its clauses with the pack's `recruitment-evidence`).
    case recruitment
}
