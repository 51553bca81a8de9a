import AccordKit
import AccordTestSupport
import Testing

/// Exact scores of small agreements against `Tests/Fixtures/packs/mini`, computed by hand.
///
/// The mini pack: principle `recruitment` (weight 3) with `no-fees` (weight 2, binding required) and
/// `g2g-only` (weight 1, applies only when an origin is on the list: NPL, GHA), red flag
/// `fees-to-workers` (critical: −30 on the principle, −10 overall); principle `return` (weight 1)
/// with `support-return` (weight 1). Credit: binding 1, hortatory 0.5, mention 0.25, none 0.
@Suite("Scoring")
struct ScorerTests {
    let pack: RulePack

    init() throws {
        pack = try RulePackLoader().load(
            DirectoryPackFiles(root: RepositoryPaths.fixtures.appendingPathComponent("packs/mini").path))
    }

    func agreement(origin: String, clauses: [(id: String, text: String)]) throws -> Agreement {
        let clauseYAML = clauses.map { "  - id: \"\($0.id)\"\n    text: \"\($0.text)\"\n" }.joined()
        let yaml = """
            version: 1
            agreement:
              id: test
              title: Test
              scope: bilateral
              instrument: agreement
              status: signed
              parties:
                - {country: GBR, role: destination}
                - {country: \(origin), role: origin}
              sources:
                - {id: s, title: T, publisher: P, year: 2026, text: verbatim}
            clauses:

            """ + clauseYAML
        return try AgreementLoader().load(SourceFile(path: "test.yaml", text: yaml))
    }

    @Test("binding and hortatory evidence, a context that does not hold")
    func simple() throws {
        // recruitment: no-fees binding → 2 × 1 = 2 of 2 (g2g-only does not apply: KEN is not listed) → 100.0
        // return: support-return hortatory → 1 × 0.5 of 1 → 50.0
        // overall: (3 × 100.0 + 1 × 50.0) / 4 = 87.5 → A
        let report = try Engine.report(
            for: try agreement(
                origin: "KEN",
                clauses: [
                    ("1", "No recruitment fees shall be charged to nurses."),
                    ("2", "The Parties should endeavour to support returning workers."),
                ]),
            pack: pack
        )
        #expect(report.principles.map(\.score) == [100.0, 50.0])
        #expect(report.overall.score == 87.5)
        #expect(report.overall.grade == "A")
        #expect(report.context.map(\.holds) == [false])
        #expect(report.principles[0].criteria.map(\.applies) == [true, false])
        #expect(
            report.gaps.map { "\($0.kind) \($0.severity) \($0.criterion ?? "") \($0.clauses)" } == [
                "weak minor support-return [\"2\"]"
            ])
    }

    @Test("a red flag costs its principle 30 points and the overall 10; recitals raise none")
    func redFlag() throws {
        // recruitment: no-fees none (the cost clause is affirmed) → 0; g2g-only applies (NPL listed),
        //   hortatory → 1 × 0.5 → 0.5 of 3 → 16.67 − 30 → 0.0
        // return: binding → 100.0
        // overall: (3 × 0.0 + 1 × 100.0) / 4 = 25.0, − 10 = 15.0 → F
        let report = try Engine.report(
            for: try agreement(
                origin: "NPL",
                clauses: [
                    ("Preamble", "Noting that costs are borne by workers elsewhere,"),
                    ("1", "Recruitment costs shall be borne by the worker."),
                    ("2", "Recruitment should use government channels."),
                    ("3", "The Parties shall support the return of nurses."),
                ]),
            pack: pack
        )
        #expect(report.principles.map(\.score) == [0.0, 100.0])
        #expect(report.principles[0].earned == 0.5 && report.principles[0].possible == 3 && report.principles[0].penalty == 30)
        #expect(report.overall.score == 15.0)
        #expect(report.overall.penalty == 10)
        #expect(report.overall.grade == "F")
        #expect(report.context.map(\.reason) == ["NPL (Nepal) is an origin party on the Test Safeguards List"])
        #expect(
            report.gaps.map { "\($0.kind) \($0.severity) \($0.criterion ?? $0.redFlag ?? "") \($0.clauses) \($0.lines)" } == [
                "contrary critical fees-to-workers [\"1\"] [17]",
                "missing critical no-fees [] []",
                "weak minor g2g-only [\"2\"] [19]",
            ]
        )
        let flag = try #require(report.principles[0].redFlags.first)
        #expect(flag.evidence.map(\.text) == ["costs shall be borne by the worker"])
    }

    @Test("hortatory evidence earns half; scores round to one decimal")
    func rounding() throws {
        // recruitment: no-fees hortatory → 2 × 0.5 = 1 of 2 → 50.0; return: binding → 100.0
        // overall: (3 × 50.0 + 1 × 100.0) / 4 = 62.5 → C
        let report = try Engine.report(
            for: try agreement(
                origin: "KEN",
                clauses: [
                    ("1", "The Parties should ensure that no fees are charged to workers."),
                    ("2", "Each Party undertakes to facilitate the return of nurses."),
                ]),
            pack: pack
        )
        #expect(report.principles.map(\.score) == [50.0, 100.0])
        #expect(report.overall.score == 62.5)
        #expect(report.overall.grade == "C")
        #expect(report.principles[0].criteria[0].evidence.map(\.polarity) == [.negated])
    }

    @Test(
        "grade bands",
        arguments: [(85.0, "A"), (84.9, "B"), (70.0, "B"), (55.0, "C"), (40.0, "D"), (25.0, "E"), (24.9, "F"), (0.0, "F")])
    func grades(score: Double, grade: String) {
        #expect(ScoringModel.grade(for: score) == grade)
    }
}
