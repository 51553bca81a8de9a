import AccordKit
import AccordTestSupport
import Foundation
import Testing

/// Reports of real corpus agreements and the synthetic drafts, pinned as golden files.
@Suite("Corpus reports")
struct CorpusReportTests {
    static let goldenAgreements = ["gbr-npl-2022", "deu-phl-2013", "gbr-ken-2021", "drafts/contrary-draft-bilateral-2026"]

    func report(_ name: String) throws -> Report {
        let pack = try #require(try BuiltInRulePacks.load())
        // Read by absolute path but named as a user types it, so reports hold no machine-specific path.
        let relative = "agreements/\(name).yaml"
        let bytes = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent(relative))
        let agreement = try AgreementLoader().load(SourceFile(path: relative, bytes: Array(bytes)))
        return try Engine.report(for: agreement, pack: pack)
    }

    /// Every format, with its golden file extension and options.
    static let formats: [(format: OutputFormat, extension: String, options: RenderOptions)] = [
        (.json, "json", RenderOptions()),
        (.text, "txt", RenderOptions(explain: true)),
        (.markdown, "md", RenderOptions()),
        (.csv, "csv", RenderOptions()),
        (.csv, "gaps.csv", RenderOptions(detail: .gaps)),
        (.sarif, "sarif", RenderOptions()),
        (.html, "html", RenderOptions()),
    ]

    @Test("every format matches its golden file", arguments: goldenAgreements)
    func golden(name: String) throws {
        let report = try report(name)
        let base = "Tests/Fixtures/golden/" + (name as NSString).lastPathComponent
        for (format, fileExtension, options) in Self.formats {
            let rendered = format.renderer.render(report, options: options)
            #expect(GoldenFile.mismatch(rendered, golden: base + "." + fileExtension) == nil, "\(format) of \(name)")
        }
    }

    @Test("identical inputs give byte-identical JSON, whatever was evaluated before")
    func deterministic() throws {
        let first = JSONRenderer().render(try report("gbr-ken-2021"), options: RenderOptions())
        _ = try report("drafts/strong-draft-bilateral-2026")
        let second = JSONRenderer().render(try report("gbr-ken-2021"), options: RenderOptions())
        #expect(Array(first.utf8) == Array(second.utf8))
    }

    @Test("the synthetic drafts rank strong > weak > contrary by a wide margin")
    func draftsRank() throws {
        let strong = try report("drafts/strong-draft-bilateral-2026").overall.score
        let weak = try report("drafts/weak-draft-bilateral-2026").overall.score
        let contrary = try report("drafts/contrary-draft-bilateral-2026").overall.score
        #expect(strong >= 85 && weak <= 50)
        #expect(strong - weak >= 40)
        #expect(weak - contrary >= 15)
    }

    @Test("the contrary draft's red flags name the offending clauses")
    func contraryFlags() throws {
        let gaps = try report("drafts/contrary-draft-bilateral-2026").gaps.filter { $0.kind == .contrary }
        let flags = Dictionary(gaps.map { ($0.redFlag ?? "", $0.clauses) }, uniquingKeysWith: { $0 + $1 })
        #expect(flags["fees-charged-to-workers"]?.contains("Art. 3(1)") == true)
        #expect(flags["passport-retention"]?.contains("Art. 6(1)") == true)
        #expect(flags["penalty-bonds-repayment"]?.contains("Art. 4(2)") == true)
        #expect(flags["active-recruitment-outside-g2g"]?.contains("Art. 2(1)") == true)
        #expect(gaps.allSatisfy { !$0.clauses.isEmpty && $0.lines.count == $0.clauses.count })
    }
}
