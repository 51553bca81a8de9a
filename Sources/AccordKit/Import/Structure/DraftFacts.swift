import AccordText

/// What an import reads from a draft besides its clauses.
///
/// Language, parties and their roles, instrument, signatory level, professions, round and date.
/// Each guess it cannot support from
/// the text is named in `guesses`, for the negotiator to check.
struct DraftFacts {
    /// A party found in the title or preamble.
    struct FoundParty: Hashable {
        var country: CountryCode
        var role: PartyRole
    }

    var language: LanguageCode
    var parties: [FoundParty] = []
    var instrument: InstrumentType = .agreement
    var level: SignatoryLevel?
    var professions: [Profession] = []
    var round: Int?
    var date: PartialDate?
    /// What the import guessed, in words: "the roles of the parties", ...
    var guesses: [String] = []
    /// Why the parties could not be found, when they could not.
    var missingParties: String?

    /// Reads the facts of `outline`, in `language` when given, else in the language its words are.
    init(outline: DraftOutline, language given: LanguageCode?, parties stated: [FoundParty]) {
        let everything = ([outline.title ?? ""] + outline.recitals + outline.clauses.flatMap(Self.texts)).joined(separator: " ")
        language = given ?? Self.guessLanguage(of: everything)
        // Every language a draft can be read in has a grammar; English reads names in any other.
        guard let grammar = BuiltInGrammars.grammar(for: language.code) ?? BuiltInGrammars.grammar(for: "en") else {
            missingParties = "accord has no grammar to read names with"
            return
        }
        let front = DraftWords(([outline.title ?? ""] + outline.recitals).joined(separator: " "), grammar: grammar)
        let all = DraftWords(everything, grammar: grammar)

        instrument = Self.instrument(outline.title ?? "")
        let lowerFront = ([outline.title ?? ""] + outline.recitals).joined(separator: " ").lowercased()
        if ["government", "gouvernement", "gobierno", "ministry", "ministère", "ministerio"].contains(where: lowerFront.contains)
        {
            level = .governmentToGovernment
        }
        professions = Self.professions(in: all)
        for line in outline.header + [outline.title ?? ""] {
            if round == nil { round = Self.round(in: line) }
            if date == nil { date = DraftDates.date(in: line) }
        }

        if !stated.isEmpty {
            parties = stated
            return
        }
        let countries = Self.countries(in: front, grammar: grammar)
        guard countries.count >= 2 else {
            missingParties =
                countries.isEmpty
                ? "no country is named in the title or preamble"
                : "only \(countries[0].alpha3) (\(countries[0].name)) is named in the title or preamble"
            return
        }
        parties = roles(of: countries, in: all, grammar: grammar)
    }

    /// The texts of a clause and its sub-clauses.
    private static func texts(_ clause: DraftOutline.Clause) -> [String] {
        [clause.heading ?? "", clause.text] + clause.clauses.flatMap(texts)
    }

    /// The language most of `text`'s common words belong to: English, French or Spanish.
    static func guessLanguage(of text: String) -> LanguageCode {
        let markers: [(String, Set<String>)] = [
            ("en", ["the", "and", "of", "shall", "to", "which", "with", "this", "parties"]),
            ("fr", ["le", "la", "les", "des", "et", "du", "aux", "est", "parties", "une"]),
            ("es", ["el", "los", "las", "del", "y", "que", "partes", "por", "una", "con"]),
        ]
        var counts: [String: Int] = [:]
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            for (code, words) in markers where words.contains(String(word)) { counts[code, default: 0] += 1 }
        }
        let best = markers.map(\.0).max { (counts[$0] ?? 0, $1) < (counts[$1] ?? 0, $0) } ?? "en"
        return LanguageCode(best) ?? .english
    }

    /// The countries named, in order of first mention, by their names and demonyms.
    private static func countries(in words: DraftWords, grammar: Grammar) -> [CountryCode] {
        var first: [(position: Int, code: CountryCode)] = []
        for (alpha3, names) in grammar.data.countries {
            guard let code = CountryCode(alpha3) else { continue }
            let positions = names.flatMap { words.occurrences(of: DraftWords.pattern($0, grammar: grammar)) }
            if let position = positions.min() { first.append((position, code)) }
        }
        return first.sorted { ($0.position, $0.code.alpha3) < ($1.position, $1.code.alpha3) }.map(\.code)
    }

    /// Origin and destination, read from how the text speaks of each country.
    ///
    /// Workers "from" it or its nationals (origin); employment "in" it or migration "to" it (destination). When the
    /// text does not say, the first named is taken as origin, and the guess is recorded.
    private mutating func roles(of countries: [CountryCode], in words: DraftWords, grammar: Grammar) -> [FoundParty] {
        let originCues = Set(["from", "de", "desde", "of"].map(grammar.normalize))
        let destinationCues = Set(["in", "to", "en", "a", "au", "vers", "into"].map(grammar.normalize))
        let workerWords = [
            "nurse", "worker", "personnel", "professional", "midwi", "doctor", "infirmi", "enfermer", "trabajador", "travailleu",
            "medic", "medecin", "recruit", "recrut", "reclut", "contrat",
        ]
        let employmentWords = [
            "employ", "work", "emploi", "empleo", "travail", "trabaj", "post", "hospital", "hopita", "deploy", "placement",
            "migrat", "admission", "admitted",
        ]
        var scores: [CountryCode: (origin: Int, destination: Int)] = [:]
        for code in countries {
            let names = grammar.data.countries[code.alpha3] ?? []
            for name in names {
                let pattern = DraftWords.pattern(name, grammar: grammar)
                let isDemonym = name.hasSuffix("*") || name.first?.isLowercase == true
                for position in words.occurrences(of: pattern) {
                    let before = position > 0 ? words.words[position - 1] : ""
                    let window = words.words[max(0, position - 6)..<position]
                    let after = words.words[(position + pattern.count)..<min(words.words.count, position + pattern.count + 3)]
                    if isDemonym, after.contains(where: { word in workerWords.contains { word.hasPrefix($0) } }) {
                        scores[code, default: (0, 0)].origin += 1
                    } else if originCues.contains(before),
                        window.contains(where: { word in workerWords.contains { word.hasPrefix($0) } })
                    {
                        scores[code, default: (0, 0)].origin += 1
                    } else if destinationCues.contains(before),
                        window.contains(where: { word in employmentWords.contains { word.hasPrefix($0) } })
                    {
                        scores[code, default: (0, 0)].destination += 1
                    }
                }
            }
        }
        let leaning = countries.map { code -> Int in
            let score = scores[code] ?? (0, 0)
            return score.origin - score.destination
        }
        if countries.count == 2, leaning[0] != leaning[1] {
            let origin = leaning[0] > leaning[1] ? 0 : 1
            return countries.indices.map { FoundParty(country: countries[$0], role: $0 == origin ? .origin : .destination) }
        }
        if countries.count > 2 {
            guesses.append("the roles of the parties (all read as both origin and destination)")
            return countries.map { FoundParty(country: $0, role: .both) }
        }
        guesses.append(
            "the roles of the parties (the text does not say who sends and who receives; the first named is taken as origin)")
        return countries.indices.map { FoundParty(country: countries[$0], role: $0 == 0 ? .origin : .destination) }
    }

    /// The instrument a title names.
    private static func instrument(_ title: String) -> InstrumentType {
        let lower = title.lowercased()
        let kinds: [(String, InstrumentType)] = [
            ("memorandum", .memorandumOfUnderstanding), ("memorando", .memorandumOfUnderstanding),
            ("mémorandum", .memorandumOfUnderstanding),
            ("exchange of notes", .exchangeOfNotes), ("framework agreement", .frameworkAgreement),
            ("accord-cadre", .frameworkAgreement),
            ("acuerdo marco", .frameworkAgreement), ("mutual recognition", .mutualRecognitionArrangement),
            ("economic partnership", .economicPartnershipAgreement), ("treaty", .treaty), ("traité", .treaty),
            ("tratado", .treaty),
            ("programme", .programme), ("program", .programme),
        ]
        return kinds.first { lower.contains($0.0) }?.1 ?? .agreement
    }

    /// The professions the text names.
    private static func professions(in words: DraftWords) -> [Profession] {
        let cues: [(Profession, [String])] = [
            (.medicalDoctors, ["doctor", "physician", "medecin", "medico"]),
            (.nurses, ["nurse", "nursing", "infirmi", "enfermer"]),
            (.midwives, ["midwi", "sage femme", "sages femmes", "matron", "partera"]),
            (.dentists, ["dentist"]), (.pharmacists, ["pharmacist", "pharmacien", "farmaceut"]),
            (.careWorkers, ["care worker", "caregiver", "careworker"]),
        ]
        return cues.filter { _, prefixes in
            prefixes.contains { prefix in
                let parts = prefix.split(separator: " ").map(String.init)
                return words.occurrences(of: parts.enumerated().map { ($0.element, $0.offset == parts.count - 1) }).isEmpty
                    == false
            }
        }.map(\.0)
    }

    /// The round a line gives: "Round 3", "Draft 2", "Version 4", "Rev 2", "Ronda 2", "Projet nº 3".
    private static func round(in line: String) -> Int? {
        let words = line.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        for (index, word) in words.enumerated()
        where ["round", "ronda", "tour", "rev", "revision", "version", "draft", "projet", "borrador"].contains(String(word)) {
            for next in words.dropFirst(index + 1).prefix(2) {
                if let value = Int(next), value >= 1, value < 1000 { return value }
            }
        }
        return nil
    }
}
