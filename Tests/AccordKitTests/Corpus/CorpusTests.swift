import AccordKit
import AccordTestSupport
import Foundation
import Testing

/// Every file in `agreements/` loads with no diagnostic, and the corpus is what the README promises.
@Suite("Agreement corpus")
struct CorpusTests {
    static let files = RepositoryPaths.yamlFiles(under: RepositoryPaths.agreements)

    @Test("corpus file loads without diagnostics", arguments: files)
    func loads(path: String) throws {
        let outcome = AgreementLoader().diagnose(try SourceFile.read(path: path))
        #expect(outcome.diagnostics.map { $0.formatted() } == [])
        let agreement = try #require(outcome.agreement)
        #expect(path.hasSuffix("/\(agreement.id).yaml"), "file name should be the agreement id")
        #expect(agreement.allClauses.allSatisfy { clause in agreement.sources.contains { $0.id == clause.sourceID } })
    }

    @Test("at least 12 real agreements, the four labelled synthetic drafts and their translations")
    func composition() throws {
        let agreements = try Self.files.map { try AgreementLoader().load(path: $0) }
        let real = agreements.filter { !$0.file.contains("/drafts/") }
        let drafts = agreements.filter { $0.file.contains("/drafts/") }
        #expect(real.count >= 12)
        #expect(real.allSatisfy { $0.sources.allSatisfy { $0.kind != .synthetic } })
        // The strong and weak drafts also in French and Spanish (`-fr`, `-es`), for LanguageTests.
        #expect(drafts.count == 8)
        #expect(
            drafts.filter { $0.language.code != "en" }.map(\.id).sorted() == [
                "strong-draft-bilateral-2026-es", "strong-draft-bilateral-2026-fr", "weak-draft-bilateral-2026-es",
                "weak-draft-bilateral-2026-fr",
            ])
        #expect(real.contains { $0.language.code == "fr" } && real.contains { $0.language.code == "es" })
        #expect(drafts.allSatisfy { $0.status == .draft && $0.sources.allSatisfy { $0.kind == .synthetic } })
        for prefix in ["strong-", "weak-", "contrary-", "cooperation-"] {
            #expect(drafts.contains { ($0.file as NSString).lastPathComponent.hasPrefix(prefix) }, "missing \(prefix)… draft")
        }
        #expect(Set(agreements.map(\.id)).count == agreements.count, "agreement ids must be unique across the corpus")
    }
}
