import AccordKit
import ArgumentParser
import Foundation

/// The `--rules` option shared by commands that evaluate.
struct RulePackOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: "A rule-pack folder, or a built-in pack id (default: who-code-2010).")
    var pack: String = BuiltInRulePacks.defaultID

    /// Loads the chosen pack, printing its problems and exiting 1 when it is invalid, 2 when no pack
    /// has that name.
    func load(colored: Bool) throws -> RulePack {
        try Self.load(pack, colored: colored)
    }

    /// The assessor every evaluating command scores through.
    @Option(
        name: .customLong("language"),
        help: "Read every agreement in this language (ISO 639-1), whatever its file says: for a mislabelled file.")
    var language: String?

    @Option(
        name: .customLong("party"),
        help: ArgumentHelp(
            "For a draft document (.docx, .odt, .txt, .md, .pdf): a party and its role, as CODE=origin, CODE=destination or CODE=both (ISO 3166-1 alpha-3); repeat for each party. Replaces the parties read from the title and preamble.",
            valueName: "CODE=ROLE"))
    var parties: [String] = []

    func validate() throws {
        if let language, LanguageCode(language) == nil {
            throw ValidationError("'\(language)' is not an ISO 639-1 language code (such as en, fr, es)")
        }
        _ = try importOptions()
    }

    func assessor(colored: Bool) throws -> Assessor {
        Assessor(
            pack: try load(colored: colored), language: language.flatMap(LanguageCode.init), importOptions: try importOptions())
    }

    /// What draft documents are imported with: the --language and --party options.
    func importOptions() throws -> DraftImporter.Options {
        DraftImporter.Options(language: language.flatMap(LanguageCode.init), parties: try Self.parties(parties))
    }

    /// The parties `CODE=ROLE` options state, or a usage error naming the one that is wrong.
    static func parties(_ options: [String]) throws -> [DraftImporter.Options.Party] {
        try options.map { text -> DraftImporter.Options.Party in
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let role = PartyRole(rawValue: parts[1].lowercased()) else {
                throw ValidationError("--party '\(text)': expected CODE=origin, CODE=destination or CODE=both")
            }
            guard let country = CountryCode(parts[0].uppercased()) else {
                let hint = CountryCode.suggestion(for: parts[0]).map { "; did you mean \($0)?" } ?? ""
                throw ValidationError("--party '\(text)': '\(parts[0])' is not an ISO 3166-1 alpha-3 country code\(hint)")
            }
            return DraftImporter.Options.Party(country: country, role: role)
        }
    }

    /// Loads pack `name` for a command, mapping the library's errors to exit statuses.
    static func load(_ name: String, colored: Bool) throws -> RulePack {
        do {
            return try RulePackResolver.load(name)
        } catch let error as RulePackResolver.UnknownPack {
            throw ValidationError(error.description)
        } catch let error as InvalidInputError {
            CommandOutput.report(error.diagnostics, colored: colored)
            throw ExitStatus.invalidInput.exitCode
        }
    }
}
