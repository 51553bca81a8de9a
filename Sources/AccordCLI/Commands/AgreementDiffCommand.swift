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
            Clauses are aligned by id, and by text similarity where they were renumbered. Gap changes
            (opened, weakened, closed, strengthened) name the clauses behind them.
            Exit status: 0 compared, 1 invalid input (an agreement or the rule pack), 2 usage error,
            3 with --fail-on-regression when the new version scores lower, opens a gap or weakens a
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
        let pack = try rules.load(colored: colored)
        var agreements: [Agreement] = []
        for file in [old, new] {
            do {
                agreements.append(try AgreementLoader().load(path: file))
            } catch {
                CommandOutput.report(error.diagnostics, colored: colored)
            }
        }
        guard agreements.count == 2 else { throw ExitStatus.invalidInput.exitCode }
        let diff = AgreementDiff.make(
            old: agreements[0], new: agreements[1], oldReport: Report.make(for: agreements[0], pack: pack),
            newReport: Report.make(for: agreements[1], pack: pack))
        let text = format.render(diff, colored: output == nil && format == .text && color.colorsStandardOutput)
        try CommandOutput.emit(text, to: output, inputs: [old, new])
        if failOnRegression, diff.regressed { throw ExitStatus.belowThreshold.exitCode }
    }
}
