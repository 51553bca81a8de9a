import AccordText
import Testing

@testable import AccordKit

/// Modality, sentence parts and negation on treaty language as negotiators write it.
@Suite("Text analysis")
struct TextAnalyzerTests {
    @Test(
        "modality of a sentence",
        arguments: [
            ("No recruitment fees shall be charged to health workers.", Modality.binding),
            ("The Participants will exchange information on recruitment.", .binding),
            ("Each Party undertakes to facilitate the return of health workers.", .binding),
            ("The Parties agree to establish a Joint Committee.", .binding),
            ("Health workers are entitled to the same remuneration as nationals.", .binding),
            ("Employers must provide a written contract.", .binding),
            ("The Parties shall endeavour to support circular migration.", .hortatory),
            ("The Parties should endeavor to support circular migration.", .hortatory),
            ("The UK will look for ways to support improved nurse training.", .hortatory),
            ("The Parties shall, where appropriate, exchange data.", .hortatory),
            ("The Parties may consider establishing a fund.", .hortatory),
            ("The Parties are encouraged to share information.", .hortatory),
            ("The Parties will explore ways of supporting returning nurses.", .hortatory),
            // An opening "Should" states a condition; the rest of the sentence binds.
            ("Should the Nurse resign within two years, she shall repay the cost of her flight.", .binding),
            ("Health workers may change employer after one year.", .permissive),
            ("Recruitment may be undertaken by private agencies.", .permissive),
            ("Health personnel may not be employed on less favourable terms than nationals.", .binding),
            // A permission denied to all, or to all but a few, binds.
            ("No person may recruit health workers without a licence.", .binding),
            ("Neither the employer nor the agency may charge the nurse any fee.", .binding),
            ("Only licensed agencies may recruit nurses.", .binding),
            ("Recognising the voluntary principles of the WHO Global Code,", .mention),
            ("Bearing in mind that Kenya has expended resources in training,", .mention),
            ("This Agreement covers nurses and midwives.", .mention),
        ]
    )
    func modality(sentence: String, expected: Modality) {
        let analysis = Engine.analyze(sentence)
        #expect(analysis.parts.map(\.modality) == [expected])
    }

    @Test("a preamble is a mention whatever its verbs")
    func recital() {
        let analysis = Engine.analyze("The Parties shall cooperate.", isRecital: true)
        #expect(analysis.parts.map(\.modality) == [.mention])
    }

    @Test("parts split at full stops, semicolons and enumerations, not at numbering or abbreviations")
    func parts() {
        let text = """
            Under Art. 4.2 of the Code, e.g. in Kenya, the Parties shall: (a) exchange data; (b) review the Agreement. \
            Workers may return. Nothing in para. 3(1) obliges a Party.
            """
        let analysis = Engine.analyze(text)
        let words = analysis.parts.map { $0.tokenRange.map { Engine.analyzer.word(at: $0, in: analysis) }.joined(separator: " ") }
        #expect(
            words == [
                "under art 4.2 of the code e.g in kenya the parties shall",
                "exchange data",
                "review the agreement",
                "workers may return",
                "nothing in para 3 1 obliges a party",
            ]
        )
        #expect(analysis.parts.map(\.modality) == [.binding, .binding, .binding, .permissive, .mention])
    }

    @Test("an item marker closed by its parenthesis alone numbers an item; a word before a parenthesis does not")
    func closingParenthesisItems() {
        let analysis = Engine.analyze(
            "The objectives of this Memorandum are: a) to promote ethical recruitment; ii) to share data (as agreed).")
        let words = analysis.parts.map { $0.tokenRange.map { Engine.analyzer.word(at: $0, in: analysis) }.joined(separator: " ") }
        #expect(words == ["the objectives of this memorandum are", "to promote ethical recruitment", "to share data as agreed"])
    }

    @Test("a rule with no modal verb joined to an exhortation or a permission keeps its own strength")
    func unmarkedRuleThenExhortation() {
        let analysis = Engine.analyze(
            "The receiving Party covers the travel costs of the nurses and should endeavour to support their reintegration.")
        #expect(analysis.segments.map(\.modality) == [.binding, .hortatory])
        // A short subject joined by "and" is not a clause of its own.
        #expect(Engine.analyze("Nurses and midwives may change employer.").segments.map(\.modality) == [.permissive])
    }

    @Test("a quoted term before a colon heads a definition, and the part after it defines it")
    func quotedTermDefinition() {
        let analysis = Engine.analyze(
            "\"Circular migration\": the temporary or repeated movement of health workers between the Parties.")
        #expect(analysis.parts.map(\.commitment) == [.definition, .definition])
        #expect(Engine.analyze("The Parties shall: exchange data.").parts.map(\.commitment) == [.operative, .operative])
    }

    @Test("items of a list of aims state aims, whatever their verbs; a lead-in that commits passes its strength on")
    func listOfAims() {
        let aims = Engine.analyze(
            "The objectives of this Memorandum are: (a) to promote ethical recruitment; (b) to ensure that nurses incur no costs."
        )
        #expect(aims.parts.map(\.modality) == [.mention, .mention, .mention])
        let rules = Engine.analyze(
            "For the purposes of this Agreement, the receiving Party shall: (a) bear all costs; (b) ensure equal pay.")
        #expect(rules.parts.map(\.modality) == [.binding, .binding, .binding])
    }

    @Test("sub-clause items inherit their parent's lead-in")
    func leadIn() {
        let analysis = Engine.analyze("exchange information on the number of nurses recruited;", leadIn: .binding)
        #expect(analysis.parts.map(\.modality) == [.binding])
    }

    @Test("capitals, possessives, numbering, apostrophes and accents give the same words on every path")
    func wordForms() {
        // ASCII words take the analyser's fast path; the typographic apostrophe, the accent and
        // the British suffixes take the slow one. Both must give these forms.
        let words = Engine.words(
            "The ORGANISATION'S Nurse's programme (e.g. Art. 4.2) don't Recognise the nurse’s café’s CENTRE")
        #expect(
            words == [
                "the", "organization", "nurse", "program", "e.g", "art", "4.2", "don't", "recognize", "the", "nurse", "cafe",
                "center",
            ])
    }

    @Test("a term matches whatever the case or path of the clause word")
    func caseBlindMatching() {
        var table = TermTable(grammar: Engine.english)
        guard case .success(let nurse) = table.add("nurse*", vocabulary: [:]),
            case .success(let organisation) = table.add("organisation", vocabulary: [:])
        else {
            Issue.record("terms did not compile")
            return
        }
        let text = table.analyzer.analyze("NURSES’ pay; the Organization's nurses; ORGANISATIONS are not it.")
        let occurrences = table.occurrences(in: text)
        #expect(occurrences.ranges(of: nurse).map(\.lowerBound) == [0, 4])
        #expect(occurrences.ranges(of: organisation).map(\.lowerBound) == [3])
    }

    @Test("each token knows which whitespace-separated word it starts in, for its file line")
    func textWords() {
        let text = Engine.analyze(
            "(a) Health  workers—nurses, “midwives”\u{00A0}and e.g. doctors' fees;\n\tÉtat’s  (b) (c)x.")
        let words = Engine.analyzer.words(of: text)
        #expect(words == ["health", "workers", "nurses", "midwives", "and", "e.g", "doctors", "fees", "etat", "x"])
        #expect(text.tokens.map(\.textWord) == [1, 2, 2, 3, 4, 5, 6, 7, 8, 10])
    }

    @Test("British and American spellings fold to one form")
    func spelling() {
        let words = Engine.words("Labour programmes recognise the organisation's endeavours; otherwise analysed.")
        #expect(words == ["labor", "programs", "recognize", "the", "organization", "endeavors", "otherwise", "analyzed"])
    }

    @Test("every British suffix folds, in either case: the fast path's screen lets none through")
    func everySuffixFolds() {
        for suffix in Engine.english.data.spelling.suffixes {
            let (british, american) = (suffix.from, suffix.to)
            var table = TermTable(grammar: Engine.english)
            guard case .success(let term) = table.add("real\(american)", vocabulary: [:]) else {
                Issue.record("term real\(american) did not compile")
                continue
            }
            let text = table.analyzer.analyze("real\(british) REAL\(british.uppercased()) Real\(british)'s")
            #expect(table.occurrences(in: text).ranges(of: term).map(\.lowerBound) == [0, 1, 2], "suffix \(british)")
        }
    }
}
