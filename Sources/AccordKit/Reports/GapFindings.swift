import AccordText

extension Gap {
    /// `findings` in `language`: the same sentences, one per clause behind the gap, framed in the
    /// reader's words ("La clause 7 dit : « … »").
    ///
    /// English is the engine's own `findings`, untouched, so English reports keep their bytes. The
    /// engine's reading of a clause (`Evidence.explanation`: "places “the visa” on “the
    /// applicant”") is English text from the matcher and stays English in every report.
    func findings(in language: ReportLanguage) -> [String] {
        guard let sentences = FindingSentences.of(language) else { return findings }
        // Grouped as `findings` groups them: clauses in evidence order, a clause's readings when
        // the engine read a role in it, its first quote otherwise.
        var clauses: [String] = []
        var byClause: [String: [Evidence]] = [:]
        for item in evidence {
            if byClause[item.clause] == nil { clauses.append(item.clause) }
            byClause[item.clause, default: []].append(item)
        }
        var result: [String] = []
        for clause in clauses {
            let items = byClause[clause] ?? []
            let explained = items.compactMap(\.explanation)
            if !explained.isEmpty {
                for explanation in explained {
                    let sentence = sentences.reads(clause, explanation)
                    if !result.contains(sentence) { result.append(sentence) }
                }
            } else if let item = items.first {
                if item.asserted {
                    result.append(sentences.encoderNotes(clause, item.text))
                } else if kind != .weak {
                    result.append(sentences.says(clause, item.text))
                } else if item.modality == .mention {
                    result.append(sentences.onlyMentions(clause, item.text))
                } else {
                    result.append(sentences.saysOnlyAs(clause, item.modality, item.text))
                }
            }
        }
        return result
    }
}

/// The sentences of a gap's findings in one language other than English; each takes the clause id
/// and the quoted words, which renderers escape with the rest of the sentence.
struct FindingSentences: Sendable {
    /// Clause `clause` does what the engine read (English): `explanation`.
    let reads: @Sendable (_ clause: String, _ explanation: String) -> String
    /// The encoder's note about clause `clause`.
    let encoderNotes: @Sendable (_ clause: String, _ text: String) -> String
    /// Clause `clause` says the words (a contrary gap).
    let says: @Sendable (_ clause: String, _ text: String) -> String
    /// Clause `clause` only mentions what the criterion asks (a weak gap).
    let onlyMentions: @Sendable (_ clause: String, _ text: String) -> String
    /// Clause `clause` says it with a weaker modality than required (a weak gap).
    let saysOnlyAs: @Sendable (_ clause: String, _ modality: Modality, _ text: String) -> String

    /// The sentences of `language`; nil for English, whose sentences are the engine's own.
    static func of(_ language: ReportLanguage) -> FindingSentences? {
        switch language {
        case .en: nil
        case .fr: french
        case .es: spanish
        }
    }

    // French puts a no-break space before a colon and inside guillemets.
    static let french = FindingSentences(
        reads: { "Clause \($0)\u{A0}: \($1)" },
        encoderNotes: { "Clause \($0)\u{A0}: l’encodeur note «\u{A0}\($1)\u{A0}»" },
        says: { "La clause \($0) dit\u{A0}: «\u{A0}\($1)\u{A0}»" },
        onlyMentions: { "La clause \($0) ne fait que le mentionner\u{A0}: «\u{A0}\($1)\u{A0}»" },
        saysOnlyAs: { clause, modality, text in
            let terms =
                switch modality {
                case .binding: "contraignants"
                case .hortatory: "incitatifs"
                case .permissive: "permissifs"
                case .mention: "de simple mention"
                }
            return "La clause \(clause) ne le dit qu’en termes \(terms)\u{A0}: «\u{A0}\(text)\u{A0}»"
        })

    static let spanish = FindingSentences(
        reads: { "Cláusula \($0): \($1)" },
        encoderNotes: { "Cláusula \($0): el codificador señala «\($1)»" },
        says: { "La cláusula \($0) dice: «\($1)»" },
        onlyMentions: { "La cláusula \($0) solo lo menciona: «\($1)»" },
        saysOnlyAs: { clause, modality, text in
            let terms =
                switch modality {
                case .binding: "vinculantes"
                case .hortatory: "exhortativos"
                case .permissive: "permisivos"
                case .mention: "de mera mención"
                }
            return "La cláusula \(clause) solo lo dice en términos \(terms): «\(text)»"
        })
}
