/// The messages of the agreement loader and its checks, each saying what is wrong and what was expected.
enum AgreementMessages {
    static func unsupportedVersion(_ version: Int) -> String {
        if version > AgreementFormat.currentVersion {
            return "format version \(version) is newer than this accord reads (highest: \(AgreementFormat.currentVersion));"
                + " update accord, or write the file in version \(AgreementFormat.currentVersion)"
        }
        return "format version \(version) does not exist; expected 'version: \(AgreementFormat.currentVersion)'"
    }

    static let supersedesItself = "an agreement cannot supersede itself; expected the id of an earlier agreement"

    static func unknownLanguage(_ text: String) -> String {
        let lower = text.lowercased()
        if LanguageCode(lower) != nil { return "'\(text)' is not an ISO 639-1 language code; did you mean '\(lower)'?" }
        if let match = ISO639.languages.first(where: { $0.value.lowercased() == lower }) {
            return "'\(text)' is not an ISO 639-1 language code; did you mean '\(match.key)'?"
        }
        return "'\(text)' is not an ISO 639-1 language code; expected two lower-case letters such as 'en', 'fr' or 'es'"
    }

    static func repeatedProfession(_ profession: String) -> String {
        "profession '\(profession)' is listed twice; expected each profession once"
    }

    static func countryAndBody(_ party: String) -> String {
        "\(party) has both 'country' and 'body'; expected one of them"
    }

    static func bodyKeyOnCountry(_ key: String, _ party: String) -> String {
        "'\(key)' belongs to a regional body, but \(party) is a country; remove it or use 'body' instead of 'country'"
    }

    static func noIdentity(_ party: String) -> String {
        "\(party) needs 'country' (an ISO 3166-1 alpha-3 code) or 'body' (a regional body with 'name' and 'members')"
    }

    static let noMembers = "'members' is empty; expected the alpha-3 codes of the member states the instrument covers"

    static func repeatedMember(_ code: String, first: TextPosition) -> String {
        "member '\(code)' is already listed at \(first); expected each member once"
    }

    static func unknownCountry(_ text: String, suggestion: String?) -> String {
        let base = "'\(text)' is not an ISO 3166-1 alpha-3 country code"
        if let suggestion, let code = CountryCode(suggestion) {
            return base + "; did you mean '\(suggestion)' (\(code.name))?"
        }
        return base + "; expected three upper-case letters such as 'KEN' or 'GBR'"
    }

    static let noSources = "'sources' is empty; expected at least one source for the clause texts"

    static func duplicateSource(_ id: String, first: TextPosition) -> String {
        "duplicate source id '\(id)'; it is already used at \(first), and source ids must be unique"
    }

    static func badYear(_ year: Int) -> String {
        "'year' must be a four-digit year, found \(year)"
    }

    static func badURL(_ url: String) -> String {
        "'\(url)' is not a web address; expected a URL starting with https:// or http://, without spaces"
    }

    static let noClauses = "'clauses' is empty; expected at least one clause"

    static func noSubclauses(_ what: String) -> String {
        "\(what) is empty; expected at least one sub-clause, or remove 'clauses' and give the clause 'text'"
    }

    static func tooManyClauses(limit: Int) -> String {
        "agreement has more than \(limit.groupedDigits) clauses (sub-clauses included), over the clause limit"
    }

    static func tooMuchClauseText(limit: Int) -> String {
        let mebibytes = limit % (1024 * 1024) == 0 ? " (\(limit / (1024 * 1024)) MiB)" : ""
        return "the clauses hold more than \(limit.groupedDigits) bytes of text\(mebibytes), over the clause-text limit"
            + " (aliases count at their expanded size); real agreements hold under 100 KB"
    }

    static func clauseWithoutText(_ clause: String) -> String {
        "\(clause) has no 'text'; expected the clause wording, or sub-clauses under 'clauses'"
    }

    static func emptyClauseText(_ clause: String) -> String {
        "\(clause) has empty text; expected the clause wording, or sub-clauses under 'clauses'"
    }

    static func duplicateClauseID(_ id: String, first: TextPosition) -> String {
        "duplicate clause id '\(id)'; it is already used at \(first), and clause ids must be unique in a file"
    }

    static func clauseNeedsSource(_ clause: String, sources: [String]) -> String {
        "\(clause) must name its source with 'source', because the agreement has \(sources.count) sources"
            + " (\(sources.joined(separator: ", ")))"
    }

    static func unknownSource(_ id: String, what: String, suggestion: String?, sources: [String]) -> String {
        if sources.isEmpty {
            return "\(what) names source '\(id)', but the agreement lists no sources; add it under 'sources' or remove 'source'"
        }
        let base = "\(what) names source '\(id)', which is not among the agreement's sources"
        if let suggestion { return base + "; did you mean '\(suggestion)'?" }
        return base + " (\(sources.joined(separator: ", ")))"
    }

    static func clauseNeedsWording(_ clause: String, source: String) -> String {
        "\(clause) must say with 'wording' whether its text is verbatim or paraphrased, because source '\(source)' is mixed"
    }

    static func datesOutOfOrder(
        _ later: String, _ laterDate: PartialDate, _ earlier: String, _ earlierDate: PartialDate, reason: String
    ) -> String {
        "'\(later)' (\(laterDate)) is before '\(earlier)' (\(earlierDate)); \(reason)"
    }

    static let missingSources =
        "missing required key 'sources' in 'agreement': list where the clause texts come from (only a draft, 'status: draft', may leave it out)"

    static func roundOutOfRange(_ round: Int) -> String {
        "'round' is \(round); expected the draft's round of negotiation, a whole number from 1"
    }

    static func draftOnly(_ key: String) -> String {
        "'\(key)' describes a draft; set 'status: draft', or use 'signed' for the date of a signed instrument"
    }

    static func draftWithDate(_ key: String) -> String {
        "a draft has no '\(key)' date; set 'status' to 'signed' or 'in-force', or remove the date"
    }

    static func repeatedParty(_ code: String, first: TextPosition) -> String {
        "country '\(code)' is already a party at \(first); expected each party once"
    }

    static func bilateralPartyCount(_ count: Int) -> String {
        "a bilateral agreement has exactly two parties, found \(count); use 'scope: multilateral' or 'regional' for more"
    }

    static func missingRole(_ role: String, found: String) -> String {
        "a bilateral agreement needs a party with role '\(role)' or 'both', found roles: \(found)"
    }

    static func tooFewParties(scope: String, minimum: Int, found: Int) -> String {
        "a \(scope) agreement has at least \(minimum) part\(minimum == 1 ? "y" : "ies"), found \(found)"
    }
}
