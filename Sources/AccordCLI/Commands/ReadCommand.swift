import AccordKit
import AccordText
import ArgumentParser
import Foundation

/// `accord read TEXT...`: shows how accord reads sentences, clause by clause.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Show how accord reads a clause: modality, commitment, costs, restrictions, comparisons.",
        discussion: "Exit status: 0 read, 2 usage error (no grammar for the language)."
    )

    @Argument(help: "Clause texts to read.")
    var texts: [String]

    @Option(name: .long, help: "The language of the texts (ISO 639-1 code).")
    var language = "en"

    @Flag(name: .long, help: "Read each text as a preamble recital.")
    var recital = false

    func run() throws {
        guard let grammar = BuiltInGrammars.grammar(for: language) else {
            throw ValidationError(
                "accord has no grammar for '\(language)'; it reads: \(BuiltInGrammars.languages.joined(separator: ", "))")
        }
        let analyzer = TextAnalyzer(grammar: grammar)
        for text in texts {
            FileHandle.standardOutputWrite(ReadingRenderer.describe(analyzer.analyze(text, isRecital: recital)))
        }
    }
}
