/// Runs every example of a pack through the engine and reports those that do not behave as declared.
///
/// Examples are documentation and tests at once: `accord rules test` and a parameterised Swift test
/// both use this, and a failure points at the example's own line in the pack file.
public struct RuleExampleRunner: Sendable {
    /// The pack, compiled with the grammar of its examples' language.
    public let compiled: CompiledPack

    /// Creates a runner for `compiled`.
    public init(compiled: CompiledPack) {
        self.compiled = compiled
    }

    /// One example and what the engine made of it.
    public struct Outcome: Sendable {
        /// The criterion or red-flag id.
        public let rule: String
        public let example: RuleExample
        /// What the engine produced, in the same words as the expectation.
        public let actual: RuleExample.Expectation
        /// The evidence behind `actual`, for explaining a failure.
        public let evidence: [Evidence]

        /// True when the engine did what the example declares.
        public var passed: Bool { actual == example.expectation }
    }

    /// Every example of every criterion and red flag, in pack order.
    ///
    /// Each example is evaluated as a clause of its own, with the rule's contexts taken to hold.
    public func run() -> [Outcome] {
        let evaluator = Evaluator(compiled: compiled)
        var outcomes: [Outcome] = []
        for principle in compiled.principles {
            for (criterion, patterns) in principle.criteria {
                for example in criterion.examples {
                    let prepared = evaluator.prepare([Self.clause(example)], leadIn: nil)
                    let result = evaluator.evaluate(
                        criterion, patterns: patterns, principle: principle.principle, clauses: prepared,
                        holding: Set(criterion.appliesWhen))
                    outcomes.append(
                        Outcome(
                            rule: criterion.id, example: example, actual: .strength(result.strength), evidence: result.evidence))
                }
            }
            for (flag, patterns) in principle.redFlags {
                for example in flag.examples {
                    let prepared = evaluator.prepare([Self.clause(example)], leadIn: nil)
                    var contrary = Set<Evaluator.ContraryPart>()
                    let result = evaluator.evaluate(
                        flag, patterns: patterns, clauses: prepared, holding: Set(flag.appliesWhen), marking: &contrary)
                    outcomes.append(
                        Outcome(
                            rule: flag.id, example: example, actual: result.isRaised ? .flagged : .clear,
                            evidence: result.evidence))
                }
            }
        }
        return outcomes
    }

    static func clause(_ example: RuleExample) -> Clause {
        Clause(
            id: "example", heading: nil, text: example.text, sourceID: "example", wording: .verbatim, subclauses: [],
            annotations: [], notes: nil, position: example.location.position ?? .start,
            textPosition: example.location.position, wordLines: nil
        )
    }
}
