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
    static func standardErrorWrite(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes `text` to standard output unbuffered, so results stream into a pipe as they are produced.
    static func standardOutputWrite(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
