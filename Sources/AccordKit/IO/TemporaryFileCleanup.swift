#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes the temporary file of a write in progress when SIGINT or SIGTERM ends the process.
///
/// An output is written to a temporary file beside its destination and renamed over it; a Ctrl-C
/// between the two left a `.accord-….tmp` file behind. The handler only calls `unlink(2)` and
/// then lets the signal end the process as it would have, so the exit status is unchanged.
enum TemporaryFileCleanup {
    /// Registers `path` as the one temporary file to remove if the process is interrupted.
    static func register(_ path: String) {
        installHandlers()
        let copy = strdup(path)
        let previous = pendingTemporaryPath
        pendingTemporaryPath = copy
        free(previous)
    }

    /// Forgets the registered file, once it has been renamed or removed.
    static func unregister() {
        let previous = pendingTemporaryPath
        pendingTemporaryPath = nil
        free(previous)
    }

    private static func installHandlers() {
        guard !handlersInstalled else { return }
        handlersInstalled = true
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            // A signal the parent ignores (nohup, a background job) stays ignored.
            let previous = signal(signalNumber, removePendingAndReraise)
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                _ = signal(signalNumber, SIG_IGN)
            }
        }
    }

    nonisolated(unsafe) private static var handlersInstalled = false
}

/// The temporary file to remove on a signal; a C string, so the handler needs no Swift runtime.
nonisolated(unsafe) private var pendingTemporaryPath: UnsafeMutablePointer<CChar>?

/// Async-signal-safe: `unlink`, `signal` and `raise` only.
private func removePendingAndReraise(_ signalNumber: Int32) {
    if let path = pendingTemporaryPath { unlink(path) }
    _ = signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
