import AccordTestSupport
import Foundation
import Testing

/// `accord batch` end to end: order, failures, formats.
@Suite("accord batch")
struct BatchCommandTests {
    @Test("output is byte-identical across runs and worker counts, in input order")
    func deterministic() throws {
        let arguments = ["batch", "agreements/", "--format", "jsonl"]
        let one = try AccordProcess.run(arguments + ["--jobs", "1"])
        let two = try AccordProcess.run(arguments + ["--jobs", "2"])
        let eight = try AccordProcess.run(arguments + ["--jobs", "8"])
        #expect(one.status == 0)
        #expect(one.standardOutput == two.standardOutput && two.standardOutput == eight.standardOutput)
        let ids = one.standardOutput.split(separator: "\n").compactMap { line -> String? in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (object?["agreement"] as? [String: Any])?["id"] as? String
        }
        #expect(ids.count == 23)
        // Sorted by path, so drafts/ sits between deu- and gbr-.
        #expect(ids.first == "asean-nursing-mra-2006" && ids.last == "mercosur-residencia-2002")
    }

    @Test("a folder with broken files: each is reported, the rest are scored, exit 1")
    func brokenFiles() throws {
        let result = try AccordProcess.run(["batch", "Tests/Fixtures/broken", "agreements/drafts", "--format", "csv"])
        #expect(result.status == 1)
        let rows = result.standardOutput.split(separator: "\r\n")
        #expect(rows.count == 9)
        #expect(rows.first?.hasPrefix("id,title,parties,") == true)
        #expect(result.standardError.contains("Tests/Fixtures/broken/duplicate-keys.yaml:8:3: error: duplicate key 'status'"))
        #expect(result.standardError.hasSuffix("batch: 23 agreements: 8 scored, 15 failed\n"))
    }

    @Test("a folder of drafts: Word and OpenDocument files are scored, text and Markdown left to be named")
    func draftFolder() throws {
        let result = try AccordProcess.run(["batch", "Tests/Fixtures/drafts", "--format", "csv", "--jobs", "2"])
        #expect(result.status == 0)
        let rows = result.standardOutput.split(separator: "\r\n").dropFirst()
        // article-draft, track-changes, weak-draft-autonumbered, weak-draft, and the two .odt files.
        #expect(rows.count == 6)
        #expect(rows.filter { $0.contains(",24.3,") }.count == 4)
        #expect(result.standardError.hasSuffix("batch: 6 agreements: 6 scored, 0 failed\n"))
    }

    @Test("'-' reads the paths from standard input")
    func standardInput() throws {
        let result = try AccordProcess.run(
            ["batch", "-"], standardInput: "agreements/gbr-ken-2021.yaml\n\nagreements/drafts/strong-draft-bilateral-2026.yaml\n")
        #expect(result.status == 0)
        #expect(
            result.standardOutput
                == "   1.  95.6  A  strong-draft-bilateral-2026  (2 gaps, 0 red flags)\n   2.   6.9  F  gbr-ken-2021  (25 gaps, 0 red flags)\n"
        )
        #expect(result.standardError == "batch: 2 agreements: 2 scored, 0 failed\n")
    }

    @Test("a file named in a rule-pack folder is scored; a walk of that folder says what it skipped")
    func rulePackFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "id: not-read\n".write(to: folder.appendingPathComponent("pack.yaml"), atomically: false, encoding: .utf8)
        let agreement = folder.appendingPathComponent("draft.yaml")
        try FileManager.default.copyItem(
            at: RepositoryPaths.agreements.appendingPathComponent("drafts/weak-draft-bilateral-2026.yaml"), to: agreement)
        let named = try AccordProcess.run(["batch", agreement.path])
        #expect(named.status == 0)
        #expect(named.standardOutput == "   1.  24.3  F  weak-draft-bilateral-2026  (26 gaps, 0 red flags)\n")
        #expect(named.standardError == "batch: 1 agreement: 1 scored, 0 failed\n")
        let walked = try AccordProcess.run(["batch", folder.path])
        #expect(walked.status == 0)
        #expect(walked.standardOutput == "")
        #expect(
            walked.standardError
                == "\(folder.path): warning: skipped 2 files in this folder: it is a rule pack (it holds pack.yaml);"
                + " name a file to score it as an agreement\nbatch: 0 agreements: 0 scored, 0 failed\n")
    }
}
