import Foundation

/// Compares output with a checked-in golden file; `ACCORD_RECORD_GOLDENS=1` re-records it.
///
/// Recording always reports a failure, so a golden is never silently accepted: review the diff,
/// then run the tests again without the variable.
public enum GoldenFile {
    /// nil when `actual` matches the golden at `path` (relative to the repository root); otherwise
    /// a message describing the mismatch or the recording.
    public static func mismatch(_ actual: String, golden path: String) -> String? {
        let url = RepositoryPaths.root.appendingPathComponent(path)
        if ProcessInfo.processInfo.environment["ACCORD_RECORD_GOLDENS"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return "recorded \(path); review it and run again without ACCORD_RECORD_GOLDENS"
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "no golden file at \(path); run with ACCORD_RECORD_GOLDENS=1 to record it"
        }
        guard expected != actual else { return nil }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        let firstDifference =
            zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let expectedLine = firstDifference < expectedLines.count ? expectedLines[firstDifference] : "<end>"
        let actualLine = firstDifference < actualLines.count ? actualLines[firstDifference] : "<end>"
        return "\(path) differs at line \(firstDifference + 1):\n  expected: \(expectedLine)\n  actual:   \(actualLine)"
    }
}
