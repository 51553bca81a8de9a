import AccordKit
import ArgumentParser
import Foundation

extension ComparisonFormat: ExpressibleByArgument {}

/// `accord compare A B [C...]`: agreements side by side against one rule pack.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare agreements side by side, principle by principle and criterion by criterion.",
        discussion: "Exit status: 0 compared, 1 an input is invalid, 2 usage error."
    )

    @Argument(help: "Two or more agreement files.")
    var files: [String]

    @OptionGroup var rules: RulePackOptions

    @Option(name: .long, help: "Output format: \(ComparisonFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ComparisonFormat = .text

    @Option(name: .shortAndLong, help: "Write the comparison to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var color: ColorOptions

    func validate() throws {
        if files.count < 2 { throw ValidationError("compare needs at least two agreement files, found \(files.count)") }
    }

    func run() throws {
        let colored = color.colorsStandardError
        let assessor = try rules.assessor(colored: colored)
        var reports: [Report] = []
        var failed = false
        for file in files {
            do {
                reports.append(try CommandOutput.scored(assessor.assess(path: file), colored: colored).report())
            } catch {
                failed = true
            }
        }
        if failed { throw ExitStatus.invalidInput.exitCode }
        let comparison = try Comparison.make(reports)
        let text = format.render(comparison, colored: output == nil && format == .text && color.colorsStandardOutput)
        try CommandOutput.emit(text, to: output, inputs: files)
    }
}
