import AccordText

/// The one model every renderer reads: an agreement scored against a rule pack.
///
/// Its shape is the JSON report contract (`docs/report-json.md`, `schemas/report.schema.json`):
/// field names are stable, new fields are additive, and `schemaVersion` changes on any break.
/// Renderers only read it; nothing is computed after it is built. Kinds, severities, strengths and
/// other closed sets are typed enums (encoded as the same words), so a new value cannot reach a
/// renderer unnoticed: every `switch` over it must handle it.
public struct Report: Sendable, Codable, Hashable {
    /// Version of this report shape.
    public static let currentSchemaVersion = "1.2"

    public let schemaVersion: String
    public let tool: Tool
    public let agreement: AgreementSummary
    public let rulePack: RulePackSummary
    public let scoringModel: String
    public let overall: Overall
    public let principles: [PrincipleReport]
    public let gaps: [GapReport]
    public let context: [ContextReport]

    public struct Tool: Sendable, Codable, Hashable {
        public let name: String
        public let version: String
    }

    public struct AgreementSummary: Sendable, Codable, Hashable {
        public let id: String
        public let title: String
        public let shortTitle: String?
        public let file: String
        /// The line of the `clauses` key, where a missing provision belongs.
        public let clausesLine: Int
        /// The ISO 639-1 language the clauses were read in (the file's, or `--language`'s).
        public let language: String
        public let scope: AgreementScope
        public let instrument: InstrumentType
        public let status: AgreementStatus
        public let signed: String?
        public let inForce: String?
        public let parties: [PartySummary]
        public let sources: [SourceSummary]
    }

    public struct PartySummary: Sendable, Codable, Hashable {
        /// Alpha-3 code, or the regional body's short name.
        public let name: String
        public let role: PartyRole
        /// Member states, for a regional body.
        public let members: [String]?
    }

    public struct SourceSummary: Sendable, Codable, Hashable {
        public let id: String
        public let title: String
        public let publisher: String
        public let year: Int
        public let url: String?
        public let kind: SourceKind
        public let text: SourceTextFidelity
    }

    public struct RulePackSummary: Sendable, Codable, Hashable {
        public let id: String
        public let title: String
        public let version: String
    }

    public struct Overall: Sendable, Codable, Hashable {
        public let score: Double
        public let grade: String
        /// Points taken off the weighted mean for raised red flags.
        public let penalty: Double
    }

    public struct PrincipleReport: Sendable, Codable, Hashable {
        public let id: String
        public let title: String
        public let weight: Int
        public let codeParagraphs: [String]
        /// 0–100, or nil when no criterion of the principle applies.
        public let score: Double?
        public let earned: Double
        public let possible: Double
        public let penalty: Double
        public let criteria: [CriterionReport]
        public let redFlags: [RedFlagReport]
        /// The encoder's assertions about the principle as a whole, unscored (schema 1.1).
        public let annotations: [EvidenceReport]
    }

    public struct CriterionReport: Sendable, Codable, Hashable {
        public let id: String
        public let statement: String
        public let weight: Int
        public let required: Strength
        public let applies: Bool
        public let strength: Strength
        /// The share of the weight earned, 0–1.
        public let credit: Double
        public let codeParagraphs: [String]
        public let evidence: [EvidenceReport]
    }

    public struct RedFlagReport: Sendable, Codable, Hashable {
        public let id: String
        public let statement: String
        public let severity: Severity
        public let applies: Bool
        public let raised: Bool
        public let evidence: [EvidenceReport]
    }

    public struct EvidenceReport: Sendable, Codable, Hashable {
        public let clause: String
        public let line: Int?
        public let text: String
        public let modality: Modality
        public let polarity: Polarity
        public let asserted: Bool
        public let strength: Strength
        /// What the clause does, when the engine read a role in it (schema 1.1).
        public let explanation: String?
    }

    public struct GapReport: Sendable, Codable, Hashable {
        public let kind: Gap.Kind
        public let severity: Severity
        public let principle: String
        /// The criterion id, for a missing or weak gap.
        public let criterion: String?
        /// The red-flag id, for a contrary gap.
        public let redFlag: String?
        public let statement: String
        public let clauses: [String]
        public let lines: [Int]
        public let codeParagraphs: [String]
        public let recommendation: String
        public let modelClause: String
        /// What each clause behind the gap does, one sentence per clause (schema 1.1).
        public let findings: [String]
    }

    public struct ContextReport: Sendable, Codable, Hashable {
        public let id: ContextCondition
        public let holds: Bool
        public let reason: String
    }
}

extension Report.GapReport {
    /// The clauses behind the gap with their lines, each place once, in report order: a clause
    /// that gave several pieces of evidence is named once.
    public var places: [(clause: String, line: Int?)] {
        var seen: Set<String> = []
        var result: [(clause: String, line: Int?)] = []
        for (index, clause) in clauses.enumerated() {
            let line = lines.count == clauses.count ? lines[index] : nil
            if seen.insert("\(clause)\u{0}\(line ?? -1)").inserted { result.append((clause, line)) }
        }
        return result
    }
}
