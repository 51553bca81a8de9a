import AccordTestSupport
import Foundation

/// Runs the built `accord` binary and captures what a user would see.
struct AccordProcess {
    /// What one run produced.
    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// The `accord` executable beside the test bundle (`swift test` builds it first: the test target depends on it).
    static let executable: URL = {
        let productsDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let beside = productsDirectory.appendingPathComponent("accord")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Bundle.main.bundleURL.appendingPathComponent("accord")
    }()

    /// Runs `accord arguments` in the repository root with `environment` added, with no terminal attached;
    /// `standardOutput` replaces the captured pipe (`/dev/full`, say); after `timeout` seconds the
    /// process is killed (status 9), so a test of a hang fails instead of hanging.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], standardInput: String? = nil,
        standardOutput: FileHandle? = nil, timeout: Double? = nil
    ) throws -> Result {
        try run(
            executable: executable, arguments, environment: environment, standardInput: standardInput,
            standardOutput: standardOutput, timeout: timeout)
    }

    /// Runs `executable arguments` as `run(_:)` does: for a shell that sets something up, then execs accord.
    static func run(
        executable: URL, _ arguments: [String], environment: [String: String] = [:], standardInput: String? = nil,
        standardOutput replacement: FileHandle? = nil, timeout: Double? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = RepositoryPaths.root
        var combined = ProcessInfo.processInfo.environment
        combined.removeValue(forKey: "NO_COLOR")
        process.environment = combined.merging(environment) { $1 }
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        process.standardOutput = replacement ?? output
        process.standardError = error
        process.standardInput = input
        try process.run()
        if let timeout {
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
                // SIGKILL: the test runner starts children with SIGTERM blocked, so terminate() would not stop one.
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            }
        }
        // The child holds its own copy; closing ours makes a replaced output's pipe read to its end.
        if replacement != nil { try output.fileHandleForWriting.close() }
        if let standardInput { input.fileHandleForWriting.write(Data(standardInput.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot fill a pipe and block the child.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self)
        )
    }
}
