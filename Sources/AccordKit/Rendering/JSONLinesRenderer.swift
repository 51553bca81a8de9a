/// One report as a single line of JSON (JSON Lines), for batch output that streams into pandas
/// (`pd.read_json(path, lines=True)`) or jq; same content and key order as `--format json`.
public struct JSONLinesRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ report: Report, options: RenderOptions) -> String {
        DeterministicJSON.encode(report, pretty: false)
    }
}
