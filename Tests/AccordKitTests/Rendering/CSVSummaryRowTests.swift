import AccordKit
import AccordTestSupport
import Testing

/// A batch writes CSV summary rows straight from each score card; they must be the rows the report
/// gives, or `accord batch` and `accord score --format csv` would disagree.
@Suite("CSV summary rows")
struct CSVSummaryRowTests {
    @Test("the row from a scored agreement equals the row from its report, for every bundled agreement")
    func sameRowEitherWay() throws {
        let pack = try #require(try BuiltInRulePacks.load())
        let evaluator = Evaluator(compiled: Engine.compiled(pack))
        let paths = RepositoryPaths.yamlFiles(under: RepositoryPaths.agreements)
        #expect(paths.count > 10)
        var withRedFlags = 0
        for path in paths {
            let evaluation = evaluator.evaluate(try AgreementLoader().load(path: path))
            let scored = ScoredAgreement(evaluation: evaluation, card: Scorer.score(evaluation), pack: pack)
            #expect(CSVRenderer.summaryRow(scored) == CSVRenderer.summaryRow(scored.report()), "\(path)")
            if scored.redFlagCount > 0 { withRedFlags += 1 }
        }
        #expect(withRedFlags > 0, "some agreement raises a red flag, so that column is exercised")
    }
}
