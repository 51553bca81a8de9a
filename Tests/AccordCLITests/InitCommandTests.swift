import AccordTestSupport
import Foundation
import Testing

/// `accord init`: a skeleton that validates once the parties are named, and never overwrites.
@Suite("accord init")
struct InitCommandTests {
    @Test("with the parties named, the skeleton validates and scores as written")
    func withParties() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("draft.yaml").path
        let result = try AccordProcess.run(["init", file, "--party", "KEN=origin", "--party", "IRL=destination"])
        #expect(result.status == 0)
        #expect(result.standardError == "accord: wrote \(file); fill in the clauses, then run: accord score \(file)\n")
        #expect(try AccordProcess.run(["validate", file]).status == 0)
        #expect(try AccordProcess.run(["score", file]).status == 0)
        let again = try AccordProcess.run(["init", file])
        #expect(again.status == 1)
        #expect(again.standardError == "\(file): error: the file exists; accord init never overwrites a file\n")
    }

    @Test("without parties, the placeholders fail validation where they stand")
    func placeholders() throws {
        let result = try AccordProcess.run(["init", "--language", "fr"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("  language: fr  #"))
        #expect(result.standardOutput.contains("    - country: ORIGIN-CODE\n"))
        let usage = try AccordProcess.run(["init", "--language", "de"])
        #expect(usage.status == 2)
    }
}
