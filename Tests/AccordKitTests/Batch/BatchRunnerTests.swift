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
        BatchRunner(assessor: Assessor(pack: pack), workers: 4, window: 4).run(paths) { index, path, outcome in
            #expect(index == released.count)
            released.append(path)
            if case .failed = outcome { failed.append(path) }
        }
        #expect(released == paths)
        #expect(failed == ["/nonexistent.yaml"])
    }

    @Test("a summary made on the workers comes back in input order")
    func summaries() throws {
        let pack = try #require(try BuiltInRulePacks.load())
        let paths = Array(RepositoryPaths.yamlFiles(under: RepositoryPaths.agreements).prefix(12))
        let expected = try paths.map { try AgreementLoader().load(path: $0).id }
        var ids: [String] = []
        BatchRunner(assessor: Assessor(pack: pack), workers: 3, window: 3).run(paths, summarize: { $0.evaluation.agreement.id }) {
            index, _, outcome in
            guard case .scored(let id, _) = outcome else {
                Issue.record("file \(index) failed")
                return
            }
            ids.append(id)
        }
        #expect(ids == expected)
    }

    @Test("the caller hears before it waits: a worker held until then still finishes each file")
    func beforeWaiting() throws {
        let pack = try #require(try BuiltInRulePacks.load())
        let paths = Array(RepositoryPaths.yamlFiles(under: RepositoryPaths.agreements).prefix(4))
        // Each summary waits for the caller's announcement, so every result is unready when asked for.
        let announced = DispatchSemaphore(value: 0)
        let timedOut = Counter()
        var waits = 0
        var released = 0
        BatchRunner(assessor: Assessor(pack: pack), workers: 1, window: 1).run(
            paths,
            summarize: { _ in
                if announced.wait(timeout: .now() + 10) == .timedOut { timedOut.increment() }
            },
            beforeWaiting: {
                waits += 1
                announced.signal()
            }
        ) { _, _, _ in released += 1 }
        #expect(released == paths.count)
        #expect(waits == paths.count)
        #expect(timedOut.value == 0)
    }
}

/// A count shared with worker threads.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var value: Int { lock.withLock { count } }

    func increment() { lock.withLock { count += 1 } }
}
