import AccordKit
import Foundation

/// Where commands put their results and problems, the same way in every command.
enum CommandOutput {
    /// Writes `text` to `output` atomically (refusing to overwrite an input), or to standard output.
    ///
    /// - Throws: exit status 1 after printing why the file could not be written.
    static func emit(_ text: String, to output: String?, inputs: [String]) throws {
        guard let output else {
            FileHandle.standardOutputWrite(text)
            return
        }
        do {
            try AtomicFileWriter.write(text, to: output, inputs: inputs)
        } catch {
            FileHandle.standardErrorWrite(TerminalText.inert("\(output): error: \(error)") + "\n")
            throw ExitStatus.invalidInput.exitCode
        }
    }

    /// The scored agreement of an assessment, after printing its warnings; or, after printing its
    /// problems, exit status 1.
    static func scored(_ assessment: Result<ScoredAgreement, InvalidInputError>, colored: Bool) throws -> ScoredAgreement {
        switch assessment {
        case .success(let scored):
            report(scored.warnings, colored: colored)
            return scored
        case .failure(let error):
            report(error.diagnostics, colored: colored)
            throw ExitStatus.invalidInput.exitCode
        }
    }

    /// Prints diagnostics to standard error, one formatted block each.
    static func report(_ diagnostics: [Diagnostic], colored: Bool) {
        for diagnostic in diagnostics {
            FileHandle.standardErrorWrite(diagnostic.formatted(colored: colored) + "\n")
        }
    }
}
