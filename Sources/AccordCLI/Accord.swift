import AccordKit
import ArgumentParser

/// The `accord` command: evaluates health-worker migration agreements against the WHO Global Code.
struct Accord: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accord",
        abstract: "Evaluate health-worker migration agreements against the WHO Global Code of Practice.",
        discussion: """
            Exit status: 0 success, 1 invalid input, 2 usage error, 3 below --fail-under or a regressing diff.

            See README.md and docs/ for the agreement format and the scoring model.
            """,
        version: AccordVersion.current,
        subcommands: [
            ScoreCommand.self, ImportCommand.self, InitCommand.self, CompareCommand.self, AgreementDiffCommand.self,
            BatchCommand.self,
            ValidateCommand.self,
            RulesCommand.self, EvalCommand.self, ReadCommand.self,
        ]
    )
}
