import AccordKit
import ArgumentParser
import Foundation

/// `accord init FILE`: writes a commented skeleton of a draft agreement file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented skeleton of a draft agreement file.",
        discussion: """
            With --party for each party, the skeleton validates as written; without, it holds \
            placeholders to replace. A draft in Word or text needs no skeleton: score it directly, \
            or turn it into a file with `accord import`.

            Exit status: 0 written, 1 the file exists or cannot be written, 2 usage error.
            """
    )

    @Argument(help: "The file to write; standard output when omitted.")
    var file: String?

    @Option(
        name: .customLong("party"),
        help: ArgumentHelp(
            "A party and its role, as CODE=origin, CODE=destination or CODE=both; repeat for each.", valueName: "CODE=ROLE"))
    var parties: [String] = []

    @Option(name: .long, help: "The language of the clause texts: en, fr or es.")
    var language: String = "en"

    func validate() throws {
        guard let code = LanguageCode(language), ["en", "fr", "es"].contains(code.code) else {
            throw ValidationError("--language '\(language)': accord reads drafts in en, fr and es")
        }
    }

    func run() throws {
        let stated = try RulePackOptions.parties(parties)
        let text = AgreementSkeleton.yaml(parties: stated, language: LanguageCode(language) ?? .english)
        if let file {
            if FileManager.default.fileExists(atPath: file) {
                FileHandle.standardErrorWrite(
                    TerminalText.inert("\(file): error: the file exists; accord init never overwrites a file") + "\n")
                throw ExitStatus.invalidInput.exitCode
            }
            try CommandOutput.emit(text, to: file, inputs: [])
            let next = stated.isEmpty ? "fill in the parties and the clauses, then" : "fill in the clauses, then"
            FileHandle.standardErrorWrite(TerminalText.inert("accord: wrote \(file); \(next) run: accord score \(file)") + "\n")
        } else {
            try CommandOutput.emit(text, to: nil, inputs: [])
        }
    }
}
