import AccordKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Terminal facts the CLI decides on, so AccordKit only ever receives a plain "colour on or off".
enum Terminal {
    /// True when standard error is a terminal.
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// True when standard output is a terminal.
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether colour is allowed at all: never with `NO_COLOR` set (https://no-color.org) or a dumb terminal.
    static var environmentAllowsColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}

extension FileHandle {
    /// Writes `text` to standard error unbuffered, so messages interleave correctly with output.
    ///
    /// A failure to write a message cannot itself be reported, so it is ignored.
    static func standardErrorWrite(_ text: String) {
        _ = DescriptorWriter.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }

    /// Writes `text` to standard output unbuffered, so results stream into a pipe as they are produced.
    static func standardOutputWrite(_ text: String) {
        standardOutputWrite(bytes: Array(text.utf8))
    }

    /// Writes `bytes` to standard output; when that fails (a full disk, a closed pipe with SIGPIPE
    /// ignored) says so on standard error and exits 1, instead of trapping in `FileHandle.write`.
    static func standardOutputWrite(bytes: [UInt8]) {
        guard let code = DescriptorWriter.writeAll(bytes, to: STDOUT_FILENO) else { return }
        standardErrorWrite("accord: error: cannot write to standard output: \(DescriptorWriter.describe(code))\n")
        exit(ExitStatus.invalidInput.rawValue)
    }
}
