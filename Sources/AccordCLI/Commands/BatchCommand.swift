import AccordKit
import ArgumentParser
import Foundation

/// `accord batch PATH...`: scores every agreement under the paths in parallel, streaming results.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Score many agreements in parallel; stream CSV or JSON Lines, or print a ranked summary.",
        discussion: """
            PATH is a file, a folder (searched recursively for .yaml, .yml, .docx and .odt files; the files of a \
            rule-pack folder are skipped, with a warning, unless named one by one) or '-' to read \
            paths from standard input, one per line. Results come out in input \
            order as they finish. A file that cannot be read or is invalid is reported on standard \
            error with its located problems, and the batch goes on.

            Exit status: 0 all scored, 1 any file failed, 2 usage error.
            """
    )

    /// What batch writes to standard output.
    enum BatchFormat: String, CaseIterable, ExpressibleByArgument {
        case csv, jsonl, text
    }

    @Argument(help: "Agreement files, folders, or '-' for a list of paths on standard input.")
    var paths: [String]

    @OptionGroup var rules: RulePackOptions

    @Option(name: .long, help: "Output: csv (a row per agreement), jsonl (a report per line) or text (ranked summary).")
    var format: BatchFormat = .text

    @Option(name: [.customShort("j"), .long], help: "Parallel workers (default: the number of cores).")
    var jobs: Int?

    @OptionGroup var color: ColorOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, found \(jobs)") }
    }

    func run() throws {
        let colored = color.colorsStandardError
        let assessor = try rules.assessor(colored: colored)
        let pack = assessor.pack
        var files = PathList()
        var failures = 0
        InputCollector.collect(try expandStandardInput(paths), skippingRulePacks: true) { input in
            switch input {
            case .files(let found):
                files.append(contentsOf: found)
            case .problem(let diagnostic):
                FileHandle.standardErrorWrite(diagnostic.formatted(colored: colored) + "\n")
                if diagnostic.severity == .error { failures += 1 }
            }
        }
        var progress = ProgressLine(total: files.count, enabled: Terminal.standardErrorIsTerminal)
        var ranking: [(score: Double, line: String)] = []
        var scored = 0
        var output = OutputBuffer()
        if format == .csv {
            output.write(CSVRenderer.line(CSVRenderer.summaryHeader(principles: pack.principles.map(\.id))))
        }
        let format = self.format
        // Each report is rendered on the worker that scored it; this thread only writes.
        let summarize: @Sendable (ScoredAgreement) -> (score: Double, line: String) = { scored in
            switch format {
            case .csv: (scored.card.overall, CSVRenderer.line(CSVRenderer.summaryRow(scored)))
            case .jsonl: (scored.card.overall, JSONLinesRenderer().render(scored.report(), options: RenderOptions()))
            case .text: (scored.card.overall, Self.summaryLine(scored))
            }
        }
        BatchRunner(assessor: assessor, workers: jobs).run(files, summarize: summarize, beforeWaiting: { output.flush() }) {
            _, _, outcome in
            switch outcome {
            case .scored(let summary, let warnings):
                if !warnings.isEmpty {
                    output.flush()
                    progress.clear()
                    CommandOutput.report(warnings, colored: colored)
                }
                scored += 1
                if format == .text { ranking.append(summary) } else { output.write(summary.line) }
            case .failed(let diagnostics):
                failures += 1
                output.flush()
                progress.clear()
                CommandOutput.report(diagnostics, colored: colored)
            }
            progress.advance()
        }
        output.flush()
        progress.clear()
        if format == .text {
            // Highest score first; ties keep input order, so the ranking is the same on every run.
            let ranked = ranking.enumerated().sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }
            for (rank, entry) in ranked.enumerated() {
                FileHandle.standardOutputWrite(String(format: "%4d. ", rank + 1) + entry.element.line + "\n")
            }
        }
        let failedFiles = files.count - scored
        FileHandle.standardErrorWrite(
            "batch: \(files.count) agreement\(files.count == 1 ? "" : "s"): \(scored) scored, \(failedFiles) failed"
                + (failures > failedFiles
                    ? ", \(failures - failedFiles) path\(failures - failedFiles == 1 ? "" : "s") unreadable" : "")
                + "\n")
        if failures > 0 { throw ExitStatus.invalidInput.exitCode }
    }

    /// One line of the ranked summary: score, grade, id, gap counts.
    static func summaryLine(_ scored: ScoredAgreement) -> String {
        let score = String(format: "%5.1f", scored.card.overall)
        let id = TerminalText.inert(scored.evaluation.agreement.id)
        return "\(score)  \(scored.card.grade)  \(id)  (\(scored.card.gaps.count) gaps, \(scored.redFlagCount) red flags)"
    }

    /// Replaces '-' with the paths listed on standard input (read once, however many '-' there are).
    private func expandStandardInput(_ paths: [String]) throws -> PathList {
        guard paths.contains("-") else { return PathList(paths) }
        var listed = PathList()
        while let line = readLine() {
            let path = line.trimmingCharacters(in: .whitespaces)
            if !path.isEmpty { listed.append(path) }
        }
        var expanded = PathList()
        for path in paths {
            if path == "-" { expanded.append(contentsOf: listed) } else { expanded.append(path) }
        }
        return expanded
    }
}
