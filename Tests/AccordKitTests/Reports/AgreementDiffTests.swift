import AccordKit
import Foundation
import Testing

@Suite("AgreementDiff")
struct AgreementDiffTests {
    let pack: RulePack

    init() throws {
        pack = try #require(try BuiltInRulePacks.load())
    }

    static let fees = "No recruitment fees or related costs shall be charged to health workers."
    static let feesHortatory = "The Parties should endeavour to ensure that health workers are not charged recruitment fees."
    static let equalPay =
        "Health workers recruited under this Agreement shall receive the same pay and conditions of employment as nationals."
    static let data = "The Parties shall exchange data on the number of health workers recruited every year."
    static let annex = "The Annex forms an integral part of this Agreement."

    /// An agreement whose clauses are `clauses` (id, text), one per line starting at line 13.
    func agreement(_ clauses: [(String, String)], file: String) throws -> Agreement {
        let yaml = """
            version: 1
            agreement:
              id: gbr-ken-draft
              title: Draft agreement
              scope: bilateral
              instrument: agreement
              status: draft
              parties: [{country: GBR, role: destination}, {country: KEN, role: origin}]
              sources:
                - {id: s, title: Draft, publisher: accord tests, year: 2026, kind: synthetic, text: verbatim}
              notes: a draft for tests
            clauses:

            """ + clauses.map { "  - {id: \"\($0.0)\", text: \"\($0.1)\"}\n" }.joined()
        return try AgreementLoader().load(SourceFile(path: file, text: yaml))
    }

    func diff(_ old: [(String, String)], _ new: [(String, String)]) throws -> AgreementDiff {
        let before = try agreement(old, file: "old.yaml")
        let after = try agreement(new, file: "new.yaml")
        return AgreementDiff.make(
            old: before, new: after, oldReport: try Engine.report(for: before, pack: pack),
            newReport: try Engine.report(for: after, pack: pack))
    }

    /// `(kind, old id, new id)` of each clause change, in order.
    func clauseChanges(_ diff: AgreementDiff) -> [String] {
        diff.clauses.map { "\($0.kind.rawValue) \($0.oldID ?? "-") \($0.newID ?? "-")" }
    }

    /// `change principle/rule old-gap→new-gap` of each gap change, in order.
    func gapChanges(_ diff: AgreementDiff) -> [String] {
        diff.gaps.map {
            "\($0.change.rawValue) \($0.principle)/\($0.criterion ?? $0.redFlag ?? "") \($0.oldGap?.rawValue ?? "-")→\($0.newGap?.rawValue ?? "-")"
        }
    }

    /// `version id line N change counterpart X` of each clause behind `gap`.
    func references(_ gap: AgreementDiff.GapChange) -> [String] {
        gap.clauses.map {
            "\($0.version) \($0.id) line \($0.line.map(String.init) ?? "-") \($0.change.rawValue) counterpart \($0.counterpart ?? "-")"
        }
    }

    @Test("two identical versions: no clause, score or gap change, no regression")
    func identical() throws {
        let clauses = [("1", Self.fees), ("2", Self.equalPay), ("3", Self.data)]
        let diff = try diff(clauses, clauses)
        #expect(diff.clauses.isEmpty)
        #expect(diff.unchangedClauses == 3)
        #expect(diff.gaps.isEmpty)
        #expect(diff.overall.delta == 0 && diff.overall.old == diff.overall.new)
        #expect(diff.principles.count == 9)
        #expect(diff.principles.allSatisfy { $0.delta == 0 || ($0.old == nil && $0.new == nil) })
        #expect(!diff.regressed)
    }

    @Test("a clause renumbered 3 → 4 under an inserted clause is renumbered, not removed and added")
    func renumbered() throws {
        let diff = try diff(
            [("1", Self.fees), ("2", Self.equalPay), ("3", Self.data)],
            [("1", Self.fees), ("2", Self.equalPay), ("3", Self.annex), ("4", Self.data)])
        #expect(clauseChanges(diff) == ["added - 3", "renumbered 3 4"])
        let renumbered = diff.clauses[1]
        #expect(!renumbered.textChanged && renumbered.similarity == 1)
        #expect(renumbered.oldLine == 15 && renumbered.newLine == 16)
        #expect(diff.unchangedClauses == 2)
        // Renumbering alone moves no score and no gap.
        #expect(diff.gaps.isEmpty && diff.overall.delta == 0 && !diff.regressed)
        let text = DiffFormat.text.render(diff)
        #expect(text.contains("  ↦ renumbered 3 (line 15) → 4 (line 16), same text\n"))
        #expect(text.contains("Clauses (1 added, 0 removed, 0 changed, 1 renumbered, 2 unchanged)\n"))
    }

    @Test("past the pair budget each new clause keeps its 16 most similar old clauses, so memory stays linear")
    func candidatePairBudget() throws {
        // Old clauses 1–16 each have a close rewrite (101–116, similarity 0.92); clause 117 is as
        // similar (0.80) to all 17 old ones, and its 16 first in document order are taken by
        // closer pairs. Keeping every pair (25 million for two drafts of 5,000 such clauses) pairs
        // 117 with 17; past the budget, 117 is left added.
        let common = "the parties shall keep records of every nurse recruited yearly"
        let old = (1...16).map { ("\($0)", "\(common) u\($0) v\($0)") } + [("17", "\(common) x y")]
        let new = (1...16).map { ("\(100 + $0)", "\(common) u\($0) z\($0)") } + [("117", "\(common) p q r")]
        let before = try agreement(old, file: "old.yaml")
        let after = try agreement(new, file: "new.yaml")
        let oldReport = try Engine.report(for: before, pack: pack)
        let newReport = try Engine.report(for: after, pack: pack)
        let renumbered = (1...16).map { "renumbered \($0) \(100 + $0)" }
        let exact = AgreementDiff.make(old: before, new: after, oldReport: oldReport, newReport: newReport)
        #expect(clauseChanges(exact) == renumbered + ["renumbered 17 117"])
        let bounded = AgreementDiff.make(old: before, new: after, oldReport: oldReport, newReport: newReport, candidatePairs: 0)
        #expect(AgreementDiff.minimumCandidatesPerClause == 16)
        #expect(clauseChanges(bounded) == renumbered + ["added - 117", "removed 17 -"])
    }

    @Test("renumbered and reworded: paired by similarity, not by the id that now holds another clause")
    func renumberedAndReworded() throws {
        let reworded =
            "Health workers recruited under this Agreement shall receive the same pay and working conditions as nationals."
        let diff = try diff(
            [("1", Self.fees), ("2", Self.equalPay), ("3", Self.data)],
            [("1", Self.fees), ("2", Self.annex), ("3", reworded), ("4", Self.data)])
        #expect(clauseChanges(diff) == ["added - 2", "renumbered 2 3", "renumbered 3 4"])
        // 15 words in common out of 17 and 16: 2 × 15 / 33 = 0.91.
        #expect(diff.clauses[1].textChanged && diff.clauses[1].similarity == 0.91)
        #expect(diff.clauses[1].oldText == Self.equalPay && diff.clauses[1].newText == reworded)
        #expect(!diff.clauses[2].textChanged)
    }

    @Test("'shall' reworded to 'should endeavour': the clause changed and the fees criterion weakened, tied to it")
    func reworded() throws {
        let diff = try diff(
            [("1", Self.fees), ("2", Self.equalPay), ("3", Self.data)],
            [("1", Self.feesHortatory), ("2", Self.equalPay), ("3", Self.data)])
        #expect(clauseChanges(diff) == ["changed 1 1"])
        // Words in common: recruitment, fees, charged, to, health, workers; 2 × 6 / (12 + 14) = 0.46.
        #expect(diff.clauses[0].similarity == 0.46)
        #expect(gapChanges(diff) == ["weakened ethical-recruitment/no-recruitment-fees -→weak"])
        let gap = diff.gaps[0]
        #expect(gap.oldStrength == "binding" && gap.newStrength == "hortatory")
        #expect(gap.severity == .major)
        #expect(
            references(gap) == ["new 1 line 13 changed counterpart 1"])
        let recruitment = try #require(diff.principles.first { $0.id == "ethical-recruitment" })
        // no-recruitment-fees (weight 4 of 14) falls from credit 1 to 0.5: 28.6 → 14.3, as both reports round them.
        #expect(recruitment.old == 28.6 && recruitment.new == 14.3 && recruitment.delta == -14.3)
        #expect(diff.overall.old == 15.1 && diff.overall.new == 12.9 && diff.overall.delta == -2.2)
        #expect(diff.regressed)
    }

    @Test("the fees clause removed: its gap opens, tied to the removed clause, and the draft regressed")
    func removed() throws {
        let diff = try diff(
            [("1", Self.fees), ("2", Self.equalPay), ("3", Self.data)],
            [("2", Self.equalPay), ("3", Self.data)])
        #expect(clauseChanges(diff) == ["removed 1 -"])
        #expect(gapChanges(diff) == ["opened ethical-recruitment/no-recruitment-fees -→missing"])
        let gap = diff.gaps[0]
        #expect(gap.severity == .critical)
        #expect(gap.oldStrength == "binding" && gap.newStrength == "none")
        #expect(
            references(gap) == ["old 1 line 13 removed counterpart -"])
        #expect(diff.overall.old == 15.1 && diff.overall.new == 10.6 && diff.overall.delta == -4.5)
        #expect(diff.regressed)
        let text = DiffFormat.text.render(diff)
        #expect(text.contains("  − removed    1 (line 13): “\(Self.fees)”\n"))
        #expect(text.contains("      clause 1 (old, line 13, removed)\n"))
        #expect(text.hasSuffix("Regressed: the new version scores lower, opens a gap or weakens a criterion into a gap\n"))
    }

    @Test("a binding fees clause added: its gap closes, tied to the new clause, and nothing regressed")
    func added() throws {
        let diff = try diff(
            [("1", Self.equalPay), ("2", Self.data)],
            [("1", Self.equalPay), ("2", Self.data), ("3", Self.fees)])
        #expect(clauseChanges(diff) == ["added - 3"])
        #expect(gapChanges(diff) == ["closed ethical-recruitment/no-recruitment-fees missing→-"])
        #expect(
            references(diff.gaps[0]) == ["new 3 line 15 added counterpart -"])
        #expect(diff.overall.old == 10.6 && diff.overall.new == 15.1 && diff.overall.delta == 4.5)
        #expect(!diff.regressed)
    }

    @Test("the JSON diff round-trips and is the same on every run")
    func json() throws {
        let diff = try diff(
            [("1", Self.fees), ("2", Self.equalPay), ("3", Self.data)],
            [("1", Self.feesHortatory), ("2", Self.annex), ("3", Self.equalPay)])
        let first = DiffFormat.json.render(diff)
        #expect(first == DiffFormat.json.render(diff))
        let decoded = try JSONDecoder().decode(AgreementDiff.self, from: Data(first.utf8))
        #expect(decoded == diff)
        #expect(first.contains("\"regressed\" : true"))
    }
}
