import AccordKit
import AccordTestSupport
import Foundation
import Testing

/// `accord score` and `accord rules test` end to end.
@Suite("accord score")
struct ScoreCommandTests {
    @Test("scores a bundled agreement with the built-in pack, with no configuration")
    func defaultPack() throws {
        let result = try AccordProcess.run(["score", "agreements/gbr-npl-2022.yaml"])
        #expect(result.status == 0)
        #expect(result.standardError == "")
        #expect(result.standardOutput.contains("Rule pack who-code-2010 1.1.0 · scoring model 1"))
        #expect(result.standardOutput.contains("origin-on-safeguards-list — NPL (Nepal) is an origin party"))
    }

    @Test("--format json is the golden report, byte for byte, on every run")
    func json() throws {
        let first = try AccordProcess.run(["score", "agreements/gbr-ken-2021.yaml", "--format", "json"])
        let second = try AccordProcess.run(["score", "agreements/gbr-ken-2021.yaml", "--format", "json"])
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
        #expect(GoldenFile.mismatch(first.standardOutput, golden: "Tests/Fixtures/golden/gbr-ken-2021.json") == nil)
    }

    @Test("--report-language fr prints French headings and the pack's French recommendation of each gap")
    func reportLanguage() throws {
        let result = try AccordProcess.run(["score", "agreements/gbr-ken-2021.yaml", "--report-language", "fr"])
        #expect(result.status == 0)
        #expect(result.standardError == "")
        let output = result.standardOutput
        #expect(output.contains("\nScore global 6.9 / 100, note F\n"))
        #expect(output.contains("\nPrincipes\n") && output.contains("\nContexte\n"))
        #expect(output.contains("\nLacunes (25\u{A0}: 2 critiques, 16 majeures, 7 mineures)\n"))
        #expect(output.contains("  CRITIQUE manquante equal-treatment / equal-pay-and-conditions — aucune clause ne le prévoit"))
        let french = try #require(try BuiltInRulePacks.load()?.translations["fr"])
        let recommendation = try #require(french.rules["equal-pay-and-conditions"]?.recommendation)
        #expect(output.contains("→ \(recommendation)\n"))
        #expect(!output.contains("Overall") && !output.contains("Gaps"))
    }

    @Test("--report-language leaves JSON as it is, and an unknown language is a usage error")
    func reportLanguageUsage() throws {
        let english = try AccordProcess.run(["score", "agreements/gbr-ken-2021.yaml", "--format", "json"])
        let spanish = try AccordProcess.run([
            "score", "agreements/gbr-ken-2021.yaml", "--format", "json", "--report-language", "es",
        ])
        #expect(spanish.status == 0 && spanish.standardOutput == english.standardOutput)
        let unknown = try AccordProcess.run(["score", "agreements/gbr-ken-2021.yaml", "--report-language", "xx"])
        #expect(unknown.status == 2)
        #expect(unknown.standardOutput == "")
        #expect(unknown.standardError.contains("The value 'xx' is invalid for '--report-language"))
    }

    @Test("--fail-under exits 3 below the threshold and 0 at or above it")
    func failUnder() throws {
        #expect(
            try AccordProcess.run(["score", "agreements/drafts/weak-draft-bilateral-2026.yaml", "--fail-under", "60"]).status == 3
        )
        #expect(
            try AccordProcess.run(["score", "agreements/drafts/strong-draft-bilateral-2026.yaml", "--fail-under", "60"]).status
                == 0)
        #expect(try AccordProcess.run(["score", "agreements/gbr-ken-2021.yaml", "--fail-under", "101"]).status == 2)
    }

    @Test("an invalid agreement exits 1 with its located errors")
    func invalidAgreement() throws {
        let result = try AccordProcess.run(["score", "Tests/Fixtures/broken/unknown-keys.yaml"])
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("Tests/Fixtures/broken/unknown-keys.yaml:9:3: error: unknown key 'partys'"))
    }

    @Test("an unknown pack is a usage error; a pack folder is accepted")
    func rulesOption() throws {
        let unknown = try AccordProcess.run(["score", "agreements/gbr-ken-2021.yaml", "--rules", "who-code-2099"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("'who-code-2099' is neither a rule-pack folder nor a built-in pack"))
        let folder = try AccordProcess.run(["score", "agreements/gbr-ken-2021.yaml", "--rules", "Tests/Fixtures/packs/mini"])
        #expect(folder.status == 0)
        #expect(folder.standardOutput.contains("Rule pack mini 0.1.0"))
    }

    @Test("-o writes the report atomically and refuses to overwrite the input")
    func outputFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report.json").path
        for _ in 1...2 {
            let result = try AccordProcess.run(["score", "agreements/gbr-ken-2021.yaml", "--format", "json", "-o", output])
            #expect(result.status == 0 && result.standardOutput == "")
        }
        #expect(
            GoldenFile.mismatch(
                try String(contentsOfFile: output, encoding: .utf8), golden: "Tests/Fixtures/golden/gbr-ken-2021.json") == nil)
        let input = folder.appendingPathComponent("agreement.yaml").path
        try FileManager.default.copyItem(
            atPath: RepositoryPaths.agreements.appendingPathComponent("gbr-ken-2021.yaml").path, toPath: input)
        let before = try String(contentsOfFile: input, encoding: .utf8)
        let refused = try AccordProcess.run(["score", input, "-o", input])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("refusing to write"))
        #expect(try String(contentsOfFile: input, encoding: .utf8) == before)
    }

    @Test("an annotation naming a principle the pack lacks is a located warning, not an error")
    func unknownAnnotation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-annotation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(
            contentsOf: RepositoryPaths.agreements.appendingPathComponent("gbr-ken-2021.yaml"), encoding: .utf8)
        let path = folder.appendingPathComponent("annotated.yaml").path
        let annotated = original.replacingOccurrences(
            of: "      - principle: monitoring-review", with: "      - principle: monitoring-reveiw")
        #expect(annotated != original)
        try annotated.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try AccordProcess.run(["score", path])
        #expect(result.status == 0)
        #expect(
            result.standardError.contains(
                ": warning: annotation names principle 'monitoring-reveiw', which rule pack 'who-code-2010' does not have; it is ignored"
            ))
    }

    @Test("accord rules test runs every built-in example and passes")
    func rulesTest() throws {
        let result = try AccordProcess.run(["rules", "test"])
        #expect(result.status == 0)
        // One line per language the pack reads, each with its own examples.
        let lines = result.standardOutput.split(separator: "\n")
        #expect(
            lines.map { $0.prefix(while: { $0 != ":" }) } == [
                "who-code-2010 1.1.0 [en]", "who-code-2010 1.1.0 [fr]", "who-code-2010 1.1.0 [es]",
            ])
        #expect(lines.allSatisfy { $0.hasSuffix(", 0 failed") })
    }
}
