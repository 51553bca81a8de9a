import ArgumentParser

/// accord's exit statuses, the only place they are defined.
///
/// 2 for usage errors follows grep and diff; argument-parser's own default on Linux is 64.
enum ExitStatus: Int32 {
    /// Everything was read and, where asked, passed.
    case success = 0
    /// At least one input file was invalid or unreadable.
    case invalidInput = 1
    /// The command line was wrong.
    case usage = 2
    /// The overall score is below `--fail-under` (or a diff regressed).
    case belowThreshold = 3

    /// The status as argument-parser's exit code, to throw from `run()`.
    var exitCode: ExitCode { ExitCode(rawValue) }
}
