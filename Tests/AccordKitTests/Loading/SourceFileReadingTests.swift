import AccordKit
import Foundation
import Testing

/// Reading a file from disk: the bytes exactly as stored, and a named reason when they cannot be read.
@Suite("Reading source files")
struct SourceFileReadingTests {
    private func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("accord-read-\(UUID().uuidString)-\(name)").path
    }

    /// The one message a failed read gives, or nil when it succeeded.
    private func readFailure(_ path: String, limits: LoadLimits = .default) -> String? {
        do {
            _ = try SourceFile.read(path: path, limits: limits)
            return nil
        } catch {
            return error.diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    @Test("a file is read byte for byte, whatever its size relative to the read buffer")
    func bytesAsStored() throws {
        for size in [0, 1, 4095, 4096, 4097, 200_000] {
            let path = temporaryPath("\(size).yaml")
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let file = try SourceFile.read(path: path)
            #expect(file.path == path)
            #expect(file.bytes == bytes, "size \(size)")
        }
    }

    @Test("a missing file, a directory and an oversized file each say why they were not read")
    func failures() throws {
        let missing = temporaryPath("missing.yaml")
        #expect(readFailure(missing) == "\(missing): error: cannot read the file: no such file")

        let folder = temporaryPath("folder")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(readFailure(folder) == "\(folder): error: cannot read the file: it is a directory")
        #expect(readFailure(folder + "/inside.yaml") == "\(folder)/inside.yaml: error: cannot read the file: no such file")

        let large = temporaryPath("large.yaml")
        #expect(FileManager.default.createFile(atPath: large, contents: Data(repeating: 0x61, count: 1_500_000)))
        defer { try? FileManager.default.removeItem(atPath: large) }
        var limits = LoadLimits.default
        limits.maximumFileBytes = 1_048_576
        #expect(
            readFailure(large, limits: limits)
                == "\(large): error: file is 1,500,000 bytes, over the file-size limit of 1,048,576 bytes (1 MiB);"
                + " accord's files are expected to be well under 1 MiB")
    }

    @Test("a file that cannot be opened says permission denied", .enabled(if: getuid() != 0, "root reads any file"))
    func unreadable() throws {
        let path = temporaryPath("locked.yaml")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("a: 1\n".utf8), attributes: [.posixPermissions: 0]))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(readFailure(path) == "\(path): error: cannot read the file: permission denied")
    }

    @Test("a stream with no size (a pipe) is read to its end, and stops one byte past the size limit")
    func pipe() throws {
        let pipe = Pipe()
        let text = Data(repeating: 0x62, count: 150_000)
        let writer = Thread {
            pipe.fileHandleForWriting.write(text)
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        let path = "/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)"
        var limits = LoadLimits.default
        limits.maximumFileBytes = 100_000
        let file = try SourceFile.read(path: path, limits: limits)
        #expect(file.bytes.count == 100_001)
        #expect(file.bytes.allSatisfy { $0 == 0x62 })
        // Drain the rest so the writer finishes instead of meeting a closed pipe.
        #expect(pipe.fileHandleForReading.readDataToEndOfFile().count == 150_000 - 100_001)
    }
}
