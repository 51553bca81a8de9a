import AccordTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `validate DIR` and `batch DIR` do with entries of a folder that are not agreement files.
@Suite("folder walks")
struct FolderWalkTests {
    /// A folder with one valid agreement, a FIFO named `pipe.yaml`, a file and a subfolder whose
    /// names are not UTF-8.
    func hostileFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-walk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: RepositoryPaths.agreements.appendingPathComponent("drafts/weak-draft-bilateral-2026.yaml"),
            to: folder.appendingPathComponent("good.yaml"))
        #expect(mkfifo(folder.appendingPathComponent("pipe.yaml").path, 0o600) == 0)
        let base = Array(folder.path.utf8)
        let badFile = (base + Array("/bad".utf8) + [0xFF] + Array(".yaml".utf8)).map { CChar(bitPattern: $0) } + [0]
        let descriptor = open(badFile, O_WRONLY | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        close(descriptor)
        let badFolder = (base + Array("/sub".utf8) + [0xFE]).map { CChar(bitPattern: $0) } + [0]
        #expect(mkdir(badFolder, 0o755) == 0)
        return folder
    }

    func expectedProblems(in folder: URL) -> String {
        """
        \(folder.path)/bad\\xFF.yaml: error: cannot read the file: its name is not valid UTF-8 (invalid bytes shown as \\xNN); rename it
        \(folder.path)/pipe.yaml: warning: skipped: named like YAML but it is a FIFO, not a regular file
        \(folder.path)/sub\\xFE: error: cannot read the folder: its name is not valid UTF-8 (invalid bytes shown as \\xNN); rename it

        """
    }

    @Test("validate: a FIFO named .yaml is skipped with a warning, never opened; names that are not UTF-8 are errors")
    func validate() throws {
        let folder = try hostileFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try AccordProcess.run(["validate", folder.path], timeout: 20)
        #expect(result.status == 1)
        #expect(result.standardError == expectedProblems(in: folder))
        #expect(result.standardOutput == "3 files checked: 1 valid, 2 invalid\n")
    }

    @Test("batch: the same, and the valid agreement is scored")
    func batch() throws {
        let folder = try hostileFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try AccordProcess.run(["batch", folder.path], timeout: 20)
        #expect(result.status == 1)
        #expect(
            result.standardError == expectedProblems(in: folder) + "batch: 1 agreement: 1 scored, 0 failed, 2 paths unreadable\n")
        #expect(result.standardOutput == "   1.  24.3  F  weak-draft-bilateral-2026  (26 gaps, 0 red flags)\n")
    }

    @Test("a FIFO alone in a folder is skipped and the run succeeds")
    func fifoOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-walk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: RepositoryPaths.agreements.appendingPathComponent("drafts/weak-draft-bilateral-2026.yaml"),
            to: folder.appendingPathComponent("good.yaml"))
        #expect(mkfifo(folder.appendingPathComponent("pipe.yaml").path, 0o600) == 0)
        let result = try AccordProcess.run(["validate", folder.path], timeout: 20)
        #expect(result.status == 0)
        #expect(result.standardOutput == "1 file checked: 1 valid, 0 invalid\n")
    }

    @Test("a subfolder that cannot be opened is an error naming it, not skipped in silence")
    func unreadableSubfolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-walk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            // rm walks with openat, so it removes folders too deep for a full path.
            let remove = Process()
            remove.executableURL = URL(fileURLWithPath: "/bin/rm")
            remove.arguments = ["-rf", folder.path]
            try? remove.run()
            remove.waitUntilExit()
        }
        try FileManager.default.copyItem(
            at: RepositoryPaths.agreements.appendingPathComponent("drafts/weak-draft-bilateral-2026.yaml"),
            to: folder.appendingPathComponent("good.yaml"))
        // Folders nested past PATH_MAX, made one level at a time with mkdirat: even root cannot
        // opendir the deepest by its path, whatever its permissions (the tests may run as root).
        let name = String(repeating: "d", count: 250)
        var descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
        var path = folder.path
        var unreadable: String?
        for _ in 0..<20 {
            #expect(mkdirat(descriptor, name, 0o755) == 0)
            let next = openat(descriptor, name, O_RDONLY | O_DIRECTORY)
            close(descriptor)
            descriptor = next
            path += "/" + name
            if unreadable == nil, path.utf8.count >= PATH_MAX { unreadable = path }
        }
        close(descriptor)
        let deepest = try #require(unreadable)
        let result = try AccordProcess.run(["validate", folder.path], timeout: 60)
        #expect(result.status == 1)
        #expect(
            result.standardError
                == "\(deepest): error: cannot read the folder: File name too long; its files were not checked\n")
        #expect(result.standardOutput == "2 files checked: 1 valid, 1 invalid\n")
    }
}
