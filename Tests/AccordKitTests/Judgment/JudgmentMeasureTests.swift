import Testing

@testable import AccordKit

/// `accord eval`'s arithmetic on verdicts whose agreement with the labels is worked out by hand,
/// and its labelled-file reader on a small set read end to end.
@Suite("Judgment measure")
struct JudgmentMeasureTests {
    static func label(
        _ id: String, provides: [String: Strength] = [:], contrary: Set<String> = [], kind: String = "plain"
    ) -> LabelledClause {
        LabelledClause(
            id: id, split: .dev, register: "mou", section: .operative, parties: LabelledClause.defaultParties, text: id,
            provides: provides, contrary: contrary, kind: kind, note: "", language: .english,
            location: Location(file: "t.csv", position: .start))
    }

    static func verdict(provides: [String: Strength] = [:], contrary: [String: [String]] = [:]) -> ClauseVerdict {
        ClauseVerdict(provides: provides, contrary: contrary, evidence: [:])
    }

    @Test("precision, recall, F1, modality, red-flag recall and false red flags, counted by hand")
    func figures() {
        let pairs: [(LabelledClause, ClauseVerdict)] = [
            // Provides a, found a at the labelled strength: a true positive, modality right.
            (Self.label("1", provides: ["a": .binding]), Self.verdict(provides: ["a": .binding])),
            // Provides b, found b but weaker: a true positive, modality wrong.
            (Self.label("2", provides: ["b": .binding]), Self.verdict(provides: ["b": .hortatory])),
            // Contrary to a, not flagged: a false negative, a missed red flag.
            (Self.label("3", contrary: ["a"], kind: "bond"), Self.verdict()),
            // Nothing, flagged b: a false positive, a false red flag.
            (Self.label("4"), Self.verdict(contrary: ["b": ["flag"]])),
            // Contrary to b and flagged, but a found too: a true and a false positive.
            (Self.label("5", contrary: ["b"], kind: "bond"), Self.verdict(provides: ["a": .mention], contrary: ["b": ["flag"]])),
        ]
        let figures = JudgmentMeasure(principles: ["a", "b"]).figures("dev", pairs)
        #expect(figures.clauses == 5)
        #expect(
            [figures.overall.truePositives, figures.overall.falsePositives, figures.overall.falseNegatives] == [3, 2, 1])
        #expect(figures.overall.precision == 0.6 && figures.overall.recall == 0.75)
        #expect(abs(figures.overall.f1 - 2.0 / 3.0) < 1e-12)
        #expect(figures.principles.map(\.name) == ["a", "b"])
        #expect(figures.principles.map(\.clauses) == [2, 2])
        #expect(figures.principles[0].counts.precision == 0.5 && figures.principles[0].counts.recall == 0.5)
        #expect(abs(figures.principles[1].counts.precision - 2.0 / 3.0) < 1e-12 && figures.principles[1].counts.recall == 1)
        #expect(figures.kinds.map(\.name) == ["bond", "plain"])
        #expect(figures.kinds.map(\.counts.truePositives) == [1, 2])
        #expect([figures.modalityAccuracy.count, figures.modalityAccuracy.of] == [1, 2])
        #expect([figures.redFlagRecall.count, figures.redFlagRecall.of] == [1, 2])
        #expect([figures.falseRedFlags.count, figures.falseRedFlags.of] == [1, 3])
    }

    @Test("a confusion names what was missed, found in excess, and at the wrong strength")
    func confusion() throws {
        let measure = JudgmentMeasure(principles: ["a", "b"])
        let confusion = try #require(
            measure.confusion(
                Self.label("9", provides: ["a": .binding], contrary: ["b"]), Self.verdict(provides: ["a": .hortatory])))
        #expect(confusion.missedContrary == ["b"])
        #expect(confusion.missed.isEmpty && confusion.spurious.isEmpty)
        #expect(confusion.strength == ["a: binding → hortatory"])
        #expect(measure.confusion(Self.label("10"), Self.verdict()) == nil)
    }

    @Test("a labelled file is read into clauses; the set's figures come out by split")
    func smallSet() throws {
        let principles = try #require(try BuiltInRulePacks.load()).principles.map(\.id)
        let set = LabelledSet.load(["Tests/Fixtures/eval/small.csv"], principles: principles)
        #expect(set.diagnostics.isEmpty)
        #expect(set.clauses.map(\.id) == (1...9).map { "small-00\($0)" })
        #expect(set.clauses.filter { $0.split == .heldOut }.count == 5)
        #expect(set.clauses[1].contrary == ["ethical-recruitment"])
        #expect(set.clauses[6].provides == ["circular-migration": .hortatory])
    }
}
