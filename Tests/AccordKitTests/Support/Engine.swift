import AccordKit
import AccordText

/// The engine as tests drive it: scoring through the `Assessor` every front end uses, and text read
/// with the built-in English grammar.
enum Engine {
    /// The report of `agreement` scored against `pack`.
    static func report(for agreement: Agreement, pack: RulePack) throws -> Report {
        try Assessor(pack: pack).assess(agreement).get().report()
    }

    /// The built-in English grammar.
    static let english: Grammar = {
        guard let grammar = BuiltInGrammars.grammar(for: "en") else { fatalError("the built-in English grammar is missing") }
        return grammar
    }()

    /// Reads text with the English grammar alone.
    static let analyzer = TextAnalyzer(grammar: english)

    /// `text` read with the English grammar alone.
    static func analyze(_ text: String, isRecital: Bool = false, leadIn: Modality? = nil) -> AnalyzedText {
        analyzer.analyze(text, isRecital: isRecital, leadIn: leadIn)
    }

    /// The normalised words of `text`, in order.
    static func words(_ text: String) -> [String] {
        analyzer.words(of: analyze(text))
    }

    /// `pack` compiled with the English grammar.
    static func compiled(_ pack: RulePack) -> CompiledPack {
        CompiledPack(pack: pack, grammar: english)
    }
}
