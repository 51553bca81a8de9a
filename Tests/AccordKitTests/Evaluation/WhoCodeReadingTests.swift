import AccordKit
import Testing

/// The built-in WHO Code pack on small agreements: the recruitment context, party names read as
/// the parties, encoder's notes on a principle left unscored, and gap findings that say what each
/// clause does.
@Suite("WHO Code readings")
struct WhoCodeReadingTests {
    let pack: RulePack

    init() throws {
        pack = try #require(try BuiltInRulePacks.load())
    }

    /// A bilateral agreement between `origin` and `destination` with `clauses` (YAML items).
    func report(origin: String = "NPL", destination: String = "GBR", extra: String = "", clauses: String) throws -> Report {
        let yaml = """
            version: 1
            agreement:
              id: test
              title: Test
              scope: bilateral
              instrument: memorandum-of-understanding
              status: draft
            \(extra)  parties:
                - {country: \(origin), role: origin}
                - {country: \(destination), role: destination}
              sources:
                - {id: s, title: T, publisher: P, year: 2026, text: verbatim}
            clauses:
            \(clauses)
            """
        return try Engine.report(for: try AgreementLoader().load(SourceFile(path: "test.yaml", text: yaml)), pack: pack)
    }

    func criterion(_ report: Report, _ id: String) -> Report.CriterionReport? {
        report.principles.flatMap(\.criteria).first { $0.id == id }
    }

    @Test("an agreement that recruits no one has no recruitment gaps; one that recruits has them")
    func recruitmentContext() throws {
        let cooperation = try report(
            clauses: """
                  - id: "1"
                    text: The receiving Party shall support the training of nurses in the sending Party.
                """)
        #expect(cooperation.context.first { $0.id == .recruitment }?.holds == false)
        #expect(criterion(cooperation, "no-recruitment-fees")?.applies == false)
        #expect(!cooperation.gaps.contains { $0.criterion == "no-recruitment-fees" })
        let recruiting = try report(
            clauses: """
                  - id: "1"
                    text: The receiving Party shall recruit nurses from the sending Party through the public employment service.
                """)
        #expect(recruiting.context.first { $0.id == .recruitment }?.holds == true)
        #expect(criterion(recruiting, "no-recruitment-fees")?.applies == true)
        #expect(recruiting.gaps.contains { $0.criterion == "no-recruitment-fees" })
    }

    @Test("the encoder's recruitment-component overrides the reading of the clauses")
    func statedComponent() throws {
        let stated = try report(
            extra: "  recruitment-component: absent\n",
            clauses: """
                  - id: "1"
                    text: The receiving Party shall recruit nurses from the sending Party through the public employment service.
                """)
        #expect(stated.context.first { $0.id == .recruitment }?.holds == false)
        #expect(criterion(stated, "no-recruitment-fees")?.applies == false)
    }

    @Test("a party named by its country is read as that party")
    func partyNames() throws {
        let named = try report(
            origin: "ZWE", destination: "IRL",
            clauses: """
                  - id: "1"
                    text: Ireland shall support the training of nurses in Zimbabwe.
                """)
        let principle = try #require(named.principles.first { $0.id == "technical-financial-assistance" })
        #expect(principle.criteria.contains { $0.strength == .binding })
    }

    @Test("an annotation naming only a principle is shown, not scored")
    func principleAnnotation() throws {
        let annotated = try report(
            clauses: """
                  - id: "1"
                    text: The Parties shall cooperate in the field of health.
                    annotations:
                      - principle: circular-migration
                        justification: The encoder reads cooperation as covering return.
                  - id: "2"
                    text: The receiving Party shall recruit nurses from the sending Party through the public employment service.
                """)
        let principle = try #require(annotated.principles.first { $0.id == "circular-migration" })
        #expect(principle.annotations.count == 1)
        #expect(principle.criteria.allSatisfy { $0.strength == .none })
        #expect(principle.possible > 0 && principle.earned == 0)
        #expect(principle.score == 0)
    }

    @Test("a contrary clause's finding says who is made to pay for what")
    func findings() throws {
        let contrary = try report(
            clauses: """
                  - id: "7"
                    text: The costs of the visa shall be met by the applicant.
                """)
        let gap = try #require(contrary.gaps.first { $0.redFlag == "fees-charged-to-workers" })
        #expect(gap.findings == ["Clause 7 places “The costs of the visa” on “the applicant” (words: “met”)"])
    }

    @Test("a may that leaves a worker free grants a right and binds; a may for the Parties exhorts")
    func rightsGranted() throws {
        func strength(_ text: String) throws -> Strength? {
            let read = try report(
                clauses: """
                      - id: "1"
                        text: The receiving Party shall recruit nurses from the sending Party through the public employment service.
                      - id: "2"
                        text: \(text)
                    """)
            return criterion(read, "facilitate-circular-migration")?.strength
        }
        #expect(try strength("Nurses who return home may apply again under the programme.") == .binding)
        #expect(try strength("The Parties may consider allowing nurses to apply again under the programme.") == .hortatory)
        let explored = "The Parties will explore arrangements under which nurses could apply again under the programme."
        #expect(try strength(explored) == .hortatory)
    }
}
