import AccordKit
import AccordTestSupport
import Foundation
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

    @Test("a document's nodes keep their content, positions and order, aliases reading as the anchored node")
    func documentStructure() throws {
        let yaml = """
            name: &who WHO
            list:
              - &pair {a: 1, b: [x, y]}
              - *pair
            again: *who
            ? [not, text]
            : dropped
            name: repeated
            last: ~

            """
        let file = SourceFile(path: "doc.yaml", text: yaml)
        let sink = DiagnosticSink(file: file)
        let document = try #require(YAMLReader.read(file, limits: .default, into: sink))
        #expect(
            sink.diagnostics.map { "\($0.location.position!): \($0.message)" } == [
                "6:3: a mapping key must be text, found a sequence",
                "8:1: duplicate key 'name'; it is already defined at 1:1, and a key may appear only once in a mapping",
            ])
        let pairs = try #require(document.pairs(of: document.root))
        #expect(pairs.map(\.key) == ["name", "list", "again", "last"])
        #expect(pairs.map(\.keyPosition.description) == ["1:1", "2:1", "5:1", "9:1"])
        #expect(pairs.map { document.scalar($0.value) } == ["WHO", nil, "WHO", "~"])
        #expect(document.isNull(pairs[3].value) && !document.isNull(pairs[0].value))
        #expect(pairs[2].value.position.description == "5:8")

        let items = try #require(document.items(of: pairs[1].value))
        #expect(items.map(\.position.description) == ["3:5", "4:5"])
        for item in items {
            let inner = try #require(document.pairs(of: item))
            #expect(inner.map(\.key) == ["a", "b"])
            #expect(document.items(of: inner[1].value)?.compactMap { document.scalar($0) } == ["x", "y"])
            #expect(document.value(of: "b", in: item).map { document.kindDescription(of: $0) } == "a sequence")
        }
        #expect(document.value(of: "missing", in: items[0]) == nil)
        #expect(document.items(of: document.root) == nil && document.pairs(of: pairs[0].value) == nil)
    }

    @Test("a UTF-8 byte-order mark is accepted, and positions on the first line ignore it")
    func byteOrderMark() throws {
        let text = try String(
            contentsOf: RepositoryPaths.agreements.appendingPathComponent("drafts/weak-draft-bilateral-2026.yaml"),
            encoding: .utf8)
        // Without the editor comment, so the mark sits right before 'version: 1'.
        let yaml = text.split(separator: "\n", maxSplits: 1)[1]
        let file = SourceFile(path: "bom.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array(yaml.utf8))
        #expect(try AgreementLoader().load(file).id == "weak-draft-bilateral-2026")
        let broken = SourceFile(path: "bom.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("{a: 1, a: 2}\n".utf8))
        let sink = DiagnosticSink(file: broken)
        _ = YAMLReader.read(broken, limits: .default, into: sink)
        #expect(sink.diagnostics.map { "\($0.location)" } == ["bom.yaml:1:8"])
        #expect(SourceFile(path: "bom.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("x: 1\n".utf8)).lineText(at: 1) == "x: 1")
    }

    @Test("tags are refused where they are written, even '!!str'; a merge key is refused as such, a quoted '<<' is a key")
    func tagsAndMergeKeys() {
        let yaml = """
            a: !!str x
            b: !!binary aGk=
            c: !!python/object:os.system [ls]
            d: !local {k: v}
            e: {'<<': quoted}
            base: &b {k: v}
            m:
              <<: *b
              k2: v

            """
        let tag = "is not supported; accord reads every value as written, so remove the tag"
        #expect(
            problems(yaml) == [
                "1:4: YAML tag '!!str' \(tag)",
                "2:4: YAML tag '!!binary' \(tag)",
                "3:4: YAML tag '!!python/object:os.system' \(tag)",
                "4:4: YAML tag '!local' \(tag)",
                "8:3: merge keys ('<<') are not supported; write the keys out in full (an alias may still stand for a whole value)",
            ])
    }
}
