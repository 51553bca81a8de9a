import Testing

@testable import AccordKit

/// What the format allows a draft: no sources, its round and date; and what it keeps from others.
@Suite("Drafts in the agreement format")
struct DraftFormatTests {
    static func file(status: String, extra: String = "", sources: Bool = false) -> SourceFile {
        let sourcesBlock =
            sources
            ? """
              sources:
                - {id: text, title: The text, publisher: Ministry, year: 2026, text: verbatim}

            """ : ""
        return SourceFile(
            path: "draft.yaml",
            text: """
                version: 1
                agreement:
                  id: draft-ken-irl
                  title: Draft agreement
                  scope: bilateral
                  instrument: agreement
                  status: \(status)
                \(extra)  parties:
                    - {country: KEN, role: origin}
                    - {country: IRL, role: destination}
                \(sourcesBlock)clauses:
                  - id: "1"
                    text: The Parties shall cooperate.
                """)
    }

    static func messages(_ file: SourceFile) -> [String] {
        AgreementLoader().diagnose(file).diagnostics.map {
            "\($0.location.position.map { "\($0.line):\($0.column)" } ?? "-") \($0.message)"
        }
    }

    @Test("a draft without sources validates; its clauses have no source")
    func draftWithoutSources() throws {
        let agreement = try AgreementLoader().load(Self.file(status: "draft", extra: "  round: 3\n  date: 2026-11-02\n"))
        #expect(agreement.sources.isEmpty)
        #expect(agreement.round == 3)
        #expect(agreement.dates.draft?.description == "2026-11-02")
        #expect(agreement.clauses.first?.sourceID == nil)
        #expect(agreement.clauses.first?.wording == .verbatim)
    }

    @Test("an instrument that is not a draft still needs its sources, and says a draft would not")
    func signedNeedsSources() {
        #expect(
            Self.messages(Self.file(status: "signed")) == [
                "3:3 missing required key 'sources' in 'agreement': list where the clause texts come from (only a draft, 'status: draft', may leave it out)"
            ])
    }

    @Test("round and date belong to drafts; a round is a whole number from 1")
    func roundAndDate() {
        #expect(
            Self.messages(Self.file(status: "signed", extra: "  round: 2\n  date: 2026\n", sources: true)) == [
                "8:10 'round' describes a draft; set 'status: draft', or use 'signed' for the date of a signed instrument",
                "9:9 'date' describes a draft; set 'status: draft', or use 'signed' for the date of a signed instrument",
            ])
        #expect(
            Self.messages(Self.file(status: "draft", extra: "  round: 0\n")) == [
                "8:10 'round' is 0; expected the draft's round of negotiation, a whole number from 1"
            ])
    }

    @Test("a clause of a draft without sources may not name one")
    func clauseNamesMissingSource() {
        let file = SourceFile(path: "d.yaml", text: Self.file(status: "draft").text + "\n    source: text\n")
        #expect(Self.messages(file).count == 1)
        #expect(
            Self.messages(file) == [
                "14:13 clause '1' names source 'text', but the agreement lists no sources; add it under 'sources' or remove 'source'"
            ])
    }
}

extension SourceFile {
    fileprivate var text: String { String(decoding: bytes, as: UTF8.self) }
}
