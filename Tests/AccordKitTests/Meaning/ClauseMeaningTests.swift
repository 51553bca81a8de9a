import AccordKit
import AccordText
import Testing

/// The clause-meaning stage on the kinds of wording `../shared/domain/clause-language.md` lists:
/// who bears a cost, who is restricted or left free, and how a comparison runs, with the words
/// each reading rests on (as `accord read` prints them).
@Suite("Clause meaning")
struct ClauseMeaningTests {
    @Test(
        "frames read from a sentence",
        arguments: [
            (
                "The costs of the visa shall be met by the applicant.",
                ["cost: borne by “the applicant” (cue “met”)"]
            ),
            // What may not be lost is kept; the negation opening a comparison is that comparison's;
            // a sanction denies a repayment whatever its condition; the remedy after a sanction
            // is not sanctioned.
            (
                "Health workers who return early will not lose their right to re-apply under this Memorandum.",
                ["freedom: “Health workers” — “lose their right to re-apply under this” (cue “will not”)"]
            ),
            (
                "Nurses shall receive remuneration not less favourable than that of nationals performing the same work.",
                ["comparison: equal (cue “not less favourable”)", "comparison: equal (cue “the same”)"]
            ),
            (
                "Any clause requiring the nurse to repay the costs of her recruitment if she leaves early shall be null and void.",
                ["cost: spared “Any clause requiring the nurse to” (cue “repay”)"]
            ),
            (
                "An agency that collects a fee from a nurse shall be liable to a fine, and the fee shall be refunded to the nurse.",
                ["cost: spared “a nurse” (cue “collects”)", "cost: spared “the nurse” (cue “refunded”)"]
            ),
            // A list item acts for its lead-in's subject.
            (
                "The receiving Party shall: (a) bear all costs of recruitment of the health personnel; (b) keep records.",
                ["cost: borne by “The receiving Party” (cue “bear”)"]
            ),
            // A condition before the act: it does not end the act, and it is not the subject.
            (
                "Subject to the approval of the Ministry, nurses may change employer.",
                ["restriction: “nurses” — “change employer” (cue “may”)"]
            ),
            // A sanction on the sentence reaches into its relative clause: the deduction is forbidden.
            (
                "Any employer who deducts the cost of the visa from the salary of a nurse commits an offence.",
                ["cost: spared “the salary of a nurse” (cue “deducts”)"]
            ),
            // What is to be obtained is no one: the nurse is restricted, not the approval.
            (
                "The nurse must obtain the approval of her employer to change employer.",
                [
                    "restriction: “The nurse” — “The nurse must obtain the approval of her employer to change employer” (cue “must obtain”)"
                ]
            ),
            (
                "Any fee for the verification of qualifications by the competent authority shall be paid by the pharmacist.",
                ["cost: borne by “the pharmacist” (cue “paid”)"]
            ),
            (
                "The Parties shall require recruited nurses to obtain the approval of the Ministry before resigning.",
                [
                    "restriction: “recruited nurses” — “The Parties shall require recruited nurses to obtain the approval of the Ministry before resigning” (cue “require”)",
                    "restriction: “The Parties” — “The Parties shall require recruited nurses to obtain the approval of the Ministry before resigning” (cue “obtain”)",
                ]
            ),
            // A negation stays in its own clause: the costs of the second are borne, not spared.
            (
                "The Parties shall ensure that nurses do not incur debt and that employers will bear the costs of their recruitment.",
                [
                    "cost: spared “nurses” (cue “incur”)",
                    "cost: borne by “employers” (cue “bear”)",
                ]
            ),
            (
                "Employers should allow care workers to change employer without undue obstacles.",
                ["freedom: “care workers” — “to change employer without undue obstacles” (cue “allow”)"]
            ),
            (
                "Transfers between host hospitals are not permitted during the placement.",
                ["restriction: “Transfers between host hospitals” — “during the placement” (cue “are not permitted”)"]
            ),
            (
                "The travel costs of each nurse shall be borne by the employer.",
                ["cost: borne by “the employer” (cue “borne”)"]
            ),
            (
                "No recruitment fees shall be charged to health workers.",
                ["cost: spared “health workers” (cue “charged”)"]
            ),
            (
                "Candidates shall travel to the destination country at their own expense.",
                ["cost: borne by “their own” (cue “at their own expense”)"]
            ),
            (
                "The nurses shall, for their part, bear the cost of their journey home.",
                ["cost: borne by “The nurses” (cue “bear”)"]
            ),
            (
                "Recruitment agencies shall not charge workers any fee, except the cost of the medical examination, which the worker shall bear.",
                [
                    "cost: spared “workers any fee” (cue “charge”)",
                    "restriction: “Recruitment agencies” — “charge workers any fee, except the cost of” (cue “shall not”)",
                    "cost: borne by “the worker” (cue “bear”)",
                ]
            ),
            (
                "To support the return of health workers, the receiving Participant will meet the cost of the return flight.",
                ["cost: borne by “the receiving Participant” (cue “meet”)"]
            ),
            (
                "The Participants intend that no nurse will be asked to pay a fee for her placement.",
                ["cost: spared “no nurse” (cue “pay”)"]
            ),
            (
                "The Hospital's contribution to her relocation expenses shall become repayable by her.",
                ["cost: borne by “her” (cue “repayable”)"]
            ),
            (
                "A health worker shall not change employer without the consent of the first employer.",
                ["restriction: “A health worker” — “change employer without the consent of the first” (cue “shall not”)"]
            ),
            (
                "Nurses are not permitted to change employer.",
                ["restriction: “Nurses” — “change employer” (cue “are not permitted to”)"]
            ),
            (
                "It is prohibited for a midwife to take up employment abroad.",
                ["restriction: “a midwife” — “to take up employment abroad” (cue “It is prohibited for”)"]
            ),
            (
                "The Pharmacist undertakes not to resign before the end of the second year of employment.",
                ["restriction: “The Pharmacist” — “resign before the end of the second year” (cue “undertakes not to”)"]
            ),
            (
                "Nothing in this Agreement shall prevent a health worker from returning to the country of origin.",
                ["freedom: “a health worker” — “from returning to the country of origin” (cue “prevent”)"]
            ),
            (
                "Health workers may change employer after one year.",
                ["freedom: “Health workers” — “change employer after one year” (cue “may”)"]
            ),
            (
                "Switching employer is open to any health worker, and the first employer's consent shall not be sought.",
                ["restriction: “the first employer's consent” — “be sought” (cue “shall not”)"]
            ),
            (
                "Health workers shall be paid not less than 85 per cent of the salary of national nurses.",
                [
                    "cost: borne by (not said) (cue “paid”)", "comparison: equal (cue “not less than”)",
                    "comparison: less (cue “per cent of”)",
                ]
            ),
            (
                "Recruited nurses shall receive remuneration no less favourable than that of nationals.",
                ["comparison: equal (cue “no less favourable”)"]
            ),
            (
                "Nurses shall not receive the same allowance as nationals.",
                [
                    "restriction: “Nurses” — “receive the same allowance as nationals” (cue “shall not”)",
                    "comparison: less (cue “the same”)",
                ]
            ),
            (
                "Remuneration is fixed at four-fifths of the scale that applies to UK-registered colleagues.",
                ["comparison: less (cue “fifths of”)"]
            ),
            (
                "Health personnel may not be employed on less favourable terms than nationals.",
                [
                    "restriction: “Health personnel” — “be employed on less favourable terms than nationals” (cue “may not”)",
                    "comparison: equal (cue “less favourable”)",
                ]
            ),
        ]
    )
    func frames(sentence: String, expected: [String]) {
        let lines = ReadingRenderer.describe(Engine.analyze(sentence)).split(separator: "\n")
        let frames = lines.filter { $0.hasPrefix("    ") }.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(frames == expected)
    }

    @Test(
        "frames read from French, Spanish and English sentences, with the built-in grammars",
        arguments: [
            (
                "fr", "Les frais de recrutement ne sont en aucun cas à la charge des infirmiers.",
                ["cost: spared “des infirmiers” (cue “à la charge des”)"]
            ),
            // The negation before a bare verb is the verb's; its agent is the noun phrase before.
            (
                "fr", "Les Parties font en sorte que les infirmiers ne supportent aucun frais de recrutement.",
                ["cost: spared “les infirmiers” (cue “supportent”)"]
            ),
            (
                "fr", "L'infirmière ne peut changer d'employeur sans l'autorisation préalable du ministère.",
                ["restriction: “L'infirmière” — “changer d'employeur sans l'autorisation préalable du” (cue “ne peut”)"]
            ),
            (
                "fr", "Les infirmiers recrutés perçoivent 80 pour cent du salaire des ressortissants.",
                ["comparison: less (cue “pour cent du”)"]
            ),
            (
                "es", "Los costos del pasaje aéreo serán descontados del salario del trabajador.",
                ["cost: borne by “del trabajador” (cue “descontados”)"]
            ),
            // A relative clause between: the agent is the noun it describes.
            (
                "es", "El trabajador que abandone su puesto reembolsará los gastos de formación.",
                [
                    "cost: spared “los gastos de formación” (cue “reembolsará”)",
                    "cost: borne by “El trabajador” (cue “reembolsará”)",
                ]
            ),
            (
                "fr", "Les infirmiers recrutés perçoivent 80 % de la rémunération des ressortissants.",
                ["comparison: less (cue “% de”)"]
            ),
            (
                "en", "Nurses shall be paid 85% of the national scale.",
                ["cost: borne by (not said) (cue “paid”)", "comparison: less (cue “% of”)"]
            ),
            (
                "es", "Los enfermeros contratados recibirán una remuneración no menos favorable que la de los nacionales.",
                ["comparison: equal (cue “no menos favorable”)"]
            ),
            // A verb of paying whose object names no cost places none: "meet the requirements".
            ("en", "The agency shall pre-select candidates who meet the requirements for registration.", []),
            ("en", "The candidate shall meet the cost of registration.", ["cost: borne by “The candidate” (cue “meet”)"]),
            ("es", "Las instituciones de salud cubrirán las vacantes con enfermeras contratadas.", []),
            ("fr", "Le programme finance les besoins de formation des infirmiers.", []),
        ]
    )
    func romanceFrames(language: String, sentence: String, expected: [String]) throws {
        let grammar = try #require(BuiltInGrammars.grammar(for: language))
        let lines = ReadingRenderer.describe(TextAnalyzer(grammar: grammar).analyze(sentence)).split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("    ") }.map { $0.trimmingCharacters(in: .whitespaces) } == expected)
    }

    @Test(
        "an opening negation disclaims when it is the whole subject, not when a Party is the subject of an active verb",
        arguments: [
            ("Nothing in this Agreement shall require either Party to recruit nurses.", Commitment.disclaimer),
            ("Nothing in this Memorandum obliges the Participants to admit health workers.", .disclaimer),
            ("Neither Party shall require health personnel to obtain an exit permit.", .operative),
        ]
    )
    func disclaimers(sentence: String, expected: Commitment) {
        #expect(Engine.analyze(sentence).parts.map(\.commitment) == [expected])
    }

    /// `CueIndex` keeps one 128-bit mask per token, a bit per kind: a 129th kind would never be seen.
    @Test("cue kinds fit the index's bit mask")
    func cueKindsFit() {
        #expect(CueKind.allCases.count <= 128)
        #expect(CueKind.allCases.map(\.ordinal) == Array(CueKind.allCases.indices))
    }
}
