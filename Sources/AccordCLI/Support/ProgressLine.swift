import Foundation

/// A progress line on standard error for long batches: files done, rate and time left.
///
/// Shown only when standard error is a terminal, and redrawn at most ten times a second, so it
/// costs nothing in pipes and CI logs.
struct ProgressLine {
    let total: Int
    let enabled: Bool
    private var done = 0
    private let start = Date()
    private var lastDrawn = Date.distantPast
    private var visible = false

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled && total > 1
    }

    /// Counts one file done and redraws if due.
    mutating func advance() {
        done += 1
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.1 || done == total else { return }
        lastDrawn = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        FileHandle.standardErrorWrite(
            "\r\u{1B}[K\(done)/\(total) agreements · \(Int(rate.rounded()))/s · \(Int(left.rounded()))s left")
        visible = true
    }

    /// Removes the line, before other output or at the end.
    mutating func clear() {
        guard visible else { return }
        FileHandle.standardErrorWrite("\r\u{1B}[K")
        visible = false
    }
}
