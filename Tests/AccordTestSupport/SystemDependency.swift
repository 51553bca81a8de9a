import Foundation
import Testing

/// Something a test needs that a fresh machine with only the Swift toolchain may lack: Debian's
/// `iso-codes`, Python, a Python package.
///
/// A test that needs one is skipped, with `reason` printed, when it is missing, so `swift test`
/// passes on a new machine. `.ci/run` installs them all and sets `ACCORD_REQUIRE_ALL_TESTS=1`:
/// then such a test runs whatever this machine has, and fails when its dependency is missing,
/// so CI never skips a test in silence. Give the test `dependency.trait` and begin it with
/// `try dependency.require()`.
public struct SystemDependency: Sendable {
    /// Why a test needing it is skipped: what is missing and how to get it.
    public let reason: String
    /// Whether this machine has it.
    public let isAvailable: Bool

    public init(reason: String, isAvailable: Bool) {
        self.reason = reason
        self.isAvailable = isAvailable
    }

    /// Whether a test needing it runs: the dependency is here, or every test must run
    /// (`ACCORD_REQUIRE_ALL_TESTS=1`), so that its absence fails the test.
    public var runs: Bool { isAvailable || Self.everyTestRequired }

    /// The test's trait: skip it, printing `reason`, unless it `runs`.
    public var trait: ConditionTrait { .enabled(if: runs, Comment(rawValue: reason)) }

    /// Fails the test, with `reason`, when the dependency is missing (it runs only when
    /// `ACCORD_REQUIRE_ALL_TESTS=1`).
    public func require(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try #require(isAvailable, Comment(rawValue: reason), sourceLocation: sourceLocation)
    }

    /// `ACCORD_REQUIRE_ALL_TESTS=1`, which `.ci/run` sets: a missing dependency fails, never skips.
    public static var everyTestRequired: Bool {
        ProcessInfo.processInfo.environment["ACCORD_REQUIRE_ALL_TESTS"] == "1"
    }

    /// A file or folder that a Debian package installs.
    public static func debianPackage(_ package: String, installs path: String) -> SystemDependency {
        SystemDependency(
            reason: "needs Debian's \(package) (apt-get install \(package)); .ci/run installs it",
            isAvailable: FileManager.default.fileExists(atPath: path))
    }

    /// `python3` on the PATH.
    public static let python3 = SystemDependency(
        reason: "needs python3 on the PATH (apt-get install python3); .ci/run uses it",
        isAvailable: pythonImports([]))

    /// `python3` with the `jsonschema` package.
    public static let jsonschema = SystemDependency(
        reason: "needs python3 with jsonschema (apt-get install python3-jsonschema, or pip install jsonschema);"
            + " .ci/run installs it",
        isAvailable: pythonImports(["jsonschema"]))

    /// Whether `python3` on the PATH runs and imports `modules`.
    private static func pythonImports(_ modules: [String]) -> Bool {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", modules.map { "import \($0)" }.joined(separator: "; ")]
        python.standardInput = FileHandle.nullDevice
        python.standardOutput = FileHandle.nullDevice
        python.standardError = FileHandle.nullDevice
        guard (try? python.run()) != nil else { return false }
        python.waitUntilExit()
        return python.terminationReason == .exit && python.terminationStatus == 0
    }
}
