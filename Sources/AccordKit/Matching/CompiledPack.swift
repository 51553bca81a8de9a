import AccordText

/// A rule pack compiled with a language's grammar: what the evaluator runs.
///
/// Its terms are entered in a lexicon and a phrase trie, and every evidence pattern is turned into
/// term ids.
///
/// Loading a pack reads and checks it; compiling is separate, so the same pack can be matched
/// against text in several languages and a pack value holds no matcher state. A class, because
/// every evaluation shares it.
public final class CompiledPack: Sendable {
    /// The pack compiled.
    public let pack: RulePack
    /// Every term of the pack, indexed for one-pass matching.
    public let terms: TermTable
    /// Reads clause text with the grammar and the pack's lexicon.
    public let analyzer: TextAnalyzer
    /// The principles with their rules' compiled patterns, in pack order.
    let principles: [CompiledPrinciple]
    /// The pack's evidence that an agreement recruits, compiled.
    let recruitmentEvidence: [CompiledPattern]
    /// The term ids pronouns in frame slots stand for, and of the parts left out.
    let context: MatchContext

    /// Compiles `pack` with `grammar`.
    public init(pack: RulePack, grammar: Grammar) {
        self.pack = pack
        var terms = TermTable(grammar: grammar)
        func compile(_ patterns: [EvidencePattern]) -> [CompiledPattern] {
            patterns.map { pattern in
                let frame: CompiledFrame? =
                    switch pattern.frame {
                    case nil: nil
                    case .cost(let party, let burden, let item, let partyNot):
                        .cost(
                            party: party.map { terms.add($0) }, burden: burden, item: item.map { terms.add($0) },
                            partyNot: partyNot.map { terms.add($0) })
                    case .restriction(let actor, let action, let stance):
                        .restriction(actor: actor.map { terms.add($0) }, action: action.map { terms.add($0) }, stance: stance)
                    case .comparison(let direction): .comparison(direction: direction)
                    }
                return CompiledPattern(
                    terms: pattern.terms.map { terms.add($0) }, within: pattern.within, polarity: pattern.polarity, frame: frame,
                    excluded: pattern.excluded.map { terms.add($0) })
            }
        }
        principles = pack.principles.map { principle in
            CompiledPrinciple(
                principle: principle,
                criteria: principle.criteria.map { ($0, compile($0.evidence)) },
                redFlags: principle.redFlags.map { ($0, compile($0.evidence)) })
        }
        recruitmentEvidence = compile(pack.recruitmentEvidence)
        if !terms.placeholderTerms.isEmpty { terms.addCountries() }
        context = MatchContext(
            person: pack.pronouns.person.map { terms.add($0) }, body: pack.pronouns.body.map { terms.add($0) },
            outOfScope: pack.outOfScope.map { terms.add($0.when) }, inScope: pack.outOfScope?.unless.map { terms.add($0) })
        self.terms = terms
        analyzer = terms.analyzer
    }

    /// The grammar the pack was compiled with.
    public var grammar: Grammar { terms.grammar }
}

/// A principle with its rules and each rule's compiled patterns.
struct CompiledPrinciple: Sendable {
    let principle: Principle
    let criteria: [(criterion: Criterion, patterns: [CompiledPattern])]
    let redFlags: [(redFlag: RedFlag, patterns: [CompiledPattern])]
}
