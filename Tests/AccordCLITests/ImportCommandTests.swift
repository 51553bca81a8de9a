import AccordTestSupport
import Foundation
import Testing

/// `accord import` and `accord score DRAFT.docx` end to end: what a negotiator types and sees.
@Suite("accord import and scoring drafts")
struct ImportCommandTests {
    static let weakDocx = "Tests/Fixtures/drafts/weak-draft.docx"

    @Test("import writes an agreement file that validates, and says what it found")
    func importToFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("draft.yaml").path
        let result = try AccordProcess.run(["import", Self.weakDocx, "-o", output])
        #expect(result.status == 0)
        #expect(result.standardOutput == "")
        #expect(result.standardError == "accord: imported 21 clauses from weak-draft.docx (Word document) into \(output)\n")
        let validate = try AccordProcess.run(["validate", output])
        #expect(validate.status == 0)
        #expect(validate.standardError == "")
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.hasPrefix("# Imported by accord from weak-draft.docx (Word document): 21 clauses.\n"))
        #expect(written.contains("  status: draft\n  round: 2\n  date: 2026-10-14\n"))
    }

    @Test("import prints to standard output, and marks what it guessed")
    func importGuesses() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("gha-prt.txt")
        try "Agreement between Ghana and Portugal on Health Cooperation\n\nArticle 1\nThe Parties shall exchange information.\n"
            .write(to: draft, atomically: true, encoding: .utf8)
        let result = try AccordProcess.run(["import", draft.path])
        #expect(result.status == 0)
        #expect(
            result.standardOutput.contains("    - country: GHA  # Ghana\n      role: origin  # check: the roles of the parties"))
        #expect(
            result.standardError == """
                accord: imported 1 clauses from gha-prt.txt (plain text)
                accord: check: the roles of the parties (the text does not say who sends and who receives; the first named is taken as origin)

                """)
    }

    @Test("score takes a Word draft directly and scores it as the agreement file encoded by hand")
    func scoreDocx() throws {
        let result = try AccordProcess.run(["score", Self.weakDocx, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.standardError == "")
        let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let overall = report?["overall"] as? [String: Any]
        #expect(overall?["score"] as? Double == 24.3)
        let agreement = report?["agreement"] as? [String: Any]
        #expect(agreement?["status"] as? String == "draft")
    }

    @Test("--party names the parties a draft does not")
    func partyOption() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("memo.md")
        try "# Memorandum of Understanding\n\nArticle 1\nThe Parties shall cooperate on the training of nurses.\n"
            .write(to: draft, atomically: true, encoding: .utf8)
        let refused = try AccordProcess.run(["score", draft.path])
        #expect(refused.status == 1)
        #expect(
            refused.standardError
                == "\(draft.path): error: cannot tell the parties of the draft: no country is named in the title or preamble; name them with --party, e.g. --party KEN=origin --party IRL=destination\n"
        )
        let scored = try AccordProcess.run([
            "score", draft.path, "--party", "ken=origin", "--party", "IRL=destination", "--format", "csv",
        ])
        #expect(scored.status == 0)
        let usage = try AccordProcess.run(["score", draft.path, "--party", "KENYA=origin"])
        #expect(usage.status == 2)
        #expect(usage.standardError.contains("--party 'KENYA=origin': 'KENYA' is not an ISO 3166-1 alpha-3 country code"))
    }

    @Test("a file accord cannot import is named for what it is, exit 1; a non-draft is a usage error")
    func badDrafts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = folder.appendingPathComponent("old.docx")
        try Data("\u{D0}\u{CF} not a zip".utf8).write(to: fake)
        let result = try AccordProcess.run(["import", fake.path])
        #expect(result.status == 1)
        #expect(
            result.standardError
                == "\(fake.path): error: cannot import the draft: it is not a Word document: it is not a ZIP package (is it an older .doc or .rtf file? save it as .docx)\n"
        )
        let yaml = try AccordProcess.run(["import", "agreements/gbr-npl-2022.yaml"])
        #expect(yaml.status == 2)
        #expect(
            yaml.standardError.contains(
                "'agreements/gbr-npl-2022.yaml' is not a draft document: accord imports .docx, .odt, .txt, .md and .pdf files"))
    }
}
