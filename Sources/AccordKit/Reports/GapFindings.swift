import AccordText

extension Gap {
    /// `findings` in `language`: the same sentences, one per clause behind the gap, framed in the
    /// reader's words ("La clause 7 dit : « … »").
    ///
    /// The engine's reading of a clause (`Evidence.explanation`: "places “the visa” on “the
    /// applicant”") is English text from the matcher and stays English in every report.
    func findings(in language: ReportLanguage) -> [String] {
        findings(FindingSentences.of(language))
    }
}

extension FindingSentences {
    /// The sentences of `language`.
    static func of(_ language: ReportLanguage) -> FindingSentences {
        switch language {
        case .en: english
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
