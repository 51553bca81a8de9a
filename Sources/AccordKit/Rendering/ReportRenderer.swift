/// Turns a `Report` into text in one format; renderers only read the report, never compute.
public protocol ReportRenderer: Sendable {
    /// Renders `report`.
    func render(_ report: Report, options: RenderOptions) -> String
}

/// What the caller decides about presentation: colour (terminal only), detail and language.
public struct RenderOptions: Sendable, Hashable {
    /// Whether ANSI colour may be used.
    public var colored: Bool
    /// Whether to show how each point was earned.
    public var explain: Bool
    /// For tabular formats: one row per agreement, or one row per gap.
    public var detail: Detail
    /// The language of the fixed words of the terminal, Markdown and HTML reports.
    ///
    /// The report's own texts come in the language it was built in (`ScoredAgreement.report(in:)`),
    /// so build it in the same one, or call `ScoredAgreement.rendered(as:options:)`. JSON, CSV and
    /// SARIF ignore it.
    public var language: ReportLanguage

    /// What a row of a tabular format stands for.
    public enum Detail: String, Sendable, CaseIterable {
        case summary, gaps
    }

    /// Creates options; the defaults are plain text, without explanations, one row per agreement,
    /// in English.
    public init(colored: Bool = false, explain: Bool = false, detail: Detail = .summary, language: ReportLanguage = .en) {
        self.colored = colored
        self.explain = explain
        self.detail = detail
        self.language = language
    }
}

/// The output formats of `accord score`; adding a case will not compile until it has a renderer.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text
    case json
    case markdown
    case csv
    case sarif
    case html

    /// The renderer for this format.
    public var renderer: any ReportRenderer {
        switch self {
        case .text: TextRenderer()
        case .json: JSONRenderer()
        case .markdown: MarkdownRenderer()
        case .csv: CSVRenderer()
        case .sarif: SARIFRenderer()
        case .html: HTMLRenderer()
        }
    }

    /// Whether the format is written for people, and so in the report language; JSON, CSV and
    /// SARIF are read by programs, and keep the pack's own texts so that their contract
    /// (`docs/report-json.md`) does not change with the reader's language.
    public var followsReportLanguage: Bool {
        switch self {
        case .text, .markdown, .html: true
        case .json, .csv, .sarif: false
        }
    }
}
