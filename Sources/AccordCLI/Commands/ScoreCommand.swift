import AccordKit
import ArgumentParser
import Foundation

extension OutputFormat: ExpressibleByArgument {}
extension RenderOptions.Detail: ExpressibleByArgument {}
extension ReportLanguage: ExpressibleByArgument {}

/// `accord score FILE`: scores one agreement against a rule pack (the built-in WHO Code pack by default).
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score an agreement against the WHO Global Code (or another rule pack) and report its gaps.",
        discussion: """
            Exit status: 0 scored, 1 invalid input (agreement or rule pack), 2 usage error, \
            3 overall score below --fail-under.
            """
    )

    @Argument(help: "The agreement file to score.")
    var file: String

    @OptionGroup var rules: RulePackOptions

    @Option(name: .long, help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .text

    @Option(name: .shortAndLong, help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "CSV rows: summary (one per agreement) or gaps (one per gap).")
    var detail: RenderOptions.Detail = .summary

    @Flag(name: .long, help: "Show how each point was earned.")
    var explain = false

    @Option(name: .long, help: "The language of the text, Markdown and HTML reports; json, csv and sarif stay as they are.")
    var reportLanguage: ReportLanguage = .en

    @Option(name: .long, help: "Exit 3 when the overall score is below this number (0–100).")
    var failUnder: Double?

    @OptionGroup var color: ColorOptions

    func validate() throws {
        if let failUnder, !(0...100).contains(failUnder) {
            throw ValidationError("--fail-under must be between 0 and 100, found \(failUnder)")
        }
    }

    func run() throws {
        let scored = try CommandOutput.scored(
            try rules.assessor(colored: color.colorsStandardError).assess(path: file), colored: color.colorsStandardError)
        let colored = output == nil && format == .text && color.colorsStandardOutput
        let text = scored.rendered(
            as: format, options: RenderOptions(colored: colored, explain: explain, detail: detail, language: reportLanguage))
        try CommandOutput.emit(text, to: output, inputs: [file])
        if let failUnder, scored.card.overall < failUnder { throw ExitStatus.belowThreshold.exitCode }
    }
}
