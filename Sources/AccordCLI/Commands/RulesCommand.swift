import AccordKit
import ArgumentParser
import Foundation

/// `accord rules`: commands for rule-pack authors.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Work with rule packs.",
        subcommands: [RulesTestCommand.self]
    )
}

/// `accord rules test [PACK...]`: runs every example of each pack and fails on any that misbehaves.
struct RulesTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run every example of the rule packs; fail on any that does not behave as declared.",
        discussion: "Exit status: 0 all examples pass, 1 a pack is invalid or an example fails, 2 usage error."
    )

    @Argument(help: "Rule-pack folders or built-in pack ids (default: every built-in pack).")
    var packs: [String] = []

    @OptionGroup var color: ColorOptions

    func run() throws {
        let colored = color.colorsStandardError
        var failed = false
        for name in packs.isEmpty ? BuiltInRulePacks.ids : packs {
            let pack: RulePack
            do {
                pack = try RulePackOptions.load(name, colored: colored)
            } catch let error as ExitCode where error == ExitStatus.invalidInput.exitCode {
                failed = true
                continue
            }
            // The pack's language files, read now: a broken one is reported as the pack's problem.
            let problems = pack.translations.problems()
            if !problems.isEmpty {
                CommandOutput.report(problems, colored: colored)
                failed = true
                continue
            }
            // Every language the pack reads runs its own examples, with that language's grammar.
            let assessor = Assessor(pack: pack)
            for language in pack.languages {
                guard let compiled = assessor.compiled(for: language) else {
                    FileHandle.standardErrorWrite(
                        TerminalText.inert(pack.id) + ": error: accord has no grammar for '\(TerminalText.inert(language))'\n")
                    failed = true
                    continue
                }
                let outcomes = RuleExampleRunner(compiled: compiled).run()
                for outcome in outcomes where !outcome.passed {
                    FileHandle.standardErrorWrite(Self.describe(outcome).formatted(colored: colored) + "\n")
                }
                let failures = outcomes.filter { !$0.passed }.count
                failed = failed || failures > 0
                let name = pack.languages.count > 1 ? " [\(TerminalText.inert(language))]" : ""
                FileHandle.standardOutputWrite(
                    "\(TerminalText.inert(pack.id)) \(TerminalText.inert(pack.packVersion))\(name): \(outcomes.count) examples, \(outcomes.count - failures) passed, \(failures) failed\n"
                )
            }
        }
        if failed { throw ExitStatus.invalidInput.exitCode }
    }

    /// A failing example as a located diagnostic, with the evidence the engine found.
    static func describe(_ outcome: RuleExampleRunner.Outcome) -> Diagnostic {
        var message = "example of '\(outcome.rule)' expected \(outcome.example.expectation), got \(outcome.actual)"
        if let best = outcome.evidence.first {
            message += " (best evidence: \"\(best.text)\", \(best.modality.rawValue), \(best.polarity.rawValue))"
        } else {
            message += " (no evidence matched)"
        }
        return Diagnostic(at: outcome.example.location, message, sourceLine: nil)
    }
}
