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

    func validate() throws {
        if let language, LanguageCode(language) == nil {
            throw ValidationError("'\(language)' is not an ISO 639-1 language code (such as en, fr, es)")
        }
    }

    func assessor(colored: Bool) throws -> Assessor {
        Assessor(pack: try load(colored: colored), language: language.flatMap(LanguageCode.init))
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
