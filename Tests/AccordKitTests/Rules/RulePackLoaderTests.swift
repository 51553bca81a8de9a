import AccordKit
import AccordTestSupport
import Foundation
import Testing

@Suite("Rule pack loader")
struct RulePackLoaderTests {
    /// The mini pack with some of its files replaced.
    func miniPack(replacing replacements: [String: (String, String)]) throws -> EmbeddedPackFiles {
        let root = RepositoryPaths.fixtures.appendingPathComponent("packs/mini")
        var files: [String: String] = [:]
        for relative in ["pack.yaml", "list.yaml", "principles/recruitment.yaml", "principles/return.yaml"] {
            var text = try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
            if let (old, new) = replacements[relative] {
                #expect(text.contains(old), "fixture text not found: \(old)")
                text = text.replacingOccurrences(of: old, with: new)
            }
            files[relative] = text
        }
        return EmbeddedPackFiles(root: "mini", files: files)
    }

    @Test("problems in principle files are all reported, located in their own files")
    func brokenPrinciple() throws {
        let files = try miniPack(replacing: [
            "principles/recruitment.yaml": ("    weight: 2\n", "    weight: 20\n"),
            "principles/return.yaml": ("[\"return*|reintegrat*\", \"@worker\"]", "[\"return*|reintegrat*\", \"@wroker\"]"),
        ])
        do {
            _ = try RulePackLoader().load(files)
            Issue.record("a broken pack loaded")
        } catch {
            #expect(
                error.diagnostics.map { "\($0.location): \($0.message)" } == [
                    "mini/principles/recruitment.yaml:12:13: 'weight' must be a whole number from 1 to 10, found 20",
                    "mini/principles/return.yaml:16:38: '@wroker' names no vocabulary list; did you mean '@worker'?",
                ]
            )
        }
    }

    @Test("a listed principle without its file is named at its place in pack.yaml")
    func missingPrinciple() throws {
        let files = try miniPack(replacing: [
            "pack.yaml": ("principles: [recruitment, return]", "principles: [recruitment, return, review]")
        ])
        do {
            _ = try RulePackLoader().load(files)
            Issue.record("a pack with a missing principle loaded")
        } catch {
            #expect(
                error.diagnostics.map(\.message) == [
                    "cannot read 'mini/principles/review.yaml': no such file; every listed principle needs its file"
                ])
        }
    }

    @Test("a principle listed twice in pack.yaml is reported at the repeat, and its file read once")
    func repeatedPrinciple() throws {
        let files = try miniPack(replacing: [
            "pack.yaml": ("principles: [recruitment, return]", "principles: [recruitment, return, recruitment]")
        ])
        do {
            _ = try RulePackLoader().load(files)
            Issue.record("a pack listing a principle twice loaded")
        } catch {
            #expect(
                error.diagnostics.map { "\($0.location): \($0.message)" } == [
                    "mini/pack.yaml:10:37: principle 'recruitment' is listed twice; it is already listed at 10:16,"
                        + " and each principle is listed once"
                ])
        }
    }

    /// Vocabulary lists of 10, 100, 1,000 and 2,000 phrases, each naming the one before.
    static let nestedVocabulary = """
        vocabulary:
          w1: [alpha, beta, gamma, delta, epsilon, zeta, eta, theta, iota, kappa]
          w2: [\(Array(repeating: "'@w1'", count: 10).joined(separator: ", "))]
          w3: [\(Array(repeating: "'@w2'", count: 10).joined(separator: ", "))]
          w4: ['@w3', '@w3']

        """

    @Test("a term whose vocabulary lists expand past the limit is refused at the term, naming the list")
    func vocabularyOverItsLimit() throws {
        let files = try miniPack(replacing: [
            "pack.yaml": ("vocabulary:\n", Self.nestedVocabulary),
            "principles/return.yaml": ("[\"return*|reintegrat*\", \"@worker\"]", "[\"return*|reintegrat*\", \"@w4\"]"),
        ])
        do {
            _ = try RulePackLoader().load(files)
            Issue.record("a pack with a 2,000-phrase term loaded")
        } catch {
            #expect(
                error.diagnostics.map { "\($0.location): \($0.message)" } == [
                    "mini/principles/return.yaml:16:38: '@w4' stands for more than 1,000 alternatives once its vocabulary"
                        + " lists are expanded, over the vocabulary limit; split it into narrower terms"
                ])
        }
    }

    @Test("terms standing for more than 50,000 alternatives in all are refused once, at the term that passes it")
    func packAlternativesOverTheLimit() throws {
        let terms = Array(repeating: "\"@w3\"", count: 60).joined(separator: ", ")
        let files = try miniPack(replacing: [
            "pack.yaml": ("vocabulary:\n", Self.nestedVocabulary),
            "principles/return.yaml": ("[\"return*|reintegrat*\", \"@worker\"]", "[\(terms)]"),
        ])
        do {
            _ = try RulePackLoader().load(files)
            Issue.record("a pack of 60,000 alternatives loaded")
        } catch {
            #expect(
                error.diagnostics.map { "\($0.location): \($0.message)" } == [
                    "mini/principles/return.yaml:16:358: the pack's terms stand for more than 50,000 alternatives in all,"
                        + " over the pack limit (a vocabulary list counts each time a term names it); name long lists in"
                        + " fewer terms"
                ])
        }
    }

    @Test("a country listed twice in the Safeguards List is reported, not silently dropped")
    func repeatedCountry() throws {
        let files = try miniPack(replacing: ["list.yaml": ("countries: [NPL, GHA]", "countries: [NPL, GHA, NPL]")])
        do {
            _ = try RulePackLoader().load(files)
            Issue.record("a pack with a repeated country loaded")
        } catch {
            #expect(
                error.diagnostics.map { "\($0.location): \($0.message)" } == [
                    "mini/list.yaml:6:25: country 'NPL' is listed twice; expected each country of the list once"
                ])
        }
    }

    @Test("the built-in pack loads and keeps the principle ids other tools rely on")
    func builtIn() throws {
        let pack = try #require(try BuiltInRulePacks.load())
        let ids = pack.principles.map(\.id)
        for required in [
            "circular-migration", "technical-financial-assistance", "equal-treatment", "ethical-recruitment",
            "health-system-sustainability", "data-information-exchange", "monitoring-review", "freedom-to-migrate",
        ] {
            #expect(ids.contains(required))
        }
        #expect(pack.criteria.allSatisfy { $0.examples.count >= 3 && !$0.codeParagraphs.isEmpty })
        #expect(pack.safeguardsList?.countries.count == 55)
    }

    /// The mini pack copied to `folder/pack`, beside a file `folder/secret.yaml` it must not read.
    func packBesideSecret() throws -> (folder: URL, pack: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-packpath-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let pack = folder.appendingPathComponent("pack")
        try FileManager.default.copyItem(at: RepositoryPaths.fixtures.appendingPathComponent("packs/mini"), to: pack)
        try "SECRET_TOKEN: hunter2\n".write(to: folder.appendingPathComponent("secret.yaml"), atomically: false, encoding: .utf8)
        return (folder, pack)
    }

    @Test(
        "a safeguards-list path that leaves the pack folder is refused where it is written, and never read",
        arguments: ["../secret.yaml", "/etc/passwd", "principles/../../secret.yaml", "principles//x.yaml"])
    func safeguardsPathOutside(path: String) throws {
        let (folder, pack) = try packBesideSecret()
        defer { try? FileManager.default.removeItem(at: folder) }
        let packFile = pack.appendingPathComponent("pack.yaml")
        let text = try String(contentsOf: packFile, encoding: .utf8)
        try text.replacingOccurrences(of: "safeguards-list: list.yaml", with: "safeguards-list: \"\(path)\"")
            .write(to: packFile, atomically: false, encoding: .utf8)
        do {
            _ = try RulePackLoader().load(DirectoryPackFiles(root: pack.path))
            Issue.record("a pack naming a file outside its folder loaded")
        } catch {
            #expect(
                error.diagnostics.map { "\($0.location): \($0.message)" } == [
                    "\(pack.path)/pack.yaml:14:18: 'safeguards-list' must name a file inside the pack folder"
                        + " (a relative path without '..'), found '\(path)'"
                ])
            #expect(!error.diagnostics.contains { ($0.sourceLine ?? "").contains("SECRET") || $0.message.contains("SECRET") })
        }
    }

    @Test("a pack file that is a link out of the pack folder is refused, and its content never quoted")
    func linkOutside() throws {
        let (folder, pack) = try packBesideSecret()
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = pack.appendingPathComponent("list.yaml")
        try FileManager.default.removeItem(at: list)
        try FileManager.default.createSymbolicLink(atPath: list.path, withDestinationPath: "../secret.yaml")
        do {
            _ = try RulePackLoader().load(DirectoryPackFiles(root: pack.path))
            Issue.record("a pack with a link out of its folder loaded")
        } catch {
            #expect(
                error.diagnostics.map { "\($0.location): \($0.message)" } == [
                    "\(pack.path)/list.yaml: cannot read the file: it is a link that leads outside the pack folder,"
                        + " which accord does not follow"
                ])
            #expect(!error.diagnostics.contains { ($0.sourceLine ?? "").contains("SECRET") || $0.message.contains("SECRET") })
        }
    }

    @Test("a pack nested too deeply is told about the depth limit, not about agreement files")
    func deepPack() throws {
        let deep = "pack: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n"
        do {
            _ = try RulePackLoader().load(EmbeddedPackFiles(root: "deep", files: ["pack.yaml": deep]))
            Issue.record("a pack nested 40 levels deep loaded")
        } catch {
            #expect(
                error.diagnostics.map { "\($0.location): \($0.message)" } == [
                    "deep/pack.yaml:1:38: nesting is deeper than the depth limit of 32 levels;"
                        + " agreements, rule packs and grammars need fewer than 10"
                ])
        }
    }
}
