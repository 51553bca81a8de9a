import AccordTestSupport
import Foundation
import Testing

@testable import AccordKit

/// Drafts made by real tools (python-docx, LibreOffice; see Tests/Fixtures/drafts/README.md)
/// import into agreement files that load, with the ids and texts an encoder gave them by hand.
@Suite("Importing drafts")
struct DraftImportTests {
    static let drafts = RepositoryPaths.fixtures.appendingPathComponent("drafts")
    static let weakDraftFormats = [
        "weak-draft.docx", "weak-draft-autonumbered.docx", "weak-draft.odt", "weak-draft-literal.odt", "weak-draft.txt",
        "weak-draft.md",
    ]

    /// The draft `name` imported and loaded.
    static func imported(_ name: String, options: DraftImporter.Options = .init()) throws -> Agreement {
        let path = drafts.appendingPathComponent(name).path
        var limits = LoadLimits.default
        limits.maximumFileBytes = limits.maximumDocumentBytes
        let file = try SourceFile.read(path: path, limits: limits)
        let result = try DraftImporter.importDraft(file, options: options).get()
        return try AgreementLoader().load(SourceFile(path: path, text: result.yaml))
    }

    /// Id, heading and text of every clause, in document order.
    static func outline(_ agreement: Agreement) -> [String] {
        agreement.allClauses.map { "\($0.id) | \($0.heading ?? "-") | \($0.text ?? "-")" }
    }

    @Test("the weak draft in every format imports to the clauses encoded by hand", arguments: weakDraftFormats)
    func weakDraft(name: String) throws {
        let reference = try AgreementLoader().load(
            path: RepositoryPaths.agreements.appendingPathComponent("drafts/weak-draft-bilateral-2026.yaml").path)
        let draft = try Self.imported(name)
        #expect(Self.outline(draft) == Self.outline(reference))
        #expect(
            draft.title
                == "Memorandum of Understanding between the Government of the Republic of Zambia and the Government of Canada on Cooperation in the Field of Health Workforce Mobility"
        )
        #expect(
            draft.parties.map { "\($0.countries.map(\.alpha3).joined()) \($0.role.rawValue)" } == [
                "ZMB origin", "CAN destination",
            ])
        #expect(draft.instrument == .memorandumOfUnderstanding)
        #expect(draft.status == .draft)
        #expect(draft.round == 2)
        #expect(draft.dates.draft?.description == "2026-10-14")
        #expect(draft.professions == [.nurses, .midwives])
        #expect(draft.sources.isEmpty)
    }

    @Test(
        "each weak draft scores exactly as the agreement file encoded by hand",
        arguments: ["weak-draft.docx", "weak-draft.odt", "weak-draft.md"])
    func weakDraftScore(name: String) throws {
        let assessor = Assessor(pack: try RulePackResolver.load(BuiltInRulePacks.defaultID))
        let reference = try assessor.assess(
            path: RepositoryPaths.agreements.appendingPathComponent("drafts/weak-draft-bilateral-2026.yaml").path
        ).get()
        let draft = try assessor.assess(path: Self.drafts.appendingPathComponent(name).path).get()
        #expect(draft.card.overall == reference.card.overall)
        #expect(String(format: "%.1f", draft.card.overall) == "24.3")
        #expect(draft.evaluation.agreement.importedFrom?.clauseCount == 21)
        #expect(draft.evaluation.agreement.importedFrom?.guesses == [])
    }

    static let pdftotext = SystemDependency(
        reason: "needs pdftotext from Debian's poppler-utils (apt-get install poppler-utils); .ci/run installs it",
        isAvailable: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"))

    @Test("the weak draft printed to PDF by LibreOffice imports to the same clauses", pdftotext.trait)
    func pdfDraft() throws {
        try Self.pdftotext.require()
        let reference = try AgreementLoader().load(
            path: RepositoryPaths.agreements.appendingPathComponent("drafts/weak-draft-bilateral-2026.yaml").path)
        let draft = try Self.imported("weak-draft.pdf")
        #expect(Self.outline(draft) == Self.outline(reference))
        #expect(
            draft.title
                == reference.title.replacingOccurrences(of: "SYNTHETIC DRAFT – ", with: "").replacingOccurrences(
                    of: " (not a real agreement)", with: ""))
    }

    @Test("without pdftotext, a PDF draft is refused with how to install it")
    func pdfWithoutTool() throws {
        #expect(throws: DocumentError.self) { try PDFTextExtractor.text(of: [], limit: 1024, searchPath: "/nonexistent") }
        do {
            _ = try PDFTextExtractor.text(of: [], limit: 1024, searchPath: "/nonexistent")
        } catch {
            #expect(
                error.message
                    == "reading a PDF needs pdftotext, which is not installed (Debian: apt-get install poppler-utils); or save the draft as .docx, .odt or .txt"
            )
        }
    }

    @Test("a treaty-style draft: articles, decimal and numbered paragraphs, items, a table and an annex")
    func articleDraft() throws {
        let draft = try Self.imported("article-draft.docx")
        #expect(
            draft.allClauses.map(\.id) == [
                "Preamble", "Recital 1", "Recital 2", "Recital 3", "Recital 4", "Article 1", "Article 1(a)", "Article 1(b)",
                "Article 1(c)", "Article 2", "Article 3", "3.1", "3.2", "3.3", "Article 4", "4.1", "4.2", "4.2(a)", "4.2(b)",
                "4.2(c)", "4.3", "Article 5", "5.1", "5.2", "5.2(a)", "5.2(b)", "5.2(c)", "5.3", "Article 6", "6.1", "6.2",
                "Article 7", "7.1", "7.2", "Article 8", "Annex I", "Annex I.1", "Annex I.2",
            ])
        let byID = Dictionary(uniqueKeysWithValues: draft.allClauses.map { ($0.id, $0) })
        #expect(draft.title == "Agreement between the Republic of Kenya and Ireland on the Recruitment and Employment of Nurses")
        #expect(
            draft.parties.map { "\($0.countries.map(\.alpha3).joined()) \($0.role.rawValue)" } == [
                "KEN origin", "IRL destination",
            ])
        #expect(byID["Article 3"]?.heading == "Ethical recruitment")
        #expect(byID["3.3"]?.text?.hasPrefix("The Parties agree as follows: recruitment under this Agreement") == true)
        // The footnote on 3.1 is not part of its text.
        #expect(byID["3.1"]?.text?.hasSuffix("Health Personnel to all recruitment under this Agreement.") == true)
        #expect(byID["4.2"]?.text == "The competent authority of the Republic of Kenya shall:")
        #expect(byID["4.2(a)"]?.text == "publish each vacancy communicated under paragraph 4.1;")
        #expect(
            byID["6.1"]?.text?.hasSuffix("Assessment of nursing qualifications | EUR 450; English language assessment | EUR 200;")
                == true)
        #expect(byID["Recital 4"]?.text?.hasSuffix("for employment in Ireland; Have agreed as follows:") == true)
        #expect(byID["Annex I"]?.heading == "Competent authorities")
        #expect(!draft.allClauses.contains { ($0.text ?? "").contains("Done at Nairobi") })
    }

    @Test("tracked changes are read accepted: insertions kept, deletions dropped")
    func trackedChanges() throws {
        let draft = try Self.imported("track-changes.docx")
        let clause = draft.allClauses.first { $0.id == "Paragraph 3(4)" }
        #expect(
            clause?.text
                == "The Participants shall ensure that health personnel are not charged recruitment fees by recruitment agencies."
        )
    }

    @Test("parties the negotiator states replace those read from the text")
    func statedParties() throws {
        let options = DraftImporter.Options(parties: [
            .init(country: CountryCode("CAN")!, role: .destination), .init(country: CountryCode("ZMB")!, role: .origin),
        ])
        let draft = try Self.imported("weak-draft.docx", options: options)
        #expect(
            draft.parties.map { "\($0.countries.map(\.alpha3).joined()) \($0.role.rawValue)" } == [
                "CAN destination", "ZMB origin",
            ])
    }

    @Test("a draft that names no country cannot be imported, and the message says how to name the parties")
    func noParties() throws {
        let file = SourceFile(
            path: "memo.txt",
            text: "Memorandum of Understanding\n\nArticle 1\nThe Parties shall cooperate in the training of nurses.\n")
        let error = try #require(DraftImporter.importDraft(file).failure)
        #expect(
            error.diagnostics.map(\.message) == [
                "cannot tell the parties of the draft: no country is named in the title or preamble; name them with --party, e.g. --party KEN=origin --party IRL=destination"
            ])
    }

    @Test("the roles are guessed, and said to be, when the text does not tell who sends and who receives")
    func guessedRoles() throws {
        let text =
            "Agreement between Ghana and Portugal on Health Cooperation\n\nArticle 1\nThe Parties shall exchange information on health workforce planning.\n"
        let result = try DraftImporter.importDraft(SourceFile(path: "gha-prt.txt", text: text)).get()
        #expect(result.document.guesses.count == 1)
        #expect(result.document.guesses.first?.hasPrefix("the roles of the parties") == true)
        #expect(result.yaml.contains("role: origin  # check: the roles of the parties"))
        let agreement = try AgreementLoader().load(SourceFile(path: "gha-prt.yaml", text: result.yaml))
        #expect(agreement.allClauses.map(\.id) == ["Article 1"])
    }

    @Test("French and Spanish drafts are read in their language, with their article words")
    func otherLanguages() throws {
        let french = """
            Accord entre le Gouvernement de la République du Sénégal et le Gouvernement de la République française relatif à la mobilité des infirmiers

            Article premier – Objet
            Le présent accord a pour objet de faciliter le recrutement d'infirmiers sénégalais pour un emploi en France.
            """
        let frenchDraft = try AgreementLoader().load(
            SourceFile(path: "fr.yaml", text: try DraftImporter.importDraft(SourceFile(path: "fr.txt", text: french)).get().yaml))
        #expect(frenchDraft.language.code == "fr")
        #expect(frenchDraft.allClauses.map(\.id) == ["Article 1"])
        #expect(frenchDraft.allClauses.first?.heading == "Objet")
        #expect(
            frenchDraft.parties.map { "\($0.countries.map(\.alpha3).joined()) \($0.role.rawValue)" } == [
                "SEN origin", "FRA destination",
            ])
        let spanish = """
            Acuerdo entre la República del Perú y el Reino de España sobre la contratación de enfermeras

            Artículo 1. Las Partes facilitarán la contratación de enfermeras peruanas para su empleo en España.
            """
        let spanishDraft = try AgreementLoader().load(
            SourceFile(path: "es.yaml", text: try DraftImporter.importDraft(SourceFile(path: "es.txt", text: spanish)).get().yaml)
        )
        #expect(spanishDraft.language.code == "es")
        #expect(spanishDraft.allClauses.map(\.id) == ["Artículo 1"])
        #expect(
            spanishDraft.parties.map { "\($0.countries.map(\.alpha3).joined()) \($0.role.rawValue)" } == [
                "PER origin", "ESP destination",
            ])
    }

    @Test("text that could be misread as YAML stays text: colons, quotes, hashes, leading dashes")
    func awkwardText() throws {
        let text = """
            Agreement between Kenya and Ireland

            Article 1: Scope
            1. The Parties agree as follows: "fees" # are never charged; - no: exceptions.
            2. - a dash first, then yes
            3. true
            """
        let result = try DraftImporter.importDraft(SourceFile(path: "a.md", text: text)).get()
        let agreement = try AgreementLoader().load(SourceFile(path: "a.yaml", text: result.yaml))
        #expect(
            agreement.allClauses.map { $0.text ?? "-" } == [
                "-", "The Parties agree as follows: \"fees\" # are never charged; - no: exceptions.", "- a dash first, then yes",
                "true",
            ])
        #expect(agreement.allClauses.map(\.id) == ["Article 1", "1.1", "1.2", "1.3"])
    }
}

extension Result {
    /// The error of a failure, for `#require`.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
