/// The JSON report (`docs/report-json.md`): sorted keys and fixed number formatting, so the same
/// inputs give byte-identical output.
public struct JSONRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ report: Report, options: RenderOptions) -> String {
        DeterministicJSON.encode(report)
    }
}
