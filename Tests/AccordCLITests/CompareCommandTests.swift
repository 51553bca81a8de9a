import AccordTestSupport
import Foundation
import Testing

@Suite("accord compare")
struct CompareCommandTests {
    @Test("compares corpus agreements; JSON is byte-identical across runs")
    func compare() throws {
        let arguments = ["compare", "agreements/gbr-ken-2021.yaml", "agreements/gbr-npl-2022.yaml"]
        let text = try AccordProcess.run(arguments)
        #expect(text.status == 0)
        #expect(text.standardOutput.hasPrefix("Comparing 2 agreements against who-code-2010 1.1.0 (scoring model 1)\n"))
        #expect(text.standardOutput.contains("safeguards-list-g2g-channel"))
        let first = try AccordProcess.run(arguments + ["--format", "json"])
        let second = try AccordProcess.run(arguments + ["--format", "json"])
        #expect(first.status == 0 && first.standardOutput == second.standardOutput)
        let object = try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as? [String: Any]
        #expect(
            (object?["agreements"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["gbr-ken-2021", "gbr-npl-2022"])
    }

    @Test("the HTML comparison is one self-contained page with a labelled grouped chart")
    func html() throws {
        let result = try AccordProcess.run([
            "compare", "agreements/drafts/strong-draft-bilateral-2026.yaml", "agreements/drafts/weak-draft-bilateral-2026.yaml",
            "--format", "html",
        ])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("<!DOCTYPE html>"))
        #expect(result.standardOutput.contains("<title id=\"compare-title\">Principle scores of 2 agreements</title>"))
        #expect(
            result.standardOutput.contains(
                "Circular migration, return and reintegration: strong-draft-bilateral-2026 100.0, weak-draft-bilateral-2026 20.0")
        )
        #expect(!result.standardOutput.contains("<script") && !result.standardOutput.contains("src="))
    }

    @Test("one file is a usage error; an invalid file exits 1 with its errors")
    func errors() throws {
        #expect(try AccordProcess.run(["compare", "agreements/gbr-ken-2021.yaml"]).status == 2)
        let invalid = try AccordProcess.run(["compare", "agreements/gbr-ken-2021.yaml", "Tests/Fixtures/broken/empty.yaml"])
        #expect(invalid.status == 1)
        #expect(invalid.standardError.hasPrefix("Tests/Fixtures/broken/empty.yaml:1:1: error: file is empty"))
    }
}
