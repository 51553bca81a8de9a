import Testing

@testable import AccordKit

/// Evidence lines are found only when read; equality must still mean "same line".
@Suite("Deferred evidence lines")
struct EvidenceLineTests {
    /// The clause of `minimalAgreement` with a folded text over lines 23-25: "shall shall" on 23,
    /// "pay shall" on 24, "shall" on 25.
    private func clause() throws -> Clause {
        let original = "    text: No recruitment fees shall be charged to health workers.\n"
        let yaml = "    text: >-\n      shall shall\n      pay shall\n      shall\n"
        let text = minimalAgreement.replacingOccurrences(of: original, with: yaml)
        return try AgreementLoader().load(SourceFile(path: "test.yaml", text: text)).clauses[0]
    }

    private func evidence(_ clause: Clause, word: Int) -> Evidence {
        Evidence(
            clause: clause.id, line: clause.evidenceLine(ofTextWord: word, of: 5), text: "shall", modality: .binding,
            polarity: .affirmed, asserted: false, strength: .binding)
    }

    @Test("a deferred line reads the clause's word line, clamped to its words")
    func lines() throws {
        let clause = try clause()
        #expect((0..<5).map { evidence(clause, word: $0).line } == [23, 23, 24, 24, 25])
        #expect(evidence(clause, word: 9).line == 25)
        #expect(evidence(clause, word: -1).line == 23)
    }

    @Test("equal words on the same line are equal evidence; on other lines they are not")
    func equality() throws {
        let clause = try clause()
        #expect(evidence(clause, word: 0) == evidence(clause, word: 0))
        #expect(evidence(clause, word: 0) == evidence(clause, word: 1))
        #expect(evidence(clause, word: 1) != evidence(clause, word: 3))
        #expect(Set([0, 1, 3, 4].map { evidence(clause, word: $0) }).count == 3)
        let known = Evidence(
            clause: clause.id, line: .known(24), text: "shall", modality: .binding, polarity: .affirmed, asserted: false,
            strength: .binding)
        #expect(known == evidence(clause, word: 3))
    }
}
