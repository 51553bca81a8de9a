/// RFC 4180 CSV: one row per agreement (summary), or one row per gap (`--detail gaps`).
///
/// UTF-8, CRLF line ends, a header row, fields quoted when they hold a comma, quote or line break,
/// and a fixed column order, so `pandas.read_csv` and R's `read.csv` load it unchanged. Header and
/// rows are public so batch runs can stream one header and many rows.
public struct CSVRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ report: Report, options: RenderOptions) -> String {
        switch options.detail {
        case .summary: Self.line(Self.summaryHeader(principles: report.principles.map(\.id))) + Self.line(Self.summaryRow(report))
        case .gaps: Self.line(Self.gapHeader) + Self.gapRows(report).map(Self.line).joined()
        }
    }

    /// Summary columns: identity (with the language the clauses were read in), overall score and grade,
    /// then one column per principle in pack order.
    public static func summaryHeader(principles: [String]) -> [String] {
        [
            "id", "title", "parties", "scope", "status", "signed", "language", "rule_pack", "rule_pack_version", "score", "grade",
            "gaps", "red_flags",
        ]
            + principles
    }

    /// One agreement's summary row; a principle with no applicable criterion is an empty field.
    public static func summaryRow(_ report: Report) -> [String] {
        summaryRow(
            report.agreement, packID: report.rulePack.id, packVersion: report.rulePack.version, score: report.overall.score,
            grade: report.overall.grade, gaps: report.gaps.count,
            redFlags: report.gaps.count { $0.kind == .contrary }, principleScores: report.principles.map(\.score)
        )
    }

    /// The same row straight from a scored agreement, without building its report.
    ///
    /// What a batch writes; the agreement's columns come from the report's own summary of it.
    public static func summaryRow(_ scored: ScoredAgreement) -> [String] {
        summaryRow(
            ReportBuilder.summary(of: scored.evaluation.agreement), packID: scored.pack.id,
            packVersion: scored.pack.packVersion, score: scored.card.overall, grade: scored.card.grade,
            gaps: scored.card.gaps.count, redFlags: scored.redFlagCount, principleScores: scored.card.principles.map(\.score))
    }

    private static func summaryRow(
        _ agreement: Report.AgreementSummary, packID: String, packVersion: String, score: Double, grade: String, gaps: Int,
        redFlags: Int, principleScores: [Double?]
    ) -> [String] {
        [
            agreement.id, agreement.title, agreement.parties.map { "\($0.name):\($0.role.rawValue)" }.joined(separator: ";"),
            agreement.scope.rawValue, agreement.status.rawValue, agreement.signed ?? "", agreement.language, packID, packVersion,
            DecimalFormatting.oneDecimal(score), grade, String(gaps), String(redFlags),
        ] + principleScores.map { $0.map(DecimalFormatting.oneDecimal) ?? "" }
    }

    /// Gap columns.
    public static let gapHeader = [
        "agreement_id", "kind", "severity", "principle", "rule", "clauses", "lines", "code_paragraphs", "statement",
        "recommendation", "findings",
    ]

    /// One row per gap of `report`, in report order.
    public static func gapRows(_ report: Report) -> [[String]] {
        report.gaps.map { gap in
            [
                report.agreement.id, gap.kind.rawValue, gap.severity.rawValue, gap.principle, gap.criterion ?? gap.redFlag ?? "",
                gap.clauses.joined(separator: ";"), gap.lines.map(String.init).joined(separator: ";"),
                gap.codeParagraphs.joined(separator: ";"), gap.statement, gap.recommendation,
                gap.findings.joined(separator: " | "),
            ]
        }
    }

    /// Fields joined with commas and ended with CRLF.
    public static func line(_ fields: [String]) -> String {
        fields.map(Escaping.csvField).joined(separator: ",") + "\r\n"
    }
}
