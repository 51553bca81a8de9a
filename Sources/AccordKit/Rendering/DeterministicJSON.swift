import Foundation

/// The one way accord writes JSON, so the same value always gives the same bytes.
///
/// Sorted keys, slashes unescaped, a trailing newline. Every JSON-based format (report, JSON Lines,
/// SARIF, comparison, diff) encodes through here, so the policy cannot drift between them.
enum DeterministicJSON {
    /// `value` as JSON text; `pretty` for documents, compact for one-record-per-line streams.
    static func encode(_ value: some Encodable, pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
