import AccordKit
import AccordTestSupport
import Foundation
import Testing

@Suite("Batch runner")
struct BatchRunnerTests {
    @Test("results are released in input order, whatever finishes first, with a small window")
    func order() throws {
        let pack = try #require(try BuiltInRulePacks.load())
        let corpus = RepositoryPaths.yamlFiles(under: RepositoryPaths.agreements)
        let paths = Array((corpus + ["/nonexistent.yaml"] + corpus.reversed()).prefix(40))
        var released: [String] = []
        var failed: [String] = []
        BatchRunner(pack: pack, workers: 4, window: 4).run(paths) { index, path, outcome in
            #expect(index == released.count)
            released.append(path)
            if case .failed = outcome { failed.append(path) }
        }
        #expect(released == paths)
        #expect(failed == ["/nonexistent.yaml"])
    }
}
