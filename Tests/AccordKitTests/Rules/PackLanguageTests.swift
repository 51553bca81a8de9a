import AccordKit
import AccordTestSupport
import AccordText
import Foundation
import Testing

/// A pack that reads a second language: `pack.languages` and `languages/<code>.yaml`.
@Suite("Rule packs in several languages")
struct PackLanguageTests {
    /// The French file of the mini pack: every rule, with its own words.
    static let french = """
        version: 1
        language: fr
        vocabulary:
          worker: [travailleu*, infirmi*, "personnel de santé"]
          fee: [frais, coût*]
        rules:
          no-fees:
            statement: Les travailleurs ne paient aucuns frais de recrutement.
            evidence:
              - all: ["@fee", "@worker"]
                within: 12
                polarity: negated
            examples:
              - {text: Aucuns frais de recrutement ne sont à la charge des infirmières., expect: binding}
              - {text: Les Parties s'efforcent de veiller à ce qu'aucuns frais ne soient facturés aux travailleurs., expect: hortatory}
              - {text: Les Parties coopèrent., expect: none}
          g2g-only:
            evidence:
              - all: ["gouvernement*", "voie*|canal|canaux"]
            examples:
              - {text: Le recrutement passe uniquement par les voies gouvernementales., expect: binding}
              - {text: Le recrutement devrait passer par les canaux des gouvernements., expect: hortatory}
              - {text: Le recrutement est ouvert., expect: none}
          support-return:
            evidence:
              - all: ["retour*|réintégr*", "@worker"]
                within: 8
            examples:
              - {text: Les Parties soutiennent le retour des infirmiers., expect: binding}
              - {text: Les Parties s'efforcent de soutenir le retour des travailleurs., expect: hortatory}
              - {text: Les Parties se réunissent chaque année., expect: none}
          fees-to-workers:
            evidence:
              - all: ["@fee", "charge", "@worker"]
                within: 10
            examples:
              - {text: Les frais de recrutement sont à la charge du travailleur., expect: flagged}
              - {text: Aucuns frais de recrutement ne sont à la charge du travailleur., expect: clear}
              - {text: Les frais de voyage sont à la charge de l'employeur., expect: clear}

        """

    /// Just enough French for the examples: exhortation, negation and elisions.
    static let frenchGrammar: Grammar = {
        var data = GrammarData(language: "fr", name: "French")
        data.elisions = ["l": "le", "d": "de", "qu": "que", "s": "se"]
        data.contractions = ["du": "de le", "des": "de les", "aux": "à les"]
        data.modality.hortatory = ["s'efforcent de", "devrait", "devraient"]
        data.negation.cues = ["ne", "pas", "aucun", "aucuns", "aucune"]
        return Grammar(data)
    }()

    static func grammars(_ language: String) -> Grammar? {
        language == "fr" ? frenchGrammar : BuiltInGrammars.grammar(for: language)
    }

    /// The mini pack, reading English and French, with some files replaced.
    func pack(
        french: String = Self.french, languages: String = "[en, fr]", replacing: (String, String)? = nil
    ) throws -> EmbeddedPackFiles {
        let root = RepositoryPaths.fixtures.appendingPathComponent("packs/mini")
        var files: [String: String] = ["languages/fr.yaml": french]
        for relative in ["pack.yaml", "list.yaml", "principles/recruitment.yaml", "principles/return.yaml"] {
            files[relative] = try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
        }
        files["pack.yaml"] = files["pack.yaml"]?.replacingOccurrences(
            of: "  principles: [recruitment, return]", with: "  principles: [recruitment, return]\n  languages: \(languages)")
        if let (old, new) = replacing {
            #expect(files["languages/fr.yaml"]?.contains(old) == true, "fixture text not found: \(old)")
            files["languages/fr.yaml"] = files["languages/fr.yaml"]?.replacingOccurrences(of: old, with: new)
        }
        return EmbeddedPackFiles(root: "mini", files: files)
    }

    /// The messages of a pack that does not load, located.
    func problems(_ files: EmbeddedPackFiles) -> [String] {
        do {
            _ = try RulePackLoader().load(files)
            return []
        } catch {
            return error.diagnostics.map { "\($0.location): \($0.message)" }
        }
    }

    @Test("each language runs its own examples with its own grammar, and all pass")
    func examplesInBothLanguages() throws {
        let loaded = try RulePackLoader().load(try pack())
        #expect(loaded.languages == ["en", "fr"])
        let assessor = Assessor(pack: loaded, grammars: Self.grammars)
        for language in ["en", "fr"] {
            let compiled = try #require(assessor.compiled(for: language))
            let outcomes = RuleExampleRunner(compiled: compiled).run()
            #expect(outcomes.count == 12)
            #expect(outcomes.filter { !$0.passed }.map { "\($0.rule): \($0.example.text) → \($0.actual)" } == [])
        }
        #expect(assessor.compiled(for: "es") == nil)
        #expect(assessor.readableLanguages == ["en", "fr"])
    }

    @Test("a rule without evidence in a language is named, at the file's rules")
    func missingRule() throws {
        let files = try pack(replacing: ("  support-return:\n", "  unused-return:\n"))
        #expect(
            problems(files) == [
                "mini/languages/fr.yaml:24:3: 'unused-return' is not a criterion or red flag of this pack; a language file gives evidence for the pack's own rules"
            ])
        let cut =
            Self.french.replacingOccurrences(of: "  support-return:\n", with: "  support-return-x:\n")
            .components(separatedBy: "  support-return-x:\n")[0] + "  fees-to-workers:\n"
            + Self.french.components(separatedBy: "  fees-to-workers:\n")[1]
        #expect(
            problems(try pack(french: cut)) == [
                "mini/languages/fr.yaml:7:3: no fr evidence for 'support-return': every criterion and red flag needs patterns in every language, or clauses in fr could never meet it"
            ])
    }

    @Test("languages are ISO codes, each once, and each after the first has its file, for that language")
    func languageList() throws {
        #expect(
            problems(try pack(languages: "[en, xx]")) == [
                "mini/pack.yaml:11:19: 'xx' is not an ISO 639-1 language code (such as en, fr, es)"
            ])
        #expect(
            problems(try pack(languages: "[en, fr, fr]")) == [
                "mini/pack.yaml:11:23: language 'fr' is listed twice; expected each language once"
            ])
        #expect(
            problems(try pack(languages: "[en, fr, es]")) == [
                "mini/pack.yaml:11:3: cannot read 'mini/languages/es.yaml': no such file; every language after the first in 'pack.languages' needs its file"
            ])
        #expect(
            problems(try pack(replacing: ("language: fr", "language: es"))) == [
                "mini/languages/fr.yaml:2:11: this file says 'language: es', but 'languages/fr.yaml' must hold that language's words"
            ])
    }

    @Test("principle titles in a language file are kept for reports; an unknown principle or a missing title is located")
    func principleTitles() throws {
        func titled(_ principles: String) throws -> EmbeddedPackFiles {
            try pack(french: Self.french.replacingOccurrences(of: "rules:\n", with: "principles:\n\(principles)rules:\n"))
        }
        let loaded = try RulePackLoader().load(try titled("  recruitment: {title: Recrutement équitable}\n"))
        #expect(loaded.translations["fr"]?.principleTitles == ["recruitment": "Recrutement équitable"])
        #expect(try RulePackLoader().load(try pack()).translations["fr"]?.principleTitles == [:])
        #expect(
            problems(try titled("  recruiting: {title: Recrutement}\n")) == [
                "mini/languages/fr.yaml:7:3: 'recruiting' is not a principle of this pack; a language file titles the pack's own principles"
            ])
        #expect(
            problems(try titled("  recruitment: {titre: Recrutement}\n")) == [
                "mini/languages/fr.yaml:7:16: 'recruitment' is missing the required key 'title'",
                "mini/languages/fr.yaml:7:17: unknown key 'titre' in 'recruitment'; did you mean 'title'?",
            ])
    }

    @Test("a language file is read when first needed unless asked for at load, and its problems are kept")
    func lazyLanguageFile() throws {
        let files = try pack(replacing: ("  support-return:\n", "  unused-return:\n"))
        #expect(throws: InvalidInputError.self) { try RulePackLoader().load(files) }
        let lazy = try RulePackLoader().load(files, readingLanguages: false)
        #expect(lazy.languages == ["en", "fr"])
        guard case .failure(let error)? = lazy.translations.load("fr") else {
            Issue.record("a broken language file read without a problem")
            return
        }
        #expect(error.diagnostics.map(\.message).first?.hasPrefix("'unused-return' is not a criterion") == true)
        #expect(lazy.translations.problems().count == 1)
        let assessor = Assessor(pack: lazy, grammars: Self.grammars)
        #expect(assessor.compiled(for: "en") != nil)
        #expect(assessor.compiled(for: "fr") == nil)
    }

    @Test("French words come from the French file's vocabulary, not the pack's")
    func ownVocabulary() throws {
        let files = try pack(replacing: ("[\"@fee\", \"charge\", \"@worker\"]", "[\"@fees\", \"charge\", \"@worker\"]"))
        #expect(problems(files).count == 1)
        #expect(problems(files).first?.contains("'@fees' names no vocabulary list") == true)
    }
}
