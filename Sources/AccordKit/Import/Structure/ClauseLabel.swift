/// The number a draft gives a clause.
///
/// Read from the start of a paragraph ("Article 4 –
/// Recruitment", "4.2 The Parties…", "1. …", "(b) …") or from the word processor's automatic
/// number: the structurer turns labels into clause ids and nesting.
struct ClauseLabel: Sendable, Hashable {
    /// What kind of division the label opens, outermost first.
    enum Kind: Sendable, Hashable {
        /// "Article 4", "Paragraph 2", "Section 3", "Artículo 5": a top-level division, written
        /// with its keyword.
        case division(keyword: String, number: String)
        /// "4.2", "4.2.1": a numbered paragraph that carries its article's number.
        case decimal([String])
        /// "1.", "2)": a paragraph numbered within its article.
        case number(Int)
        /// "(a)", "b)", "(iv)", "(3)": an item of a paragraph.
        case item(String)
        /// "Annex", "Annex I", "Schedule 2": matter after the final clauses.
        case annex(String)
    }

    let kind: Kind
    /// What follows the label in the paragraph: a heading, the clause text, or nothing.
    let rest: String

    /// Division keywords in the three languages accord reads, by their lower-case folded form,
    /// with the form an id is written in.
    private static let divisions: [String: String] = [
        "article": "Article", "art": "Art.", "paragraph": "Paragraph", "section": "Section", "clause": "Clause",
        "rule": "Rule", "articulo": "Artículo", "seccion": "Sección", "clausula": "Cláusula", "parrafo": "Párrafo",
        "punto": "Punto", "point": "Point",
    ]
    private static let annexes: [String: String] = [
        "annex": "Annex", "annexe": "Annexe", "anexo": "Anexo", "schedule": "Schedule", "appendix": "Appendix",
        "appendice": "Appendice", "apendice": "Apéndice",
    ]
    /// French and Spanish ordinal words for a first article.
    private static let firstArticle: Set<String> = ["premier", "primero", "unico", "unique"]

    /// The label at the start of `text`, or nil when the paragraph does not start with one.
    init?(reading text: String) {
        let words = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard let first = words.first else { return nil }
        let firstFolded = ClauseLabel.fold(first).trimmingSuffix(".")
        if let keyword = ClauseLabel.divisions[firstFolded], words.count >= 2 {
            guard let (number, separated) = ClauseLabel.divisionNumber(words[1]) else { return nil }
            let rest = words.count > 2 ? String(words[2]) : ""
            let startsWithSeparator = rest.first.map { ".:–—-".contains($0) } ?? false
            guard separated || rest.isEmpty || startsWithSeparator || ClauseLabel.startsHeadingOrText(rest) else { return nil }
            kind = .division(keyword: keyword, number: number)
            self.rest = ClauseLabel.trimSeparator(rest)
            return
        }
        if let keyword = ClauseLabel.annexes[firstFolded] {
            var name = keyword
            var restStart = 1
            if words.count >= 2, let (number, _) = ClauseLabel.divisionNumber(words[1]) {
                name += " " + number
                restStart = 2
            } else if first.hasSuffix(":") == false, words.count >= 2, ClauseLabel.startsHeadingOrText(String(words[1])) == false
            {
                return nil
            }
            kind = .annex(name)
            rest = ClauseLabel.trimSeparator(words.dropFirst(restStart).joined(separator: " "))
            return
        }
        guard let (kind, consumed) = ClauseLabel.numberOrItem(first) else { return nil }
        let rest = String(text.dropFirst(first.count)).drop { $0 == " " }
        if case .number = kind, rest.isEmpty { return nil }
        self.kind = kind
        self.rest = String(rest)
        _ = consumed
    }

    /// A label from a word processor's automatic number ("Article 4", "4.2", "(b)", "1.").
    init?(number: String) {
        // A capital after the number reads as text following a label, as it does in a paragraph.
        guard let label = ClauseLabel(reading: number + " X") else {
            // A bare number ("4") from a list whose level writes no punctuation.
            if let value = Int(number), value >= 0 {
                kind = .number(value)
                rest = ""
                return
            }
            return nil
        }
        kind = label.kind
        rest = ""
    }

    /// Lower case without accents or trailing punctuation: "Artículo" → "articulo".
    static func fold(_ word: Substring) -> String {
        let trimmed = word.trimmingCharacters(in: ":–—-")
        return String(trimmed.lowercased().unicodeScalars.compactMap(ClauseLabel.unaccented).map(Character.init))
    }

    private static func unaccented(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "á", "à", "â", "ä": "a"
        case "é", "è", "ê", "ë": "e"
        case "í", "ì", "î", "ï": "i"
        case "ó", "ò", "ô", "ö": "o"
        case "ú", "ù", "û", "ü": "u"
        case "ñ": "n"
        case "ç": "c"
        default: scalar
        }
    }

    /// The number after a division keyword ("4", "IV", "4:", "12bis", "premier") and whether
    /// punctuation closed it.
    private static func divisionNumber(_ word: Substring) -> (String, Bool)? {
        var number = word
        var separated = false
        while let last = number.last, ".:–—-)".contains(last) {
            number = number.dropLast()
            separated = true
        }
        guard !number.isEmpty else { return nil }
        if firstArticle.contains(fold(number)) { return ("1", separated) }
        let digits = number.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty {
            let suffix = number.dropFirst(digits.count)
            guard
                suffix.isEmpty || ["bis", "ter", "quater"].contains(suffix.lowercased())
                    || (suffix.count == 1 && suffix.allSatisfy(\.isLetter))
            else { return nil }
            return (String(number), separated)
        }
        if number.allSatisfy({ "IVXLC".contains($0) }) { return (String(number), separated) }
        if number.count == 1, let letter = number.first, letter.isUppercase { return (String(number), separated) }
        return nil
    }

    /// "4.2", "1.", "2)", "(a)", "b)", "(iv)" at the start of a paragraph.
    private static func numberOrItem(_ word: Substring) -> (Kind, Int)? {
        if word.first == "(", word.last == ")", word.count >= 3, word.count <= 7 {
            let inner = word.dropFirst().dropLast()
            if isItemText(inner) { return (.item(String(inner)), word.count) }
            return nil
        }
        if word.last == ")", word.count >= 2, word.count <= 5 {
            let inner = word.dropLast()
            if inner.allSatisfy({ $0.isASCII && $0.isLetter }) && isItemText(inner) { return (.item(String(inner)), word.count) }
            if let value = Int(inner), value >= 0, value < 1000 { return (.number(value), word.count) }
            return nil
        }
        var body = word
        let closed = body.last == "."
        if closed { body = body.dropLast() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return nil
        }
        if parts.count == 1 {
            guard closed, let value = Int(parts[0]) else { return nil }
            return (.number(value), word.count)
        }
        guard parts.count <= 4 else { return nil }
        return (.decimal(parts.map(String.init)), word.count)
    }

    /// An item's text: a letter or two ("a", "aa"), a roman numeral, or a number.
    private static func isItemText(_ text: Substring) -> Bool {
        if text.allSatisfy({ $0.isASCII && $0.isNumber }) { return text.count <= 3 }
        guard text.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        if text.count <= 2 { return text.count == 1 || Set(text).count == 1 || isRoman(text) }
        return isRoman(text)
    }

    /// Whether `text` is a lower- or upper-case roman numeral.
    static func isRoman(_ text: Substring) -> Bool {
        !text.isEmpty && (text.allSatisfy { "ivxlc".contains($0) } || text.allSatisfy { "IVXLC".contains($0) })
    }

    /// Whether `text` starts like a heading or a clause (a capital letter, or a quotation mark).
    private static func startsHeadingOrText(_ text: String) -> Bool {
        guard let first = text.first else { return true }
        return first.isUppercase || "\"“«(".contains(first)
    }

    /// "– Recruitment" → "Recruitment".
    private static func trimSeparator(_ text: String) -> String {
        String(text.drop { " .:–—-".contains($0) })
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in characters: String) -> Substring {
        var result = self
        while let first = result.first, characters.contains(first) { result = result.dropFirst() }
        while let last = result.last, characters.contains(last) { result = result.dropLast() }
        return result
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
