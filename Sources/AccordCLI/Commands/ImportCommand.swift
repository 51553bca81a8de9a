import AccordKit
import ArgumentParser
import Foundation

/// `accord import DRAFT`: turns a Word, OpenDocument, text, Markdown or PDF draft into an agreement
/// file, for a negotiator who wants to keep, correct or annotate it.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a draft (.docx, .odt, .txt, .md, .pdf) into an agreement file.",
        discussion: """
            The preamble, articles, numbered paragraphs and lettered items become clauses with the \
            ids the draft gives them; parties, language, round and date are read from the text, and \
            what accord had to guess is marked "check:" in the file. `accord score DRAFT.docx` \
            imports the same way in memory, so importing is only needed to keep or edit the file.

            Exit status: 0 imported, 1 the draft cannot be read, 2 usage error.
            """
    )

    @Argument(help: "The draft: a .docx, .odt, .txt, .md or .pdf file.")
    var draft: String

    @Option(name: .shortAndLong, help: "Write the agreement file here (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var rules: RulePackOptions

    @OptionGroup var color: ColorOptions

    func validate() throws {
        guard DraftImporter.isDraft(path: draft) else {
            throw ValidationError("'\(draft)' is not a draft document: accord imports .docx, .odt, .txt, .md and .pdf files")
        }
    }

    func run() throws {
        let colored = color.colorsStandardError
        let assessor = try rules.assessor(colored: colored)
        let imported: DraftImporter.Result
        do {
            let file = try assessor.read(path: draft)
            imported = try DraftImporter.importDraft(file, options: try rules.importOptions(), limits: assessor.limits).get()
        } catch let error as InvalidInputError {
            CommandOutput.report(error.diagnostics, colored: colored)
            throw ExitStatus.invalidInput.exitCode
        }
        // What is written must load: check it as `accord validate` would before writing it.
        let problems = assessor.check(SourceFile(path: output ?? "<imported>", text: imported.yaml)).diagnostics
            .filter { $0.severity == .error }
        guard problems.isEmpty else {
            CommandOutput.report(problems, colored: colored)
            FileHandle.standardErrorWrite(
                "accord: error: the imported file does not validate; this is a bug in accord's import\n")
            throw ExitStatus.invalidInput.exitCode
        }
        try CommandOutput.emit(imported.yaml, to: output, inputs: [draft])
        let document = imported.document
        let name = TerminalText.inert((draft as NSString).lastPathComponent)
        FileHandle.standardErrorWrite(
            "accord: imported \(document.clauseCount) clauses from \(name) (\(document.format.displayName))"
                + (output.map { " into \(TerminalText.inert($0))" } ?? "") + "\n")
        for guess in document.guesses {
            FileHandle.standardErrorWrite("accord: check: \(TerminalText.inert(guess))\n")
        }
    }
}
