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

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

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

    @Test("-o onto a FIFO writes into it and leaves it a FIFO")
    func fifo() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("report.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // A reader that does not block, so the test cannot hang whatever accord does.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        let result = try AccordProcess.run(["score", "agreements/drafts/weak-draft-bilateral-2026.yaml", "-o", fifo])
        #expect(result.status == 0)
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self).hasPrefix("Synthetic weak draft (ZMB–CAN)"))
        var status = stat()
        #expect(stat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.txt"])
    }

    @Test("-o over a 0600 file keeps it 0600")
    func permissions() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.json").path
        #expect(
            FileManager.default.createFile(atPath: path, contents: Data("old\n".utf8), attributes: [.posixPermissions: 0o600]))
        let result = try AccordProcess.run(["score", Self.agreement, "--format", "json", "-o", path])
        #expect(result.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("{"))
    }

    @Test(
        "SIGTERM or SIGINT before the rename leaves the destination as it was and no temporary file", arguments: ["TERM", "INT"])
    func interrupted(signalName: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.json").path
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        let result = try AccordProcess.run(
            ["score", Self.agreement, "--format", "json", "-o", path],
            environment: ["ACCORD_TEST_SIGNAL_BEFORE_RENAME": signalName])
        #expect(result.status == (signalName == "TERM" ? SIGTERM : SIGINT))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }
}
