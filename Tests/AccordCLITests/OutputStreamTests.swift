import AccordTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where output goes when it cannot all be written, or does not go to a regular file.
@Suite("output streams and files")
struct OutputStreamTests {
    static let agreement = "agreements/gbr-ken-2021.yaml"

    @Test("a full disk on standard output is reported and exits 1, without a crash dump")
    func fullDisk() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try AccordProcess.run(["score", Self.agreement], standardOutput: full)
        #expect(result.status == 1)
        #expect(result.standardError == "accord: error: cannot write to standard output: No space left on device\n")
    }

    @Test("a closed pipe with SIGPIPE ignored is reported and exits 1")
    func closedPipe() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let shell = URL(fileURLWithPath: "/bin/sh")
        let command = "trap '' PIPE; exec \"$0\" score --format html \(Self.agreement)"
        let result = try AccordProcess.run(
            executable: shell, ["-c", command, AccordProcess.executable.path], standardOutput: pipe.fileHandleForWriting)
        #expect(result.status == 1)
        #expect(result.standardError == "accord: error: cannot write to standard output: Broken pipe\n")
    }
}
