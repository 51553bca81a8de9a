import Testing

@testable import AccordKit

/// Evidence patterns on treaty sentences: terms, prefixes, phrases, windows and polarity.
@Suite("Evidence pattern matching")
struct PatternMatchTests {
    static let vocabulary: [String: [String]] = [
        "fee": ["fee*", "cost*", "charge*", "expense*"],
        "worker": ["worker*", "health personnel", "nurse*", "candidate*", "health professional*"],
    ]

    /// Matches `terms` (with `within` and `polarity`) against `sentence`.
    func match(
        _ terms: [String], within: Int? = nil, polarity: EvidencePattern.PolarityRequirement = .affirmed, _ sentence: String
    )
        -> [PatternMatch]
    {
        var table = TermTable(grammar: Engine.english)
        let ids = terms.map { term -> Int in
            guard case .success(let id) = table.add(term, vocabulary: Self.vocabulary) else { fatalError("bad term \(term)") }
            return id
        }
        let pattern = CompiledPattern(terms: ids, within: within, polarity: polarity)
        let text = table.analyzer.analyze(sentence)
        return pattern.matches(in: text, occurrences: table.occurrences(in: text))
    }

    @Test("no fees charged to workers is a negated match; fees borne by the worker an affirmed one")
    func polarity() {
        let negated = match(
            ["@fee", "@worker"], within: 12, polarity: .any, "No recruitment fees shall be charged to health workers.")
        #expect(negated.map(\.polarity) == [.negated])
        #expect(negated.map(\.modality) == [.binding])
        let affirmed = match(["@fee", "@worker"], within: 12, polarity: .any, "Recruitment costs shall be borne by the worker.")
        #expect(affirmed.map(\.polarity) == [.affirmed])
        let opening = match(
            ["@worker", "data"], polarity: .any,
            "No employer, including any agency acting for one under this Agreement or its annexes, shall sell data on nurses."
        )
        #expect(opening.map(\.polarity) == [.negated])
        // A disclaimer commits no one: it gives no match at all, negated or not.
        let disclaimer = match(
            ["@worker", "data"], polarity: .any,
            "Nothing in this Agreement, including its annexes and any arrangement under it, shall oblige either Party to share data on nurses."
        )
        #expect(disclaimer.isEmpty)
        let doubleNegation = match(
            ["freedom", "@worker", "return*"], polarity: .any,
            "Nothing in this Agreement shall be construed as limiting the freedom of nurses to return home at any time."
        )
        #expect(doubleNegation.map(\.polarity) == [.affirmed])
        let contrast = match(
            ["@fee", "@worker"], polarity: .any, "No deposit is taken, but recruitment costs shall be borne by the worker.")
        #expect(contrast.map(\.polarity) == [.affirmed])
        let passive = match(
            ["@fee", "@worker"], polarity: .any, "Health workers shall not be required to pay any recruitment fee.")
        #expect(passive.map(\.polarity) == [.negated])
    }

    @Test("the reported span covers exactly the matched words")
    func span() {
        let sentence = "The employer shall bear all recruitment costs, and no nurse shall pay them."
        var table = TermTable(grammar: Engine.english)
        guard case .success(let fee) = table.add("@fee", vocabulary: Self.vocabulary),
            case .success(let bear) = table.add("bear*|borne", vocabulary: Self.vocabulary)
        else {
            Issue.record("terms did not compile")
            return
        }
        let pattern = CompiledPattern(terms: [bear, fee], within: 5, polarity: .affirmed)
        let text = table.analyzer.analyze(sentence)
        let matches = pattern.matches(in: text, occurrences: table.occurrences(in: text))
        let range = matches[0].tokenRange
        #expect(
            text.excerpt(from: text.tokens[range.lowerBound].start, to: text.tokens[range.upperBound - 1].end)
                == "bear all recruitment costs")
    }

    @Test("phrases match consecutive words; prefixes match word starts; windows are enforced")
    func termsAndWindows() {
        #expect(match(["free of charge"], "Language training shall be provided free of charge.").count == 1)
        #expect(match(["free of charge"], "Charge is free of tax.").isEmpty)
        #expect(match(["reintegrat*"], "Each Party shall support reintegration.").count == 1)
        #expect(match(["return*", "@worker"], within: 4, "Returning nurses shall be supported.").count == 1)
        #expect(
            match(
                ["return*", "@worker"], within: 4,
                "Return tickets are paid by the employer and the Ministry and then the candidate."
            ).isEmpty)
    }

    @Test("two terms never count the same word")
    func distinctWords() {
        #expect(match(["own cost*", "@fee"], "Each Participant will bear its own costs.").isEmpty)
        #expect(match(["own cost*", "@fee"], "Nurses travel at their own cost and pay the visa fee.").count == 1)
    }

    /// The words of each match of `terms` in `sentence`.
    func matchedWords(_ terms: [String], _ sentence: String) -> [String] {
        var table = TermTable(grammar: Engine.english)
        let ids = terms.map { term -> Int in
            guard case .success(let id) = table.add(term, vocabulary: Self.vocabulary) else { fatalError("bad term \(term)") }
            return id
        }
        let text = table.analyzer.analyze(sentence)
        let pattern = CompiledPattern(terms: ids, within: nil, polarity: .any)
        return pattern.matches(in: text, occurrences: table.occurrences(in: text)).map { match in
            text.excerpt(
                from: text.tokens[match.tokenRange.lowerBound].start, to: text.tokens[match.tokenRange.upperBound - 1].end)
        }
    }

    @Test("each sentence part gets its own smallest span; ties keep the first combination")
    func spansPerPart() {
        #expect(
            matchedWords(
                ["@fee", "@worker"],
                "The fee is paid; a worker and a fee are here; nothing here; the nurse pays the charge, said the worker."
            ) == ["worker and a fee", "nurse pays the charge"])
        #expect(matchedWords(["@fee", "@worker"], "Fee, then worker, then nothing, then fee.") == ["Fee, then worker"])
        #expect(matchedWords(["@fee", "@worker"], "Worker fee worker.") == ["Worker fee"])
        #expect(matchedWords(["@fee"], "Costs and recruitment fees.") == ["Costs"])
    }

    @Test("past 4,096 combinations the sweep still finds the tightest pair")
    func sweepSpan() {
        let sentence =
            String(repeating: "fee x x x ", count: 70) + String(repeating: "worker x x x ", count: 70) + "fee worker."
        #expect(matchedWords(["@fee", "@worker"], sentence) == ["fee worker"])
    }

    @Test("terms must meet in one sentence part")
    func samePart() {
        #expect(
            match(["@fee", "@worker"], "Employers pay recruitment costs; the Parties shall review the list of workers.").isEmpty)
    }

    @Test("matching is linear: a 20,000-word clause with many candidates finishes")
    func hostileText() {
        let sentence = String(repeating: "fee worker ", count: 10_000)
        #expect(match(["@fee", "@worker"], within: 2, polarity: .any, sentence).count == 1)
    }
}
