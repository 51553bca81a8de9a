import AccordKit
import ArgumentParser
import Foundation

extension DiffFormat: ExpressibleByArgument {}

/// `accord diff OLD NEW`: what changed between two versions of one draft, and what it did to the score and the gaps.
struct AgreementDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of an agreement: clauses, scores and gaps.",
        discussion: """
            Clauses are aligned by id, and by text similarity where they were renumbered. Gap changes \
            (opened, weakened, closed, strengthened) name the clauses behind them.

            Exit status: 0 compared, 1 invalid input (an agreement or the rule pack), 2 usage error, \
            3 with --fail-on-regression when the new version scores lower, opens a gap or weakens a \
            criterion into a gap.
            """
    )

    @Argument(help: "The old version of the agreement.")
    var old: String

    @Argument(help: "The new version of the agreement.")
    var new: String

    @OptionGroup var rules: RulePackOptions

    @Option(name: .long, help: "Output format: \(DiffFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: DiffFormat = .text

    @Option(name: .shortAndLong, help: "Write the diff to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Exit 3 when the new version scores lower, opens a gap or weakens a criterion into a gap.")
    var failOnRegression = false

    @OptionGroup var color: ColorOptions

    func run() throws {
        let colored = color.colorsStandardError
        let assessor = try rules.assessor(colored: colored)
        let versions = [old, new].compactMap { try? CommandOutput.scored(assessor.assess(path: $0), colored: colored) }
        guard versions.count == 2 else { throw ExitStatus.invalidInput.exitCode }
        let diff = AgreementDiff.make(
            old: versions[0].evaluation.agreement, new: versions[1].evaluation.agreement, oldReport: versions[0].report(),
            newReport: versions[1].report())
        let text = format.render(diff, colored: output == nil && format == .text && color.colorsStandardOutput)
        try CommandOutput.emit(text, to: output, inputs: [old, new])
        if failOnRegression, diff.regressed { throw ExitStatus.belowThreshold.exitCode }
    }
}
