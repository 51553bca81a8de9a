import AccordKit
import Testing

/// One test per kind of problem in an agreement file: exact message, exact location, nothing else.
@Suite("Agreement loader errors")
struct AgreementLoaderErrorTests {
    /// `minimalAgreement` with one substring replaced; the original must be present.
    private func variant(_ original: String, _ replacement: String) -> String {
        precondition(minimalAgreement.contains(original), "test text not found: \(original)")
        return minimalAgreement.replacingOccurrences(of: original, with: replacement)
    }

    @Test("the minimal agreement is valid")
    func minimalAgreementLoads() throws {
        let agreement = try AgreementLoader().load(SourceFile(path: "test.yaml", text: minimalAgreement))
        #expect(agreement.id == "gbr-ken-test")
        #expect(agreement.parties.map(\.displayName) == ["GBR", "KEN"])
        #expect(agreement.clauses.map(\.id) == ["1"])
        #expect(agreement.clauses[0].wording == .verbatim)
        #expect(agreement.dates.signed?.description == "2021-07-29")
        #expect(agreement.language.code == "en")
        #expect(agreement.clausesPosition == TextPosition(line: 20, column: 1))
    }

    @Test("YAML syntax error")
    func syntaxError() {
        expectDiagnostics(
            """
            version: 1
            agreement:
              id: x
              title: "unterminated
            1️⃣
            """,
            [
                (
                    "1️⃣",
                    "YAML syntax error: found unexpected end of stream (while scanning a quoted scalar that starts at 4:10); hint: a quotation mark opens text that is not closed on its line: close it,"
                        + " or write 'text: >-' and the text on the next lines, indented, where quotation marks need no care"
                )
            ]
        )
    }

    @Test("YAML syntax error: a tab where indentation is expected")
    func tabIndentation() {
        expectDiagnostics(
            "version: 1\nagreement:\n1️⃣\tid: x\n",
            [
                (
                    "1️⃣",
                    "YAML syntax error: found character that cannot start any token (while scanning for the next token that starts at 3:1); hint: YAML does not allow tabs for indentation: indent with spaces"
                )
            ]
        )
    }

    @Test("wrong types")
    func wrongTypes() {
        let yaml = variant("version: 1", "version: 1️⃣one")
            .replacingOccurrences(of: "  title: Test agreement", with: "  title: 2️⃣[a, b]")
            .replacingOccurrences(of: "  signed: 2021-07-29", with: "  signed: 3️⃣{day: 29}\n  professions: 4️⃣nurses")
            .replacingOccurrences(of: "year: 2026", with: "year: 5️⃣twenty")
        expectDiagnostics(
            yaml,
            [
                ("1️⃣", "'version' must be a whole number, found 'one'"),
                ("2️⃣", "'title' must be text, found a sequence"),
                (
                    "3️⃣",
                    "'signed' must be a date (YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known), found a mapping"
                ),
                ("4️⃣", "'professions' must be a sequence (a list of '- ' items), found text"),
                ("5️⃣", "'year' must be a whole number, found 'twenty'"),
            ]
        )
    }

    @Test("a whole number too large to read says so, instead of 'must be a whole number'")
    func hugeNumber() {
        expectDiagnostics(
            variant("year: 2026", "year: 1️⃣99999999999999999999"),
            [("1️⃣", "'year' is a whole number too large to read (20 digits); expected at most 18 digits")])
    }

    @Test("the file is not a mapping")
    func rootNotMapping() {
        expectDiagnostics("1️⃣- version: 1\n", [("1️⃣", "the file must be a mapping of keys to values, found a sequence")])
    }

    @Test("missing required fields")
    func missingFields() {
        expectDiagnostics(
            """
            version: 1
            agreement:
              1️⃣id: x
              scope: bilateral
              parties:
                - 2️⃣role: origin
                - country: GBR
                  role: destination
              sources:
                - 3️⃣id: s
                  title: T
                  year: 2020
                  text: verbatim
            clauses:
              - 4️⃣heading: Recruitment

            """,
            [
                ("1️⃣", "'agreement' is missing the required key 'instrument'"),
                ("1️⃣", "'agreement' is missing the required key 'status'"),
                ("1️⃣", "'agreement' is missing the required key 'title'"),
                (
                    "2️⃣",
                    "party 1 needs 'country' (an ISO 3166-1 alpha-3 code) or 'body' (a regional body with 'name' and 'members')"
                ),
                ("3️⃣", "source 1 is missing the required key 'publisher'"),
                ("4️⃣", "clause 1 of 'clauses' has no 'text'; expected the clause wording, or sub-clauses under 'clauses'"),
                ("4️⃣", "clause 1 of 'clauses' is missing the required key 'id'"),
            ]
        )
    }

    @Test("unknown keys, with and without a suggestion")
    func unknownKeys() {
        let yaml = variant("  parties:", "  1️⃣partys: []\n  2️⃣flavour: mint\n  parties:")
            .replacingOccurrences(of: "    text: No recruitment", with: "    3️⃣txt: x\n    text: No recruitment")
        expectDiagnostics(
            yaml,
            [
                ("1️⃣", "unknown key 'partys' in 'agreement'; did you mean 'parties'?"),
                (
                    "2️⃣",
                    "unknown key 'flavour' in 'agreement'; expected one of: id, title, short-title, scope, instrument, level,"
                        + " status, round, date, signed, recruitment-component, in-force, ends, review, language, professions, parties, sources, supersedes, notes"
                ),
                ("3️⃣", "unknown key 'txt' in clause '1'; did you mean 'text'?"),
            ]
        )
    }

    @Test("misspelt enum values get a suggestion")
    func enumValues() {
        let yaml = variant("scope: bilateral", "scope: 1️⃣Bilateral")
            .replacingOccurrences(of: "status: signed", with: "status: 2️⃣in force")
            .replacingOccurrences(of: "role: origin", with: "role: 3️⃣sender")
            .replacingOccurrences(of: "text: verbatim", with: "text: 4️⃣verbatum")
        expectDiagnostics(
            yaml,
            [
                ("1️⃣", "'Bilateral' is not a valid scope; did you mean 'bilateral'?"),
                ("2️⃣", "'in force' is not a valid status; did you mean 'in-force'?"),
                ("3️⃣", "'sender' is not a valid role; expected one of: origin, destination, both"),
                ("4️⃣", "'verbatum' is not a valid value for 'text'; did you mean 'verbatim'?"),
            ]
        )
    }

    @Test("duplicate keys point at the second one and name the first")
    func duplicateKeys() {
        expectDiagnostics(
            variant("  status: signed\n", "  status: signed\n  1️⃣status: draft\n"),
            [("1️⃣", "duplicate key 'status'; it is already defined at 7:3, and a key may appear only once in a mapping")]
        )
    }

    @Test("duplicate clause ids, sub-clauses included")
    func duplicateClauseIDs() {
        let yaml =
            minimalAgreement + """
                  - id: "2"
                    clauses:
                      - id: 1️⃣"1"
                        text: Sub-clause text.
                  - id: 2️⃣'2'
                    text: Another.

                """
        expectDiagnostics(
            yaml,
            [
                ("1️⃣", "duplicate clause id '1'; it is already used at 21:9, and clause ids must be unique in a file"),
                ("2️⃣", "duplicate clause id '2'; it is already used at 23:9, and clause ids must be unique in a file"),
            ]
        )
    }

    @Test("unknown country codes, with the code the user probably meant")
    func unknownCountryCodes() {
        let yaml = variant("country: GBR", "country: 1️⃣UK")
            .replacingOccurrences(of: "country: KEN", with: "country: 2️⃣ken")
        expectDiagnostics(
            yaml,
            [
                ("1️⃣", "'UK' is not an ISO 3166-1 alpha-3 country code; did you mean 'GBR' (United Kingdom)?"),
                ("2️⃣", "'ken' is not an ISO 3166-1 alpha-3 country code; did you mean 'KEN' (Kenya)?"),
            ]
        )
        expectDiagnostics(
            variant("country: KEN", "country: 1️⃣XKE"),
            [("1️⃣", "'XKE' is not an ISO 3166-1 alpha-3 country code; expected three upper-case letters such as 'KEN' or 'GBR'")]
        )
        expectDiagnostics(
            variant("country: KEN", "country: 1️⃣Kenya"),
            [("1️⃣", "'Kenya' is not an ISO 3166-1 alpha-3 country code; did you mean 'KEN' (Kenya)?")]
        )
    }

    @Test("impossible dates: not a calendar date, and ends before signed")
    func impossibleDates() {
        expectDiagnostics(
            variant("  signed: 2021-07-29\n", "  signed: 2021-07-29\n  ends: 1️⃣2020-12-31\n  review: 2️⃣2021-02-30\n"),
            [
                ("1️⃣", "'ends' (2020-12-31) is before 'signed' (2021-07-29); an agreement cannot end before it is signed"),
                (
                    "2️⃣",
                    "'2021-02-30' is not a valid 'review' date; expected a real calendar date written YYYY-MM-DD (or YYYY-MM, or YYYY)"
                ),
            ]
        )
    }

    @Test("partial dates compare only at the precision both share")
    func partialDates() throws {
        let yaml = variant("  signed: 2021-07-29\n", "  signed: 2021\n  in-force: 2021-03\n  ends: 2026\n")
        let agreement = try AgreementLoader().load(SourceFile(path: "test.yaml", text: yaml))
        #expect(agreement.dates.inForce?.description == "2021-03")
        expectDiagnostics(
            variant("  signed: 2021-07-29\n", "  signed: 2021-07\n  in-force: 1️⃣2021-06-30\n"),
            [
                (
                    "1️⃣",
                    "'in-force' (2021-06-30) is before 'signed' (2021-07); an agreement cannot enter into force before it is signed"
                )
            ]
        )
    }

    @Test("a draft carries no signature date")
    func draftWithSignature() {
        expectDiagnostics(
            variant("  status: signed\n  signed: 2021-07-29\n", "  status: draft\n  signed: 1️⃣2021-07-29\n"),
            [("1️⃣", "a draft has no 'signed' date; set 'status' to 'signed' or 'in-force', or remove the date")]
        )
    }

    @Test("empty clause text")
    func emptyClauseText() {
        expectDiagnostics(
            variant("    text: No recruitment fees shall be charged to health workers.", "    text: 1️⃣\"   \""),
            [("1️⃣", "clause '1' has empty text; expected the clause wording, or sub-clauses under 'clauses'")]
        )
        expectDiagnostics(
            variant("    text: No recruitment fees shall be charged to health workers.", "    text:1️⃣"),
            [("1️⃣", "clause '1' has empty text; expected the clause wording, or sub-clauses under 'clauses'")]
        )
    }

    @Test("a bilateral agreement with no origin, or no destination")
    func bilateralRoles() {
        expectDiagnostics(
            variant("      role: origin", "      role: destination").replacingOccurrences(of: "  parties:", with: "  1️⃣parties:"),
            [("1️⃣", "a bilateral agreement needs a party with role 'origin' or 'both', found roles: destination, destination")]
        )
        expectDiagnostics(
            variant("      role: destination", "      role: origin").replacingOccurrences(of: "  parties:", with: "  1️⃣parties:"),
            [("1️⃣", "a bilateral agreement needs a party with role 'destination' or 'both', found roles: origin, origin")]
        )
    }

    @Test("a bilateral agreement has exactly two parties, each once")
    func bilateralPartyCount() {
        let yaml = variant("  parties:", "  1️⃣parties:")
            .replacingOccurrences(of: "    - country: KEN", with: "    - 3️⃣country: KEN")
            .replacingOccurrences(of: "      role: origin\n", with: "      role: origin\n    - 2️⃣country: KEN\n      role: both\n")
        let first = MarkedText(yaml).position("3️⃣")
        expectDiagnostics(
            yaml,
            [
                ("1️⃣", "a bilateral agreement has exactly two parties, found 3; use 'scope: multilateral' or 'regional' for more"),
                ("2️⃣", "country 'KEN' is already a party at \(first); expected each party once"),
            ]
        )
    }

    @Test("clause sources must exist, and be named when there are several")
    func clauseSources() {
        let twoSources = variant(
            "      text: verbatim\n",
            "      text: verbatim\n    - id: press\n      title: Press report\n      publisher: Daily\n      year: 2021\n      text: mixed\n"
        )
        expectDiagnostics(
            twoSources.replacingOccurrences(of: "  - id: \"1\"", with: "  - 1️⃣id: \"1\""),
            [("1️⃣", "clause '1' must name its source with 'source', because the agreement has 2 sources (test, press)")]
        )
        expectDiagnostics(
            twoSources.replacingOccurrences(of: "  - id: \"1\"", with: "  - 1️⃣id: \"1\"\n    source: press"),
            [
                (
                    "1️⃣",
                    "clause '1' must say with 'wording' whether its text is verbatim or paraphrased, because source 'press' is mixed"
                )
            ]
        )
        expectDiagnostics(
            twoSources.replacingOccurrences(of: "  - id: \"1\"", with: "  - id: \"1\"\n    source: 1️⃣pres"),
            [("1️⃣", "clause '1' names source 'pres', which is not among the agreement's sources; did you mean 'press'?")]
        )
    }

    @Test("an empty sub-clause list is not clause content")
    func emptySubclauses() {
        expectDiagnostics(
            variant("    text: No recruitment fees shall be charged to health workers.", "    clauses: 1️⃣[]"),
            [
                (
                    "1️⃣",
                    "sub-clauses of clause '1' is empty; expected at least one sub-clause, or remove 'clauses' and give the clause 'text'"
                )
            ]
        )
    }

    @Test("non-UTF-8 input is located at the first bad byte")
    func notUTF8() {
        var bytes = Array("version: 1\nagreement:\n  title: Caf".utf8)
        bytes.append(0xE9)  // Latin-1 é
        bytes += Array("\n".utf8)
        let outcome = AgreementLoader().diagnose(SourceFile(path: "latin1.yaml", bytes: bytes))
        #expect(outcome.diagnostics.map(\.location.description) == ["latin1.yaml:3:13"])
        #expect(
            outcome.diagnostics.map(\.message) == [
                "file is not valid UTF-8: byte 0xE9 does not start a valid character; save the file as UTF-8"
            ])
    }

    @Test("a bad byte right after a multibyte character is located at itself")
    func notUTF8AfterMultibyte() {
        var bytes = Array("version: 1\nagreement:\n  title: Café".utf8)
        bytes.append(0xFE)
        bytes += Array(" bar\n".utf8)
        let outcome = AgreementLoader().diagnose(SourceFile(path: "mixed.yaml", bytes: bytes))
        #expect(
            outcome.diagnostics.map(\.description) == [
                "mixed.yaml:3:14: error: file is not valid UTF-8: byte 0xFE does not start a valid character;"
                    + " save the file as UTF-8"
            ])
    }

    @Test("UTF-16 input is named as such")
    func utf16() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("v".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let outcome = AgreementLoader().diagnose(SourceFile(path: "utf16.yaml", bytes: bytes))
        #expect(
            outcome.diagnostics.map(\.message) == [
                "file is encoded in UTF-16; accord reads UTF-8 only, so save the file as UTF-8"
            ])
    }

    @Test("an empty file, and one with only comments")
    func emptyFile() {
        expectDiagnostics("1️⃣", [("1️⃣", "file is empty; expected one YAML document")])
        expectDiagnostics("1️⃣# only a comment\n", [("1️⃣", "file is empty; expected one YAML document")])
    }

    @Test("several YAML documents in one file")
    func severalDocuments() {
        expectDiagnostics(
            minimalAgreement + "1️⃣---\nversion: 1\n",
            [
                (
                    "1️⃣",
                    "a second YAML document starts here; expected exactly one document per file (remove the '---' or split the file)"
                )
            ]
        )
    }

    @Test("a newer format version is refused with the highest supported")
    func newerVersion() {
        expectDiagnostics(
            variant("version: 1", "version: 1️⃣2"),
            [
                (
                    "1️⃣",
                    "format version 2 is newer than this accord reads (highest: 1); update accord, or write the file in version 1"
                )
            ]
        )
    }

    @Test("regional bodies carry members; members are checked codes")
    func regionalBody() throws {
        let yaml = """
            version: 1
            agreement:
              id: asean-test
              title: Regional test
              scope: regional
              instrument: mutual-recognition-arrangement
              status: signed
              parties:
                - body: ASEAN
                  name: Association of Southeast Asian Nations
                  members: [BRN, KHM, 1️⃣IDN, 2️⃣IDN]
                  role: both
              sources:
                - {id: s, title: T, publisher: P, year: 2006, text: paraphrased}
            clauses:
              - id: "1"
                text: Nurses may practise in any member state.

            """
        let first = MarkedText(yaml).position("1️⃣")
        expectDiagnostics(yaml, [("2️⃣", "member 'IDN' is already listed at \(first); expected each member once")])
        let valid = MarkedText(yaml.replacingOccurrences(of: ", 2️⃣IDN", with: "")).text
        let agreement = try AgreementLoader().load(SourceFile(path: "r.yaml", text: valid))
        #expect(agreement.parties[0].countries.map(\.alpha3) == ["BRN", "KHM", "IDN"])
        #expect(agreement.clauses[0].wording == .paraphrased)
    }

    @Test("columns count Unicode scalars, not bytes, as libyaml does")
    func multibyteColumns() {
        let yaml = variant(
            "    - country: KEN\n      role: origin",
            "    - {represented-by: \"Ministère de la Santé — 🇰🇪\", country: 1️⃣KEX, role: origin}"
        )
        expectDiagnostics(
            yaml,
            [("1️⃣", "'KEX' is not an ISO 3166-1 alpha-3 country code; expected three upper-case letters such as 'KEN' or 'GBR'")]
        )
    }
}
