import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What end-to-end tests need to reach states a user reaches only by timing.
enum TestHooks {
    /// With `ACCORD_TEST_SIGNAL_BEFORE_RENAME=TERM` (or `INT`), the process sends itself that
    /// signal after writing an output's temporary file and before renaming it, as a Ctrl-C at
    /// that moment would; tests check that the temporary file is gone and the destination intact.
    static func signalBeforeRename() {
        let signalNumber: Int32
        switch ProcessInfo.processInfo.environment["ACCORD_TEST_SIGNAL_BEFORE_RENAME"] {
        case "TERM": signalNumber = SIGTERM
        case "INT": signalNumber = SIGINT
        default: return
        }
        // A test runner may start accord with the signal blocked; a user's Ctrl-C is not.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signalNumber)
        sigprocmask(SIG_UNBLOCK, &set, nil)
        raise(signalNumber)
    }
}
