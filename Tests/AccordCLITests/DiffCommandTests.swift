import AccordTestSupport
import Foundation
import Testing

@Suite("accord diff")
struct DiffCommandTests {
    static let weak = "agreements/drafts/weak-draft-bilateral-2026.yaml"
    static let strong = "agreements/drafts/strong-draft-bilateral-2026.yaml"

    @Test("weak → strong: scores up, gaps closed, exit 0 even with --fail-on-regression")
    func improvement() throws {
        let result = try AccordProcess.run(["diff", Self.weak, Self.strong])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        #expect(
            result.standardOutput.hasPrefix(
                "Diff of weak-draft-bilateral-2026 → strong-draft-bilateral-2026 against who-code-2010 1.1.0 (scoring model 1)\n")
        )
        #expect(result.standardOutput.contains("\nOverall 24.3 F → 95.6 A (+71.3)\n"))
        #expect(result.standardOutput.contains("\n  Closed\n"))
        #expect(!result.standardOutput.contains("\n  Opened\n"))
        #expect(result.standardOutput.hasSuffix("\nNo regression\n"))
        #expect(try AccordProcess.run(["diff", Self.weak, Self.strong, "--fail-on-regression"]).status == 0)
    }

    @Test("strong → weak with --fail-on-regression exits 3; without it, 0")
    func regression() throws {
        let failing = try AccordProcess.run(["diff", Self.strong, Self.weak, "--fail-on-regression"])
        #expect(failing.status == 3)
        #expect(failing.standardOutput.contains("\nOverall 95.6 A → 24.3 F (−71.3)\n"))
        #expect(failing.standardOutput.contains("\n  Opened\n"))
        #expect(
            failing.standardOutput.hasSuffix(
                "\nRegressed: the new version scores lower, opens a gap or weakens a criterion into a gap\n"))
        #expect(try AccordProcess.run(["diff", Self.strong, Self.weak]).status == 0)
    }

    @Test("JSON is byte-identical across runs and names the regression")
    func json() throws {
        let arguments = ["diff", Self.strong, Self.weak, "--format", "json"]
        let first = try AccordProcess.run(arguments)
        let second = try AccordProcess.run(arguments)
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
        let object = try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as? [String: Any]
        #expect(object?["regressed"] as? Bool == true)
        #expect((object?["old"] as? [String: Any])?["id"] as? String == "strong-draft-bilateral-2026")
        #expect((object?["overall"] as? [String: Any])?["delta"] as? Double == -71.3)
    }

    @Test("-o writes the diff to a file and nothing to standard output")
    func outputFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("diff.json").path
        let result = try AccordProcess.run(["diff", Self.weak, Self.strong, "--format", "json", "-o", path])
        #expect(result.status == 0 && result.standardOutput.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == (try AccordProcess.run(["diff", Self.weak, Self.strong, "--format", "json"])).standardOutput)
    }

    @Test("an invalid or missing file exits 1 with its errors; one argument is a usage error")
    func errors() throws {
        let broken = try AccordProcess.run(["diff", Self.weak, "Tests/Fixtures/broken/unknown-keys.yaml"])
        #expect(broken.status == 1)
        #expect(broken.standardOutput.isEmpty)
        #expect(broken.standardError.contains("Tests/Fixtures/broken/unknown-keys.yaml:9:3: error: unknown key 'partys'"))
        #expect(try AccordProcess.run(["diff", "no-such-file.yaml", Self.weak]).status == 1)
        #expect(try AccordProcess.run(["diff", Self.weak]).status == 2)
    }
}
