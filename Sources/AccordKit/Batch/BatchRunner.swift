import Foundation

/// Scores many agreement files in parallel and hands results back in input order as they finish.
///
/// Workers take files in order; the caller's thread releases each result as soon as every earlier
/// one has been released, so output streams in a deterministic order. At most `window` files are
/// in flight or waiting, so memory stays bounded however many files there are. A file that cannot
/// be loaded becomes a failed result; it never stops the batch.
public struct BatchRunner: Sendable {
    /// What became of one file.
    public enum Outcome: Sendable {
        /// Scored.
        case scored(Report)
        /// Could not be loaded; every problem found.
        case failed([Diagnostic])
    }

    public let pack: RulePack
    public let workers: Int
    public let window: Int
    public let limits: LoadLimits

    /// Creates a runner; `workers` defaults to the number of active cores.
    public init(pack: RulePack, workers: Int? = nil, window: Int? = nil, limits: LoadLimits = .default) {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        self.pack = pack
        self.workers = max(1, workers ?? cores)
        self.window = max(self.workers, window ?? self.workers * 8)
        self.limits = limits
    }

    /// Scores `paths`, calling `release` on the calling thread once per path, in order.
    public func run(_ paths: [String], release: (_ index: Int, _ path: String, _ outcome: Outcome) -> Void) {
        let state = BatchState(count: paths.count, window: window)
        let evaluator = Evaluator(pack: pack)
        let loader = AgreementLoader(limits: limits)
        let pack = self.pack
        let group = DispatchGroup()
        for _ in 0..<min(workers, max(1, paths.count)) {
            group.enter()
            DispatchQueue.global(qos: .userInitiated).async {
                while let index = state.nextToStart() {
                    let outcome = Self.score(paths[index], loader: loader, evaluator: evaluator, pack: pack)
                    state.finish(index, outcome)
                }
                group.leave()
            }
        }
        for index in paths.indices {
            release(index, paths[index], state.take(index))
        }
        group.wait()
    }

    static func score(_ path: String, loader: AgreementLoader, evaluator: Evaluator, pack: RulePack) -> Outcome {
        do {
            let agreement = try loader.load(path: path)
            let evaluation = evaluator.evaluate(agreement)
            return .scored(ReportBuilder.build(evaluation, card: Scorer.score(evaluation), pack: pack))
        } catch {
            return .failed(error.diagnostics)
        }
    }
}

/// The shared state of one batch, guarded by a condition variable.
private final class BatchState: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var started = 0
    private var released = 0
    private var finished: [Int: BatchRunner.Outcome] = [:]

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    /// The next index to score, waiting while the window is full; nil when all have started.
    func nextToStart() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while started < count, started - released >= window { condition.wait() }
        guard started < count else { return nil }
        started += 1
        return started - 1
    }

    func finish(_ index: Int, _ outcome: BatchRunner.Outcome) {
        condition.lock()
        finished[index] = outcome
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for result `index` and releases it, making room in the window.
    func take(_ index: Int) -> BatchRunner.Outcome {
        condition.lock()
        defer { condition.unlock() }
        while finished[index] == nil { condition.wait() }
        let outcome = finished.removeValue(forKey: index) ?? .failed([])
        released += 1
        condition.broadcast()
        return outcome
    }
}
