import Foundation

/// Scores many agreement files in parallel and hands results back in input order as they finish.
///
/// Workers take files in order; the caller's thread releases each result as soon as every earlier
/// one has been released, so output streams in a deterministic order. At most `window` files are
/// in flight or waiting, so memory stays bounded however many files there are. A file that cannot
/// be loaded becomes a failed result; it never stops the batch.
public struct BatchRunner: Sendable {
    /// What became of one file.
    public enum Outcome<Summary: Sendable>: Sendable {
        /// Scored, and summarised as the caller asked (the report itself by default), with the
        /// problems that did not stop scoring.
        case scored(Summary, warnings: [Diagnostic])
        /// Could not be loaded; every problem found.
        case failed([Diagnostic])
    }

    /// Scores each file, as every other front end does.
    public let assessor: Assessor
    public let workers: Int
    public let window: Int

    /// Creates a runner; `workers` defaults to the number of active cores.
    public init(assessor: Assessor, workers: Int? = nil, window: Int? = nil) {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        self.assessor = assessor
        self.workers = max(1, workers ?? cores)
        self.window = max(self.workers, window ?? self.workers * 8)
    }

    /// Scores `paths`, calling `release` on the calling thread once per path, in order.
    ///
    /// `beforeWaiting` is called on the calling thread whenever the next result is not ready yet:
    /// the moment to flush buffered output, so results stream without a write per result.
    public func run<Paths: RandomAccessCollection<String> & Sendable>(
        _ paths: Paths, beforeWaiting: () -> Void = {},
        release: (_ index: Int, _ path: String, _ outcome: Outcome<Report>) -> Void
    ) {
        run(paths, summarize: { $0.report() }, beforeWaiting: beforeWaiting, release: release)
    }

    /// `run(_:beforeWaiting:release:)`, with each scored agreement turned into what the caller keeps
    /// (a CSV row, say) by `summarize` on the worker that scored it: the calling thread only writes,
    /// results are freed where they were built, and a full report is built only if `summarize`
    /// asks for one.
    ///
    /// `paths` is any list of paths: a `PathList` for a batch of any size. `index` counts from 0.
    public func run<Paths: RandomAccessCollection<String> & Sendable, Summary: Sendable>(
        _ paths: Paths, summarize: @escaping @Sendable (ScoredAgreement) -> Summary, beforeWaiting: () -> Void = {},
        release: (_ index: Int, _ path: String, _ outcome: Outcome<Summary>) -> Void
    ) {
        let state = BatchState<Summary>(count: paths.count, window: window)
        let assessor = self.assessor
        let group = DispatchGroup()
        for _ in 0..<min(workers, max(1, paths.count)) {
            group.enter()
            DispatchQueue.global(qos: .userInitiated).async {
                while let index = state.nextToStart() {
                    let path = paths[paths.index(paths.startIndex, offsetBy: index)]
                    let outcome: Outcome<Summary> =
                        switch assessor.assess(path: path) {
                        case .success(let scored): .scored(summarize(scored), warnings: scored.warnings)
                        case .failure(let error): .failed(error.diagnostics)
                        }
                    state.finish(index, outcome)
                }
                group.leave()
            }
        }
        for (index, path) in paths.enumerated() {
            release(index, path, state.take(index, beforeWaiting: beforeWaiting))
        }
        group.wait()
    }
}

/// The shared state of one batch, guarded by a condition variable.
///
/// Wake-ups are kept to the ones that matter: a finished result wakes the caller's thread only when
/// the one awaited is ready and enough others are too (see `awaitedCount`), and a released result
/// wakes workers only when the window was full.
private final class BatchState<Summary: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    /// How many finished results the caller's thread waits for once it has to wait.
    ///
    /// A quarter of the window: waking it for each result cost two context switches a file, a few
    /// per cent of a batch's time, and workers never wait for it before the window is full.
    private let wakeBatch: Int
    private var started = 0
    private var released = 0
    private var finished: [Int: BatchRunner.Outcome<Summary>] = [:]
    /// The index the caller's thread is waiting for, if it is waiting, and how many finished
    /// results (that one included) it waits for.
    private var awaited: Int?
    private var awaitedCount = 1

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
        self.wakeBatch = max(1, window / 4)
    }

    /// True when the caller's thread, waiting, has what it waits for.
    private var awaitedIsReady: Bool {
        guard let awaited else { return false }
        return finished[awaited] != nil && finished.count >= awaitedCount
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

    func finish(_ index: Int, _ outcome: BatchRunner.Outcome<Summary>) {
        condition.lock()
        finished[index] = outcome
        if awaitedIsReady { condition.broadcast() }
        condition.unlock()
    }

    /// Waits for result `index` (calling `beforeWaiting` first if it is not ready) and releases it,
    /// making room in the window.
    func take(_ index: Int, beforeWaiting: () -> Void) -> BatchRunner.Outcome<Summary> {
        condition.lock()
        if finished[index] == nil {
            condition.unlock()
            beforeWaiting()
            condition.lock()
            awaited = index
            // Never more than can finish without the caller: every unreleased file, up to the window.
            awaitedCount = min(wakeBatch, count - released)
            while !awaitedIsReady { condition.wait() }
            awaited = nil
        }
        defer { condition.unlock() }
        let outcome = finished.removeValue(forKey: index) ?? .failed([])
        let windowWasFull = started - released >= window
        released += 1
        if windowWasFull { condition.broadcast() }
        return outcome
    }
}
