/// Turns a `Report` into text in one format; renderers only read the report, never compute.
public protocol ReportRenderer: Sendable {
    /// Renders `report`.
    func render(_ report: Report, options: RenderOptions) -> String
}

/// What the caller decides about presentation: colour (terminal only) and detail.
public struct RenderOptions: Sendable, Hashable {
    /// Whether ANSI colour may be used.
    public var colored: Bool
    /// Whether to show how each point was earned.
    public var explain: Bool
    /// For tabular formats: one row per agreement, or one row per gap.
    public var detail: Detail

    /// What a row of a tabular format stands for.
    public enum Detail: String, Sendable, CaseIterable {
        case summary, gaps
    }

    /// Creates options; the defaults are plain text, without explanations, one row per agreement.
    public init(colored: Bool = false, explain: Bool = false, detail: Detail = .summary) {
        self.colored = colored
        self.explain = explain
        self.detail = detail
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
}
