import Foundation

/// SARIF 2.1.0 (`--format sarif`): one result per gap, located at the clause (or, for a missing
/// provision, at the agreement's `clauses` key), so a SARIF viewer shows the gaps beside the draft.
///
/// Rules are the criteria and red flags the gaps name, sorted by id, each with its Code paragraphs,
/// recommendation and model clause. Keys are sorted and nothing depends on time or the machine, so
/// the same report gives byte-identical output. Validates against `schemas/vendor/sarif-schema-2.1.0.json`
/// (`scripts/check-sarif.py`).
public struct SARIFRenderer: ReportRenderer {
    /// The URI base id that artifact locations are relative to: the repository or working directory.
    public static let sourceRootBaseID = "%SRCROOT%"

    /// The key of each result's partial fingerprint, stable across runs for baselines.
    public static let fingerprintKey = "accordGap/v1"

    /// Creates the renderer.
    public init() {}

    public func render(_ report: Report, options: RenderOptions) -> String {
        DeterministicJSON.encode(SARIFLog(report))
    }

    /// The SARIF level of a gap severity: critical → error, major → warning, minor → note.
    public static func level(forSeverity severity: Severity) -> String {
        switch severity {
        case .critical: "error"
        case .major: "warning"
        case .minor: "note"
        }
    }
}

// MARK: - The SARIF object model, as far as accord uses it

private struct SARIFLog: Encodable {
    let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    let version = "2.1.0"
    let runs: [SARIFRun]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    init(_ report: Report) {
        runs = [SARIFRun(report)]
    }
}

private struct SARIFRun: Encodable {
    let tool: SARIFTool
    let automationDetails: SARIFAutomationDetails
    let columnKind = "unicodeCodePoints"
    let results: [SARIFResult]
    let properties: SARIFRunProperties

    init(_ report: Report) {
        let rules = SARIFRule.rules(of: report)
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.id, $0.offset) })
        tool = SARIFTool(driver: SARIFDriver(name: report.tool.name, version: report.tool.version, rules: rules))
        automationDetails = SARIFAutomationDetails(id: "\(report.tool.name)/\(report.agreement.id)/")
        results = report.gaps.map { SARIFResult($0, ruleIndex: index[$0.ruleID] ?? -1, agreement: report.agreement) }
        properties = SARIFRunProperties(
            agreement: report.agreement.id, rulePack: report.rulePack, scoringModel: report.scoringModel,
            score: report.overall.score, grade: report.overall.grade
        )
    }
}

private struct SARIFAutomationDetails: Encodable {
    let id: String
}

private struct SARIFRunProperties: Encodable {
    let agreement: String
    let rulePack: Report.RulePackSummary
    let scoringModel: String
    let score: Double
    let grade: String
}

private struct SARIFTool: Encodable {
    let driver: SARIFDriver
}

private struct SARIFDriver: Encodable {
    let name: String
    let version: String
    let rules: [SARIFRule]
}

private struct SARIFMessage: Encodable {
    let text: String
}

private struct SARIFMultiformatMessage: Encodable {
    let text: String
    let markdown: String
}

private struct SARIFRule: Encodable {
    let id: String
    let name: String
    let shortDescription: SARIFMessage
    let fullDescription: SARIFMessage
    let help: SARIFMultiformatMessage
    let properties: SARIFRuleProperties

    /// One rule per criterion or red flag that a gap names, sorted by id.
    ///
    /// A rule raises at most one gap in a report, so the gap carries everything the rule shows.
    static func rules(of report: Report) -> [SARIFRule] {
        var seen: Set<String> = []
        var rules: [SARIFRule] = []
        for gap in report.gaps where seen.insert(gap.ruleID).inserted {
            let principle = report.principles.first { $0.id == gap.principle }
            rules.append(SARIFRule(gap, principleTitle: principle?.title))
        }
        return rules.sorted { $0.id < $1.id }
    }

    init(_ gap: Report.GapReport, principleTitle: String?) {
        id = gap.ruleID
        name = gap.ruleID.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        shortDescription = SARIFMessage(text: gap.statement)
        let paragraphs = Self.paragraphs(gap.codeParagraphs)
        let principle = principleTitle.map { "Principle: \($0) (\(gap.principle))." } ?? "Principle: \(gap.principle)."
        fullDescription = SARIFMessage(text: "\(gap.statement) \(principle) WHO Global Code of Practice, \(paragraphs).")
        help = SARIFMultiformatMessage(
            text: "\(gap.recommendation)\n\nModel clause: \(gap.modelClause)\n\nWHO Global Code of Practice, \(paragraphs).",
            markdown: """
                \(Escaping.markdownInline(gap.recommendation))

                **Model clause:**

                > \(Escaping.markdownInline(gap.modelClause))

                **WHO Global Code of Practice:** \(paragraphs).
                """
        )
        properties = SARIFRuleProperties(
            codeParagraphs: gap.codeParagraphs, principle: gap.principle,
            kind: gap.redFlag == nil ? "criterion" : "red-flag", severity: gap.severity.rawValue
        )
    }

    static func paragraphs(_ paragraphs: [String]) -> String {
        (paragraphs.count == 1 ? "paragraph " : "paragraphs ") + paragraphs.joined(separator: ", ")
    }
}

private struct SARIFRuleProperties: Encodable {
    let codeParagraphs: [String]
    let principle: String
    /// `criterion` or `red-flag`.
    let kind: String
    /// The severity of the gap this rule raised in the report.
    ///
    /// A weak gap is one level below the criterion's own severity.
    let severity: String
}

private struct SARIFResult: Encodable {
    let ruleId: String
    let ruleIndex: Int
    let level: String
    let kind = "fail"
    let message: SARIFMessage
    let locations: [SARIFLocation]
    let relatedLocations: [SARIFLocation]?
    let partialFingerprints: [String: String]
    let properties: SARIFResultProperties

    init(_ gap: Report.GapReport, ruleIndex: Int, agreement: Report.AgreementSummary) {
        ruleId = gap.ruleID
        self.ruleIndex = ruleIndex
        level = SARIFRenderer.level(forSeverity: gap.severity)
        let label =
            switch gap.kind {
            case .missing: "Missing"
            case .weak: "Weak"
            case .contrary: "Contrary"
            }
        message = SARIFMessage(text: "\(label): \(gap.statement) \(gap.recommendation)")
        // Clauses and lines pair up when every piece of evidence has a line; otherwise only lines are named.
        let names = gap.clauses.count == gap.lines.count ? gap.clauses.map(Optional.some) : gap.lines.map { _ in nil }
        var places = zip(gap.lines, names).enumerated().map { offset, place in
            SARIFLocation(
                id: offset, file: agreement.file, line: place.0,
                message: place.1.map { "Clause \($0)" } ?? "Evidence on line \(place.0)"
            )
        }
        if places.isEmpty {
            places = [
                SARIFLocation(
                    id: 0, file: agreement.file, line: max(1, agreement.clausesLine),
                    message: gap.clauses.isEmpty
                        ? "The agreement's clauses: no provision found"
                        : "Clauses \(gap.clauses.joined(separator: ", ")) (no line recorded)"
                )
            ]
        }
        locations = [places[0]]
        relatedLocations = places.count > 1 ? Array(places.dropFirst()) : nil
        partialFingerprints = [SARIFRenderer.fingerprintKey: "\(gap.principle)/\(gap.ruleID)/\(gap.kind)"]
        properties = SARIFResultProperties(
            kind: gap.kind.rawValue, severity: gap.severity.rawValue, principle: gap.principle, clauses: gap.clauses,
            codeParagraphs: gap.codeParagraphs, modelClause: gap.modelClause
        )
    }
}

private struct SARIFResultProperties: Encodable {
    let kind: String
    let severity: String
    let principle: String
    let clauses: [String]
    let codeParagraphs: [String]
    let modelClause: String
}

private struct SARIFLocation: Encodable {
    let id: Int
    let physicalLocation: SARIFPhysicalLocation
    let message: SARIFMessage

    init(id: Int, file: String, line: Int, message: String) {
        self.id = id
        physicalLocation = SARIFPhysicalLocation(
            artifactLocation: SARIFArtifactLocation(file: file),
            region: SARIFRegion(startLine: line)
        )
        self.message = SARIFMessage(text: message)
    }
}

private struct SARIFPhysicalLocation: Encodable {
    let artifactLocation: SARIFArtifactLocation
    let region: SARIFRegion
}

private struct SARIFArtifactLocation: Encodable {
    let uri: String
    let uriBaseId: String?

    /// A relative path is relative to `%SRCROOT%`; an absolute one becomes a `file` URI.
    ///
    /// Characters a URI path may not hold are percent-encoded.
    init(file: String) {
        let path = file.addingPercentEncoding(withAllowedCharacters: .sarifPath) ?? file
        if file.hasPrefix("/") {
            uri = "file://" + path
            uriBaseId = nil
        } else {
            uri = path
            uriBaseId = SARIFRenderer.sourceRootBaseID
        }
    }
}

extension CharacterSet {
    /// What a URI path segment may hold unencoded (RFC 3986 `pchar`), and `/`.
    fileprivate static let sarifPath = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/"
    )
}

private struct SARIFRegion: Encodable {
    let startLine: Int
}

extension Report.GapReport {
    /// The criterion or red-flag id.
    fileprivate var ruleID: String { criterion ?? redFlag ?? "" }
}
