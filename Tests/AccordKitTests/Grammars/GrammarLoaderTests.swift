import AccordKit
import AccordText
import Testing

/// The grammar files: every embedded one loads cleanly, and a broken one is refused with located
/// errors rather than read in part.
@Suite("Grammar loader")
struct GrammarLoaderTests {
    @Test("every embedded grammar loads without a problem")
    func embedded() throws {
        #expect(BuiltInGrammars.languages == ["en", "es", "fr"])
        for language in BuiltInGrammars.languages {
            let grammar = try #require(try BuiltInGrammars.load(language))
            #expect(grammar.language == language)
        }
    }

    @Test("an unknown key, an unknown cue kind and a wrong type are reported at their lines")
    func errors() {
        let text = """
            version: 1
            grammar:
              language: en
              name: English
            modality:
              binding: [shall]
              hortative: [should]
            cues:
              cost-bare: [bear]
            negation:
              cues: not-a-list
            """
        do {
            _ = try GrammarLoader().load(SourceFile(path: "g.yaml", text: text))
            Issue.record("a broken grammar loaded")
        } catch {
            let lines = error.diagnostics.map { "\($0.location): \($0.message)" }
            #expect(
                lines == [
                    "g.yaml:7:3: unknown key 'hortative' in 'modality'; did you mean 'hortatory'?",
                    "g.yaml:9:3: unknown key 'cost-bare' in 'cues'; did you mean 'cost-bear'?",
                    "g.yaml:11:9: 'cues' must be a sequence (a list of '- ' items), found text",
                ])
        }
    }

    @Test("a phrase with a hyphen matches the words the tokeniser splits it into")
    func hyphenatedPhrase() {
        let reading = ReadingRenderer.describe(Engine.analyze("The training is cost-free for nurses."))
        #expect(reading.contains("cost: spared “The training” (cue “cost-free”)"))
    }
}
