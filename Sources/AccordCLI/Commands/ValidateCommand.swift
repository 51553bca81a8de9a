import AccordKit
import ArgumentParser
import Foundation

/// `accord validate FILE|DIR...`: checks agreement files and prints every problem, located.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check agreement files and report every problem as FILE:LINE:COLUMN.",
        discussion: """
            Folders are searched recursively for .yaml and .yml files. Problems go to standard error,
            a summary to standard output. Exit status: 0 all valid, 1 any invalid, 2 usage error.
            """
    )

    @Argument(help: "Agreement files, or folders to search for them.")
    var paths: [String]

    @Flag(name: .shortAndLong, help: "Print only problems, not the summary.")
    var quiet = false

    @OptionGroup var color: ColorOptions

    func run() throws {
        let colored = color.colorsStandardError
        let loader = AgreementLoader()
        var valid = 0
        var invalid = 0
        for input in InputCollector.collect(paths) {
            let diagnostics: [Diagnostic]
            switch input {
            case .problem(let diagnostic):
                diagnostics = [diagnostic]
            case .file(let path):
                do {
                    diagnostics = loader.diagnose(try SourceFile.read(path: path, limits: loader.limits)).diagnostics
                } catch {
                    diagnostics = error.diagnostics
                }
            }
            for diagnostic in diagnostics {
                FileHandle.standardErrorWrite(diagnostic.formatted(colored: colored) + "\n")
            }
            if diagnostics.containsErrors { invalid += 1 } else { valid += 1 }
        }
        if !quiet {
            FileHandle.standardOutputWrite(ValidationSummary(valid: valid, invalid: invalid).text + "\n")
        }
        if invalid > 0 { throw ExitStatus.invalidInput.exitCode }
    }
}

/// The one-line summary of a validation run.
struct ValidationSummary {
    let valid: Int
    let invalid: Int

    var text: String {
        let total = valid + invalid
        return "\(total) file\(total == 1 ? "" : "s") checked: \(valid) valid, \(invalid) invalid"
    }
}
