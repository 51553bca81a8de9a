/// The commented skeleton `accord init` writes: a draft's agreement file with every key a
/// negotiator fills in explained where it stands, so a draft can be typed as YAML without the
/// format documentation open.
public enum AgreementSkeleton {
    /// The skeleton, for `parties` when given (it then validates as written), else with
    /// placeholders to replace; in `language`.
    public static func yaml(parties: [DraftImporter.Options.Party], language: LanguageCode = .english) -> String {
        var lines = [
            "# A draft agreement for accord. Fill in what is marked, then: accord validate FILE; accord score FILE",
            "# Keys are explained in docs/agreement-format.md. Text with a colon in it goes in quotes, or after",
            "# 'text: >-' on the following lines, indented.",
            "version: 1",
            "agreement:",
            "  id: draft-agreement  # lower case, digits and hyphens: e.g. draft-ken-irl-2027",
            "  title: Draft agreement on the recruitment of health personnel  # the title as the draft gives it",
            "  scope: \(parties.count > 2 ? "multilateral" : "bilateral")  # bilateral, regional or multilateral",
            "  instrument: agreement  # agreement, memorandum-of-understanding, treaty, framework-agreement, ...",
            "  level: government-to-government",
            "  status: draft",
            "  round: 1  # the round of negotiation this text comes from",
            "  # date: 2027-01-15  # the date on this version of the text",
            "  language: \(language.code)  # the language of the clause texts: en, fr or es",
            "  professions: [nurses]  # medical-doctors, nurses, midwives, ..., all-health-personnel",
            "  parties:",
        ]
        if parties.isEmpty {
            lines += [
                "    # Replace with ISO 3166-1 alpha-3 codes (KEN, IRL, ...); role: origin sends health workers,",
                "    # destination receives them, both does both.",
                "    - country: ORIGIN-CODE",
                "      role: origin",
                "    - country: DESTINATION-CODE",
                "      role: destination",
            ]
        } else {
            for party in parties {
                lines.append("    - country: \(party.country.alpha3)  # \(party.country.name)")
                lines.append("      role: \(party.role.rawValue)")
            }
        }
        lines += [
            "  # A draft needs no sources; a published instrument lists where its text comes from:",
            "  # sources:",
            "  #   - {id: text, title: Official text, publisher: Ministry of Health, year: 2027, text: verbatim}",
            "clauses:",
            "  - id: Preamble",
            "    text: >-",
            "      Recognising the WHO Global Code of Practice on the International Recruitment of Health",
            "      Personnel, the Parties have agreed as follows:",
            "  - id: \"Article 1\"",
            "    heading: Objective",
            "    text: >-",
            "      Replace with the text of Article 1.",
            "  - id: \"Article 2\"",
            "    heading: Recruitment",
            "    clauses:  # numbered paragraphs and lettered items are sub-clauses, with the ids the draft gives",
            "      - id: \"2.1\"",
            "        text: Replace with the text of paragraph 2.1.",
            "      - id: \"2.2\"",
            "        text: Replace with the text of paragraph 2.2.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
