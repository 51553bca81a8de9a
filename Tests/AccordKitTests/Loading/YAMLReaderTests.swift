import AccordKit
import Testing

/// The YAML reader's own checks, below any file format.
@Suite("YAML reader")
struct YAMLReaderTests {
    /// The diagnostics of reading `yaml`, as `line:column: message`.
    private func problems(_ yaml: String) -> [String] {
        let file = SourceFile(path: "map.yaml", text: yaml)
        let sink = DiagnosticSink(file: file)
        _ = YAMLReader.read(file, limits: .default, into: sink)
        return sink.diagnostics.map { "\($0.location.position.map(\.description) ?? "-"): \($0.message)" }
    }

    @Test("duplicate keys are found in small mappings and in mappings past the scanned size", arguments: [3, 15, 16, 17, 40])
    func duplicateKeys(count: Int) {
        var lines = (1...count).map { "k\($0): \($0)" }
        lines.append("k1: again")
        lines.append("k\(count): again")
        lines.append("new: fine")
        lines.append("k\(count): third")
        let first = "it is already defined at"
        #expect(
            problems(lines.joined(separator: "\n") + "\n") == [
                "\(count + 1):1: duplicate key 'k1'; \(first) 1:1, and a key may appear only once in a mapping",
                "\(count + 2):1: duplicate key 'k\(count)'; \(first) \(count):1, and a key may appear only once in a mapping",
                "\(count + 4):1: duplicate key 'k\(count)'; \(first) \(count):1, and a key may appear only once in a mapping",
            ])
    }

    @Test("a mapping of 50,000 distinct keys has no duplicates")
    func manyKeys() {
        let yaml = (1...50_000).map { "key\($0): v" }.joined(separator: "\n") + "\n"
        #expect(problems(yaml) == [])
    }
}
