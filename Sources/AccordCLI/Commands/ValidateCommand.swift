import AccordKit
import ArgumentParser
import Foundation

/// `accord validate FILE|DIR...`: checks agreement files and rule packs and prints every problem, located.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check agreement files and rule packs; report every problem as FILE:LINE:COLUMN.",
        discussion: """
            Folders are searched recursively for .yaml, .yml, .docx and .odt files. Files inside a rule-pack folder \
            (one with pack.yaml) are checked together as that pack. Problems go to standard error, \
            a summary to standard output. Exit status: 0 all valid, 1 any invalid, 2 usage error.
            """
    )

    @Argument(help: "Agreement files, rule-pack folders, or folders to search for them.")
    var paths: [String]

    @Flag(name: .shortAndLong, help: "Print only problems, not the summary.")
    var quiet = false

    @OptionGroup var rules: RulePackOptions

    @OptionGroup var color: ColorOptions

    func run() throws {
        let colored = color.colorsStandardError
        let assessor = try rules.assessor(colored: colored)
        var summary = ValidationSummary()
        var packsChecked: Set<String> = []
        var packRoots = InputCollector.PackRoots()
        InputCollector.collect(paths) { input in
            switch input {
            case .problem(let diagnostic):
                CommandOutput.report([diagnostic], colored: colored)
                // A warning is a path skipped (a FIFO named like YAML): reported, not counted.
                if diagnostic.severity == .error { summary.count(isPack: false, valid: false) }
            case .files(let files):
                for path in files {
                    var isPack = false
                    let diagnostics: [Diagnostic]
                    if let root = packRoots.packRoot(of: path) {
                        guard packsChecked.insert(root).inserted else { continue }
                        isPack = true
                        diagnostics = Self.check(pack: root)
                    } else {
                        diagnostics = Self.check(agreement: path, with: assessor)
                    }
                    CommandOutput.report(diagnostics, colored: colored)
                    summary.count(isPack: isPack, valid: !diagnostics.containsErrors)
                }
            }
        }
        if !quiet {
            FileHandle.standardOutputWrite(summary.text + "\n")
        }
        if summary.invalid > 0 { throw ExitStatus.invalidInput.exitCode }
    }

    static func check(agreement path: String, with assessor: Assessor) -> [Diagnostic] {
        do {
            return assessor.check(try assessor.read(path: path)).diagnostics
        } catch {
            return error.diagnostics
        }
    }

    static func check(pack root: String) -> [Diagnostic] {
        do {
            _ = try RulePackLoader().load(DirectoryPackFiles(root: root))
            return []
        } catch {
            return error.diagnostics
        }
    }
}

/// The one-line summary of a validation run.
struct ValidationSummary {
    var files = 0
    var packs = 0
    var valid = 0
    var invalid = 0

    mutating func count(isPack: Bool, valid isValid: Bool) {
        if isPack { packs += 1 } else { files += 1 }
        if isValid { valid += 1 } else { invalid += 1 }
    }

    var text: String {
        var checked = "\(files) file\(files == 1 ? "" : "s")"
        if packs > 0 { checked += " and \(packs) rule pack\(packs == 1 ? "" : "s")" }
        return "\(checked) checked: \(valid) valid, \(invalid) invalid"
    }
}
