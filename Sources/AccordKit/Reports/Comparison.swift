/// Several agreements scored against one rule pack, side by side, principle by principle and
/// criterion by criterion: what one agreement has that another lacks.
///
/// Built from reports only, so every number is the one their own reports show.
public struct Comparison: Sendable, Codable, Hashable {
    /// Version of this shape (`--format json` of `accord compare`).
    public static let currentSchemaVersion = "1.0"

    public let schemaVersion: String
    public let rulePack: Report.RulePackSummary
    public let scoringModel: String
    /// The agreements, in the order given; every per-agreement list below follows this order.
    public let agreements: [Column]
    public let principles: [PrincipleRow]

    /// One agreement's identity and overall result.
    public struct Column: Sendable, Codable, Hashable {
        public let id: String
        public let title: String
        public let file: String
        public let score: Double
        public let grade: String
        public let gaps: Int
        public let redFlags: Int
    }

    /// One principle across the agreements.
    public struct PrincipleRow: Sendable, Codable, Hashable {
        public let id: String
        public let title: String
        public let weight: Int
        /// One per agreement; nil when no criterion applies to that agreement.
        public let scores: [Double?]
        public let criteria: [CriterionRow]
        public let redFlags: [RedFlagRow]
    }

    /// One criterion across the agreements.
    public struct CriterionRow: Sendable, Codable, Hashable {
        public let id: String
        public let statement: String
        public let required: Strength
        /// One per agreement: `binding`, `hortatory`, `mention`, `none`, or `n/a` when it does not apply.
        public let strengths: [String]
        /// One per agreement: the clauses whose evidence earned the strength.
        public let clauses: [[String]]
        /// True when the agreements differ on this criterion.
        public let differs: Bool
    }

    /// One red flag across the agreements.
    public struct RedFlagRow: Sendable, Codable, Hashable {
        public let id: String
        public let statement: String
        public let raised: [Bool]
        public let clauses: [[String]]
    }

    /// Why reports cannot be compared.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case tooFew(Int)
        case differentPacks(String, String)

        public var description: String {
            switch self {
            case .tooFew(let count): "compare needs at least two agreements, found \(count)"
            case .differentPacks(let first, let other):
                "reports were scored with different rule packs (\(first) and \(other)); compare needs one pack"
            }
        }
    }

    /// The comparison of `reports`, which must share a rule pack and its version.
    public static func make(_ reports: [Report]) throws(Failure) -> Comparison {
        guard reports.count >= 2, let first = reports.first else { throw .tooFew(reports.count) }
        let packName = "\(first.rulePack.id) \(first.rulePack.version)"
        for report in reports where report.rulePack != first.rulePack {
            throw .differentPacks(packName, "\(report.rulePack.id) \(report.rulePack.version)")
        }
        let principles = first.principles.indices.map { index -> PrincipleRow in
            let rows = reports.map { $0.principles[index] }
            let criteria = first.principles[index].criteria.indices.map { criterion -> CriterionRow in
                let cells = rows.map { $0.criteria[criterion] }
                let strengths = cells.map { $0.applies ? $0.strength.rawValue : "n/a" }
                return CriterionRow(
                    id: cells[0].id, statement: cells[0].statement, required: cells[0].required, strengths: strengths,
                    clauses: cells.map { uniqueClauses($0.evidence) }, differs: Set(strengths).count > 1
                )
            }
            let flags = first.principles[index].redFlags.indices.map { flag -> RedFlagRow in
                let cells = rows.map { $0.redFlags[flag] }
                return RedFlagRow(
                    id: cells[0].id, statement: cells[0].statement, raised: cells.map(\.raised),
                    clauses: cells.map { uniqueClauses($0.evidence) })
            }
            return PrincipleRow(
                id: rows[0].id, title: rows[0].title, weight: rows[0].weight, scores: rows.map(\.score), criteria: criteria,
                redFlags: flags)
        }
        return Comparison(
            schemaVersion: currentSchemaVersion, rulePack: first.rulePack, scoringModel: first.scoringModel,
            agreements: reports.map {
                Column(
                    id: $0.agreement.id, title: $0.agreement.shortTitle ?? $0.agreement.title, file: $0.agreement.file,
                    score: $0.overall.score, grade: $0.overall.grade, gaps: $0.gaps.count,
                    redFlags: $0.gaps.filter { $0.kind == .contrary }.count)
            },
            principles: principles
        )
    }

    /// Clause ids of evidence, first appearance first.
    private static func uniqueClauses(_ evidence: [Report.EvidenceReport]) -> [String] {
        var seen: Set<String> = []
        return evidence.map(\.clause).filter { seen.insert($0).inserted }
    }
}
