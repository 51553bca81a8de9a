import AccordKit
import Foundation
import Testing

@Suite("Atomic file writer")
struct AtomicFileWriterTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("replaces an existing file, repeatedly, and leaves no temporary file behind")
    func replaces() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.json").path
        for round in 1...3 {
            try AtomicFileWriter.write("round \(round)\n", to: path, inputs: [])
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "round \(round)\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }

    @Test("refuses to overwrite an input, even named another way")
    func refusesInput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("agreement.yaml").path
        try "original\n".write(toFile: input, atomically: false, encoding: .utf8)
        let sameFile = folder.path + "/./agreement.yaml"
        #expect(throws: AtomicFileWriter.Failure.wouldOverwriteInput(sameFile)) {
            try AtomicFileWriter.write("report\n", to: sameFile, inputs: [input])
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "original\n")
    }

    @Test("a folder that does not exist is an error, not a crash")
    func missingFolder() {
        #expect(throws: AtomicFileWriter.Failure.self) {
            try AtomicFileWriter.write("x", to: "/nonexistent-accord-folder/out.json", inputs: [])
        }
    }

    @Test("a folder as the destination is refused with a reason, and left alone")
    func folderDestination() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: AtomicFileWriter.Failure.cannotWrite(folder.path, reason: "it is a folder")) {
            try AtomicFileWriter.write("x", to: folder.path, inputs: [])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }
}
