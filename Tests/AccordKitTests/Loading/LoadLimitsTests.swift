import AccordKit
import Foundation
import Testing

/// Hostile input is rejected with the limit named, before anything large is built or read.
///
/// Speed is measured by `Benchmarks/hostile-input.sh`, not asserted here.
@Suite("Load limits")
struct LoadLimitsTests {
    /// A "billion laughs": each level repeats the previous one ten times.
    private func aliasBomb(levels: Int, asKeys: Bool) -> String {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1..<levels {
            let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(previous)]")
        }
        lines.append(asKeys ? "bomb: {? *a\(levels - 1) : 1, ? *a\(levels - 2) : 2}" : "bomb: *a\(levels - 1)")
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("an alias bomb is rejected at the alias that passes the node limit")
    func aliasBomb() {
        let yaml = aliasBomb(levels: 9, asKeys: false)
        #expect(yaml.utf8.count < 600)
        let outcome = AgreementLoader().diagnose(SourceFile(path: "bomb.yaml", text: yaml))
        #expect(
            outcome.diagnostics.map(\.description) == [
                "bomb.yaml:6:10: error: alias '*a4' expands to 111,111 nodes, which takes the file over the node limit of"
                    + " 200,000 (aliases count at their expanded size)"
            ]
        )
    }

    @Test("an alias bomb used as mapping keys is rejected too (it hangs Yams.compose)")
    func aliasBombAsKeys() {
        let outcome = AgreementLoader().diagnose(SourceFile(path: "keys.yaml", text: aliasBomb(levels: 9, asKeys: true)))
        #expect(outcome.diagnostics.count == 1)
        #expect(outcome.diagnostics.first?.message.hasPrefix("alias '*a4' expands to 111,111 nodes") == true)
    }

    @Test("a 50 MB file is refused from its size, without reading it")
    func hugeFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("accord-huge-\(UUID().uuidString).yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 50 * 1024 * 1024)  // sparse: costs no disk
        try handle.close()
        #expect(throws: InvalidInputError.self) { try AgreementLoader().load(path: path) }
        do {
            _ = try AgreementLoader().load(path: path)
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "\(path): error: file is 52,428,800 bytes, over the file-size limit of 4,194,304 bytes (4 MiB);"
                        + " accord's files are expected to be well under 1 MiB"
                ]
            )
        }
    }

    /// Deeply nested documents and the column of the first opening beyond 32 levels.
    static let deepDocuments: [(yaml: String, column: Int)] = [
        (String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000), 33),
        (String(repeating: "- ", count: 10_000) + "x\n", 1 + 2 * 32),
        // The root mapping is level 1, so the 32nd brace opens level 33.
        ("a: " + String(repeating: "{k: ", count: 10_000) + "x" + String(repeating: "}", count: 10_000) + "\n", 4 + 4 * 31),
    ]

    @Test("10,000 levels of nesting are refused at the depth limit", arguments: 0..<deepDocuments.count)
    func deepNesting(index: Int) {
        let (yaml, column) = Self.deepDocuments[index]
        let outcome = AgreementLoader().diagnose(SourceFile(path: "deep.yaml", text: yaml))
        #expect(
            outcome.diagnostics.map(\.message) == [
                "nesting is deeper than the depth limit of 32 levels; agreements, rule packs and grammars need fewer than 10"
            ])
        #expect(outcome.diagnostics.first?.location.position == TextPosition(line: 1, column: column))
    }

    @Test("the node limit counts every node")
    func nodeLimit() {
        let yaml = "items: [" + Array(repeating: "x", count: 300).joined(separator: ", ") + "]\n"
        let outcome = AgreementLoader(limits: LoadLimits(maximumNodes: 100)).diagnose(SourceFile(path: "n.yaml", text: yaml))
        #expect(
            outcome.diagnostics.map(\.description) == [
                "n.yaml:1:300: error: file has more than 100 YAML nodes, over the node limit (aliases count at their expanded size)"
            ])
    }

    @Test("the clause limit is reported once, at the first clause over it")
    func clauseLimit() {
        let clauses = (1...4).map { "  - id: \"c\($0)\"\n    text: Clause \($0).\n" }.joined()
        let yaml = minimalAgreement.replacingOccurrences(
            of: "  - id: \"1\"\n    text: No recruitment fees shall be charged to health workers.\n", with: clauses)
        let outcome = AgreementLoader(limits: LoadLimits(maximumClauses: 2)).diagnose(SourceFile(path: "c.yaml", text: yaml))
        #expect(
            outcome.diagnostics.map(\.description) == [
                "c.yaml:25:5: error: agreement has more than 2 clauses (sub-clauses included), over the clause limit"
            ])
    }
}

/// Text amplified by aliases: one scalar anchored once and named by many clauses is read in full for
/// each, so it is counted at its expanded size.
@Suite("Text limits")
struct TextLimitsTests {
    /// `minimalAgreement` with its one clause replaced by an anchored clause of `text` and `aliases`
    /// clauses naming it.
    private func agreement(anchoring text: String, aliases: Int) -> String {
        var clauses = "  - id: \"0\"\n    text: &t \"\(text)\"\n"
        for index in 1...aliases { clauses += "  - id: \"\(index)\"\n    text: *t\n" }
        return minimalAgreement.replacingOccurrences(
            of: "  - id: \"1\"\n    text: No recruitment fees shall be charged to health workers.\n", with: clauses)
    }

    @Test("a scalar aliased past the text limit is refused at the alias, naming the limit")
    func aliasedTextOverTheYAMLLimit() {
        // 100,000 bytes named 50 times: a 100 KB file that reads as 5 MB of text.
        let yaml = agreement(anchoring: String(repeating: "Workers pay no fees. ", count: 5_000), aliases: 50)
        #expect(yaml.utf8.count < 110_000)
        let outcome = AgreementLoader().diagnose(SourceFile(path: "t.yaml", text: yaml))
        #expect(
            outcome.diagnostics.map(\.description) == [
                "t.yaml:100:11: error: alias '*t' expands to 105,000 bytes of text, which takes the file over the text limit"
                    + " of 4,194,304 bytes (4 MiB; aliases count at their expanded size)"
            ])
    }

    @Test("clause text past the clause-text limit is refused at the clause that passes it, once")
    func clauseTextOverItsLimit() {
        // 30,000 bytes named 40 times: 1.2 MB of clause text, under the YAML text limit.
        let yaml = agreement(anchoring: String(repeating: "Workers pay no fees. ", count: 1_500), aliases: 40)
        let outcome = AgreementLoader().diagnose(SourceFile(path: "c.yaml", text: yaml))
        #expect(
            outcome.diagnostics.map(\.description) == [
                "c.yaml:87:5: error: the clauses hold more than 1,048,576 bytes of text (1 MiB), over the clause-text limit"
                    + " (aliases count at their expanded size); real agreements hold under 100 KB"
            ])
    }

    @Test("text past the text limit without aliases is refused at the scalar that passes it")
    func scalarTextOverTheLimit() {
        let outcome = AgreementLoader(limits: LoadLimits(maximumTextBytes: 200)).diagnose(
            SourceFile(path: "p.yaml", text: minimalAgreement))
        #expect(
            outcome.diagnostics.map(\.description) == [
                "p.yaml:17:7: error: file has more than 200 bytes of text, over the text limit of 200 bytes"
                    + " (aliases count at their expanded size)"
            ])
    }

    @Test("the limits are set in LoadLimits")
    func limitsAreSettable() {
        // The header and the anchored text hold about 1,300 bytes; the third alias passes 2,500.
        let yaml = agreement(anchoring: String(repeating: "x", count: 1_000), aliases: 3)
        let limits = LoadLimits(maximumTextBytes: 2_500)
        let outcome = AgreementLoader(limits: limits).diagnose(SourceFile(path: "s.yaml", text: yaml))
        #expect(
            outcome.diagnostics.map(\.description) == [
                "s.yaml:26:11: error: alias '*t' expands to 1,000 bytes of text, which takes the file over the text limit of"
                    + " 2,500 bytes (aliases count at their expanded size)"
            ])
    }
}

extension Diagnostic {
    /// `FILE:LINE:COLUMN: severity: message`, as tests compare them.
    var description: String { "\(location): \(severity.rawValue): \(message)" }
}
