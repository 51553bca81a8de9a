import AccordTestSupport
import Foundation
import Testing

/// Agreements in French and Spanish, end to end: read in their language, never scored as empty in
/// one accord cannot read.
@Suite("Languages")
struct LanguageTests {
    /// The overall score and the gaps (`kind criterion`, sorted) of a draft, from its JSON report.
    static func scoreAndGaps(_ path: String) throws -> (score: Double, gaps: [String], language: String) {
        let result = try AccordProcess.run(["score", path, "--format", "json"])
        #expect(result.status == 0, "\(path): \(result.standardError)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let overall = try #require(report["overall"] as? [String: Any])
        let agreement = try #require(report["agreement"] as? [String: Any])
        let gaps = try #require(report["gaps"] as? [[String: Any]]).map { gap in
            "\(gap["kind"] ?? "") \(gap["criterion"] ?? gap["redFlag"] ?? gap["principle"] ?? "")"
        }
        return (try #require(overall["score"] as? Double), gaps.sorted(), try #require(agreement["language"] as? String))
    }

    @Test(
        "a French and a Spanish translation of a synthetic draft score within 5 points of the English, with the same gaps",
        arguments: ["strong-draft-bilateral-2026", "weak-draft-bilateral-2026"])
    func translatedDrafts(_ draft: String) throws {
        let english = try Self.scoreAndGaps("agreements/drafts/\(draft).yaml")
        #expect(english.language == "en")
        for language in ["fr", "es"] {
            let translated = try Self.scoreAndGaps("agreements/drafts/\(draft)-\(language).yaml")
            #expect(translated.language == language)
            #expect(abs(translated.score - english.score) <= 5, "\(language): \(translated.score) vs \(english.score)")
            #expect(translated.gaps == english.gaps, "\(language)")
        }
    }

    @Test("an agreement in a language the pack cannot read exits 1, naming the languages it reads")
    func unsupportedLanguage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-language-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: "agreements/gbr-ken-2021.yaml", encoding: .utf8)
        #expect(text.contains("\n  language: en\n"))
        let german = folder.appendingPathComponent("german.yaml")
        try text.replacingOccurrences(of: "\n  language: en\n", with: "\n  language: de\n")
            .write(to: german, atomically: true, encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex(of: "  language: en").map { $0 + 1 } ?? 0
        let expected =
            "\(german.path):\(line):13: error: rule pack 'who-code-2010' cannot read agreements in de (German); it reads en, fr, es"
        for command in [["score"], ["validate"], ["batch"]] {
            let result = try AccordProcess.run(command + [german.path])
            #expect(result.status == 1, "\(command)")
            #expect(result.standardError.contains(expected), "\(command): \(result.standardError)")
        }
        // Read as English on purpose, it is scored, with a warning saying so.
        let forced = try AccordProcess.run(["score", german.path, "--language", "en"])
        #expect(forced.status == 0)
        #expect(
            forced.standardError.contains(
                "\(german.path):\(line):13: warning: the file says the clauses are in German (de); they are read in English (en), as --language says"
            ))
        #expect(try AccordProcess.run(["score", german.path, "--language", "xx"]).status == 2)
    }
}
