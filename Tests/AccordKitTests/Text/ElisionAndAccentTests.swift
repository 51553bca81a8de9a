import AccordKit
import AccordText
import Testing

/// How text in languages with elisions, contractions and accents is split and matched: the same
/// steps apply to the text, the grammar's entries and a pack's terms, so each matches the others
/// however it is typed.
@Suite("Elisions, contractions and accents")
struct ElisionAndAccentTests {
    /// A grammar with French elisions and Spanish contractions and nothing else.
    static let grammar: Grammar = {
        var data = GrammarData(language: "fr", name: "French")
        data.elisions = ["l": "le", "d": "de", "qu": "que"]
        data.contractions = ["del": "de el", "aux": "à les"]
        data.cues[.expenseOf] = ["à la charge de"]
        return Grammar(data)
    }()

    /// Where each term starts in `text`, in token positions.
    static func starts(of terms: [String], in text: String) -> [[Int]] {
        var table = TermTable(grammar: grammar)
        let ids = terms.compactMap { try? table.add($0, vocabulary: [:]).get() }
        let analyzed = table.analyzer.analyze(text)
        let occurrences = table.occurrences(in: analyzed)
        return ids.map { occurrences.ranges(of: $0).map(\.lowerBound) }
    }

    @Test("an elided article is a word of its own, whichever apostrophe, case or accent")
    func elisions() {
        let found = Self.starts(
            of: ["à la charge de l'employeur", "employeur*", "le employeur"],
            in: "Les frais sont À LA CHARGE DE L’EMPLOYEUR; a la charge de l'employeur d'origine.")
        #expect(found == [[3, 9], [8, 14], [7, 13]])
    }

    @Test("a contraction is read as the words it stands for, in text and in terms")
    func contractions() {
        let found = Self.starts(of: ["a cargo del empleador", "de el"], in: "Los gastos correrán a cargo del empleador.")
        #expect(found == [[3], [5]])
    }

    @Test("accents are folded in text, terms and grammar entries alike")
    func accents() {
        let found = Self.starts(of: ["médecin*", "sécurité sociale"], in: "Les MEDECINS et les médecins; la securite SOCIALE.")
        #expect(found == [[1, 4], [6]])
        #expect(Self.grammar.data.cues[.expenseOf] == ["a la charge de"])
    }

    @Test("English words with an apostrophe are untouched when the grammar has no elisions")
    func englishApostrophes() {
        #expect(Engine.words("don't l'employeur") == ["don't", "l'employeur"])
    }
}

/// *ne … que* ("only") restricts, it does not deny.
@Suite("Restrictive negation")
struct RestrictiveNegationTests {
    static let grammar: Grammar = {
        var data = GrammarData(language: "fr", name: "French")
        data.elisions = ["s": "se", "l": "le"]
        data.negation.cues = ["ne", "pas", "aucun"]
        data.negation.restrictives = ["ne que"]
        return Grammar(data)
    }()

    @Test(
        "ne … que denies nothing; ne … pas, and ne … pas … que, still deny",
        arguments: [
            ("Le recrutement ne s'effectue que par la voie gouvernementale.", 0),
            ("Le recrutement ne s'effectue pas que par la voie gouvernementale.", 2),
            ("Les frais ne sont pas remboursés.", 2),
            ("L'employeur ne rembourse aucun frais; il rembourse ce que la loi prévoit.", 2),
        ])
    func restrictive(sentence: String, negations: Int) {
        let text = TextAnalyzer(grammar: Self.grammar).analyze(sentence)
        #expect(text.parts.flatMap(\.negations).count == negations)
    }
}
