import AccordKit
import ArgumentParser
import Foundation

extension OutputFormat: ExpressibleByArgument {}
extension RenderOptions.Detail: ExpressibleByArgument {}

/// `accord score FILE`: scores one agreement against a rule pack (the built-in WHO Code pack by default).
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score an agreement against the WHO Global Code (or another rule pack) and report its gaps.",
        discussion: """
            Exit status: 0 scored, 1 invalid input (agreement or rule pack), 2 usage error,
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

    @Option(name: .long, help: "Exit 3 when the overall score is below this number (0–100).")
    var failUnder: Double?

    @OptionGroup var color: ColorOptions

    func validate() throws {
        if let failUnder, !(0...100).contains(failUnder) {
            throw ValidationError("--fail-under must be between 0 and 100, found \(failUnder)")
        }
    }

    func run() throws {
        let pack = try rules.load(colored: color.colorsStandardError)
        let agreement: Agreement
        do {
            agreement = try AgreementLoader().load(path: file)
        } catch {
            CommandOutput.report(error.diagnostics, colored: color.colorsStandardError)
            throw ExitStatus.invalidInput.exitCode
        }
        let evaluation = Evaluator(pack: pack).evaluate(agreement)
        for annotation in evaluation.unknownAnnotations {
            let principle = "principle '\(annotation.principle)'"
            let name = annotation.criterion.map { "criterion '\($0)' of \(principle)" } ?? principle
            let warning = Diagnostic(
                .warning, at: Location(file: agreement.file, position: annotation.position),
                "annotation names \(name), which rule pack '\(pack.id)' does not have; it is ignored")
            FileHandle.standardErrorWrite(warning.formatted(colored: color.colorsStandardError) + "\n")
        }
        let report = ReportBuilder.build(evaluation, card: Scorer.score(evaluation), pack: pack)
        let colored = output == nil && format == .text && color.colorsStandardOutput
        let text = format.renderer.render(report, options: RenderOptions(colored: colored, explain: explain, detail: detail))
        try CommandOutput.emit(text, to: output, inputs: [file])
        if let failUnder, report.overall.score < failUnder { throw ExitStatus.belowThreshold.exitCode }
    }
}
