import AccordTestSupport
import Foundation
import Testing

@testable import AccordKit

/// Reports in French and Spanish: the renderers' words, the pack's texts in the language, the
/// machine formats unchanged, and translated text escaped like any other.
@Suite("Reports in the reader's language")
struct ReportLanguageTests {
    /// A corpus agreement scored with the built-in pack.
    func scored(_ name: String) throws -> ScoredAgreement {
        let pack = try #require(try BuiltInRulePacks.load())
        // Read by absolute path but named as a user types it, so reports hold no machine-specific path.
        let relative = "agreements/\(name).yaml"
        let bytes = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent(relative))
        let agreement = try AgreementLoader().load(SourceFile(path: relative, bytes: Array(bytes)))
        return try Assessor(pack: pack).assess(agreement).get()
    }

    /// The golden files, by name under `Tests/Fixtures/golden/`: format and options.
    static let goldens: [(file: String, format: OutputFormat, options: RenderOptions)] = [
        ("gbr-ken-2021.fr.md", .markdown, RenderOptions(language: .fr)),
        ("gbr-ken-2021.fr.html", .html, RenderOptions(language: .fr)),
        ("gbr-ken-2021.es.txt", .text, RenderOptions(explain: true, language: .es)),
    ]

    @Test("French Markdown and HTML and the Spanish text report match their golden files, byte for byte on every run")
    func golden() throws {
        let scored = try scored("gbr-ken-2021")
        for (file, format, options) in Self.goldens {
            let rendered = scored.rendered(as: format, options: options)
            #expect(GoldenFile.mismatch(rendered, golden: "Tests/Fixtures/golden/" + file) == nil, "\(file)")
            #expect(Array(rendered.utf8) == Array(scored.rendered(as: format, options: options).utf8))
        }
    }

    @Test("English is the default and the reports built before it")
    func englishDefault() throws {
        let scored = try scored("gbr-ken-2021")
        #expect(scored.report(in: .en) == scored.report())
        #expect(RenderOptions().language == .en)
        #expect(
            GoldenFile.mismatch(
                scored.rendered(as: .text, options: RenderOptions(explain: true)),
                golden: "Tests/Fixtures/golden/gbr-ken-2021.txt") == nil)
    }

    @Test("JSON, CSV and SARIF are the same bytes whatever the report language", arguments: [ReportLanguage.fr, .es])
    func machineFormats(language: ReportLanguage) throws {
        let scored = try scored("drafts/contrary-draft-bilateral-2026")
        for format in OutputFormat.allCases where !format.followsReportLanguage {
            for detail in RenderOptions.Detail.allCases {
                #expect(
                    scored.rendered(as: format, options: RenderOptions(detail: detail, language: language))
                        == scored.rendered(as: format, options: RenderOptions(detail: detail)), "\(format) \(detail)")
            }
        }
    }

    @Test("a report in French carries the pack's French texts and frames its findings in French; ids and quotes do not change")
    func frenchReport() throws {
        let scored = try scored("drafts/contrary-draft-bilateral-2026")
        let pack = try #require(try BuiltInRulePacks.load())
        let french = try #require(pack.translations["fr"])
        let english = scored.report()
        let report = scored.report(in: .fr)
        #expect(report.gaps.map(\.clauses) == english.gaps.map(\.clauses))
        #expect(report.gaps.map { $0.criterion ?? $0.redFlag } == english.gaps.map { $0.criterion ?? $0.redFlag })
        #expect(report.overall == english.overall)
        for gap in report.gaps {
            let rule = try #require(french.rules[gap.criterion ?? gap.redFlag ?? ""])
            #expect(gap.recommendation == rule.recommendation)
            #expect(gap.modelClause == rule.modelClause)
            #expect(gap.statement == rule.statement)
        }
        #expect(report.principles.map(\.title) == pack.principles.map { french.principleTitles[$0.id] ?? $0.title })
        let findings = report.gaps.flatMap(\.findings)
        #expect(findings.count == english.gaps.flatMap(\.findings).count)
        #expect(findings.contains("La clause Art. 4(3) dit\u{A0}: «\u{A0}bond in favour of the employer\u{A0}»"))
        #expect(!findings.contains { $0.hasPrefix("Clause Art. 4(3) says") })
    }

    @Test("every language names each severity, kind of gap and strength with a word of its own")
    func closedSets() {
        for language in ReportLanguage.allCases {
            let words = language.words
            for names in [
                Severity.allCases.map(words.severity), Gap.Kind.allCases.map(words.kind),
                Strength.allCases.map(words.strength), Severity.allCases.map { words.count(2, $0) },
            ] {
                #expect(Set(names).count == names.count && !names.contains(""), "\(language): \(names)")
            }
        }
    }

    /// The mini pack with a French file whose `no-fees` texts are `texts`, and an English agreement
    /// with no clause on fees, scored.
    func miniScored(frenchTexts texts: String) throws -> ScoredAgreement {
        let files = try PackLanguageTests().pack(
            french: PackLanguageTests.french.replacingOccurrences(
                of: "    statement: Les travailleurs ne paient aucuns frais de recrutement.\n", with: texts))
        let pack = try RulePackLoader().load(files)
        let agreement = try AgreementLoader().load(
            SourceFile(
                path: "a.yaml",
                text: minimalAgreement.replacingOccurrences(
                    of: "No recruitment fees shall be charged to health workers.", with: "The Parties shall cooperate.")))
        return try Assessor(pack: pack).assess(agreement).get()
    }

    @Test("a text the language file leaves out is the pack's own; so is a principle title")
    func fallback() throws {
        let scored = try miniScored(frenchTexts: "    statement: Les travailleurs ne paient aucuns frais.\n")
        let gap = try #require(scored.report(in: .fr).gaps.first { $0.criterion == "no-fees" })
        #expect(gap.statement == "Les travailleurs ne paient aucuns frais.")
        #expect(gap.recommendation == "Say no fees are charged to workers.")
        #expect(gap.modelClause == "No recruitment fees shall be charged to workers.")
        #expect(scored.report(in: .fr).principles.map(\.title) == ["Recruitment", "Return"])
        // Spanish: the pack has no Spanish file, so every text is the pack's own.
        let texts = { (report: Report) in report.gaps.map { [$0.statement, $0.recommendation, $0.modelClause] } }
        #expect(texts(scored.report(in: .es)) == texts(scored.report()))
    }

    @Test("the pack's translated texts are escaped in every format, like any text from a file")
    func hostileTranslation() throws {
        let scored = try miniScored(
            frenchTexts: """
                    statement: "<script>alert(1)</script> | *gras* \\e[2J"
                    recommendation: "[lien](javascript:x) <b>gras</b>"
                    model-clause: "</blockquote><img src=x onerror=y>"

                """)
        let options = RenderOptions(language: .fr)
        let text = scored.rendered(as: .text, options: options)
        #expect(text.contains("<script>alert(1)</script> | *gras* \\u{1B}[2J"))
        #expect(!text.contains("\u{1B}"))
        let markdown = scored.rendered(as: .markdown, options: options)
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\> \\| \\*gras\\* \\\\u{1B}\\[2J"))
        #expect(markdown.contains("\\[lien\\](javascript:x) \\<b\\>gras\\</b\\>"))
        let html = scored.rendered(as: .html, options: options)
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>gras"))
        #expect(html.contains("&lt;/blockquote&gt;&lt;img src=x onerror=y&gt;"))
        #expect(html.contains("<html lang=\"fr\">"))
    }
}
