import AccordKit
import AccordTestSupport
import Foundation
import Testing

@Suite("Comparison")
struct ComparisonTests {
    let pack: RulePack

    init() throws {
        pack = try RulePackLoader().load(
            DirectoryPackFiles(root: RepositoryPaths.fixtures.appendingPathComponent("packs/mini").path))
    }

    func report(id: String, origin: String, clauses: [String]) throws -> Report {
        let clauseYAML = clauses.enumerated().map { "  - {id: \"\($0.offset + 1)\", text: \"\($0.element)\"}\n" }.joined()
        let yaml = """
            version: 1
            agreement:
              id: \(id)
              title: \(id)
              scope: bilateral
              instrument: agreement
              status: signed
              parties: [{country: GBR, role: destination}, {country: \(origin), role: origin}]
              sources: [{id: s, title: T, publisher: P, year: 2026, text: verbatim}]
            clauses:

            """ + clauseYAML
        return try Engine.report(for: try AgreementLoader().load(SourceFile(path: "\(id).yaml", text: yaml)), pack: pack)
    }

    @Test("criteria side by side: strengths, clauses, contexts that do not apply, and which differ")
    func sideBySide() throws {
        let first = try report(id: "first", origin: "KEN", clauses: ["No recruitment fees shall be charged to nurses."])
        let second = try report(
            id: "second", origin: "NPL",
            clauses: [
                "The Parties should ensure that no fees are charged to workers.",
                "The Parties shall support the return of nurses.",
            ])
        let comparison = try Comparison.make([first, second])
        #expect(comparison.agreements.map(\.id) == ["first", "second"])
        // second: recruitment (2 × 0.5 + 1 × 0) / 3 → 33.3 (NPL is listed, so g2g-only applies); (3 × 33.3 + 100) / 4 → 50.0
        #expect(comparison.agreements.map(\.score) == [75.0, 50.0])
        let recruitment = try #require(comparison.principles.first)
        #expect(recruitment.criteria.map(\.id) == ["no-fees", "g2g-only"])
        #expect(recruitment.criteria[0].strengths == ["binding", "hortatory"])
        #expect(recruitment.criteria[0].clauses == [["1"], ["1"]])
        #expect(recruitment.criteria[1].strengths == ["n/a", "none"])
        #expect(comparison.principles[1].criteria[0].strengths == ["none", "binding"])
        let differing = comparison.principles.flatMap(\.criteria).filter(\.differs).count
        #expect(differing == 3)
        let csv = ComparisonFormat.csv.render(comparison)
        #expect(csv.split(separator: "\r\n").count == 1 + 2 * 3)
    }

    @Test("fewer than two reports, or reports from different packs, cannot be compared")
    func failures() throws {
        let only = try report(id: "only", origin: "KEN", clauses: ["The Parties shall cooperate."])
        #expect(throws: Comparison.Failure.tooFew(1)) { try Comparison.make([only]) }
        let builtIn = try #require(try BuiltInRulePacks.load())
        let other = try try Engine.report(
            for: AgreementLoader().load(SourceFile(path: "o.yaml", text: minimalAgreement)), pack: builtIn)
        #expect(throws: Comparison.Failure.differentPacks("mini 0.1.0", "who-code-2010 \(builtIn.packVersion)")) {
            try Comparison.make([only, other])
        }
    }
}
