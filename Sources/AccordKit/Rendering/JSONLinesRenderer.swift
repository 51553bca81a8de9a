import Foundation

/// One report as a single line of JSON (JSON Lines), for batch output that streams into pandas
/// (`pd.read_json(path, lines=True)`) or jq; same content and key order as `--format json`.
public struct JSONLinesRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ report: Report, options: RenderOptions) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(report) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
