import AccordKit
import ArgumentParser
import Foundation

/// `accord eval [PATH...]`: measures the engine's judgment on labelled clauses.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the engine's verdicts against labelled clauses (docs/labelling-guide.md).",
        discussion: """
            PATH is a labelled CSV file or a folder searched for them (default: eval/). \
            Prints precision, recall and F1 per principle and overall, modality accuracy, red-flag \
            recall and false red flags, for the dev and held-out splits apart, then the dev clauses \
            the engine gets wrong. The floors apply to the held-out figures (to all clauses when \
            there is no held-out split).

            Exit status: 0 measured, 1 a labelled file or the rule pack is invalid, 2 usage error, \
            3 a figure is below its floor.
            """
    )

    /// What `accord eval` writes.
    enum EvalFormat: String, CaseIterable, ExpressibleByArgument {
        case text, json
    }

    /// Whose disagreements to list.
    enum ConfusionChoice: String, CaseIterable, ExpressibleByArgument {
        case dev, heldOut = "held-out", all, none
    }

    @Argument(help: "Labelled CSV files or folders (default: eval/).")
    var paths: [String] = ["eval"]

    @OptionGroup var rules: RulePackOptions

    @Option(name: .long, help: "Output: text or json.")
    var format: EvalFormat = .text

    @Option(name: .shortAndLong, help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "List the disagreements of: dev, held-out, all or none.")
    var confusions: ConfusionChoice = .dev

    @Option(name: .long, help: "Exit 3 when principle F1 (micro) is below this (0–1).")
    var minF1: Double?

    @Option(name: .long, help: "Exit 3 when red-flag recall is below this (0–1).")
    var minRedFlagRecall: Double?

    @Option(name: .long, help: "Exit 3 when the share of non-contrary clauses flagged is above this (0–1).")
    var maxFalseRedFlags: Double?

    @Option(name: .long, help: "Exit 3 when modality accuracy is below this (0–1).")
    var minModality: Double?

    @OptionGroup var color: ColorOptions

    func validate() throws {
        for (name, value) in [
            ("--min-f1", minF1), ("--min-red-flag-recall", minRedFlagRecall), ("--max-false-red-flags", maxFalseRedFlags),
            ("--min-modality", minModality),
        ] {
            if let value, !(0...1).contains(value) { throw ValidationError("\(name) must be between 0 and 1, found \(value)") }
        }
    }

    func run() throws {
        let colored = color.colorsStandardError
        let assessor = try rules.assessor(colored: colored)
        let set = LabelledSet.load(
            paths, principles: assessor.pack.principles.map(\.id), languages: assessor.readableLanguages)
        CommandOutput.report(set.diagnostics, colored: colored)
        if !set.diagnostics.isEmpty { throw ExitStatus.invalidInput.exitCode }
        let splits: Set<LabelledClause.Split> =
            switch confusions {
            case .dev: [.dev]
            case .heldOut: [.heldOut]
            case .all: Set(LabelledClause.Split.allCases)
            case .none: []
            }
        let report = JudgmentReport.make(
            clauses: set.clauses, files: set.files, assessor: assessor, confusionSplits: splits)
        let text = format == .json ? JudgmentRenderer.json(report) : JudgmentRenderer.text(report)
        try CommandOutput.emit(text, to: output, inputs: set.files)
        guard let floored = report.figures("held-out") ?? report.figures("all") else { return }
        var below: [String] = []
        if let minF1, floored.overall.f1 < minF1 { below.append("principle F1 \(floored.overall.f1) < \(minF1)") }
        if let minRedFlagRecall, floored.redFlagRecall.value < minRedFlagRecall {
            below.append("red-flag recall \(floored.redFlagRecall.value) < \(minRedFlagRecall)")
        }
        if let maxFalseRedFlags, floored.falseRedFlags.value > maxFalseRedFlags {
            below.append("false red flags \(floored.falseRedFlags.value) > \(maxFalseRedFlags)")
        }
        if let minModality, floored.modalityAccuracy.value < minModality {
            below.append("modality accuracy \(floored.modalityAccuracy.value) < \(minModality)")
        }
        for line in below { FileHandle.standardErrorWrite("eval: \(floored.name): \(line)\n") }
        if !below.isEmpty { throw ExitStatus.belowThreshold.exitCode }
    }
}
