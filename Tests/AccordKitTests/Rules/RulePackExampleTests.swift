import AccordKit
import Testing

/// Every example of the built-in pack behaves as declared; a failure names the example's line.
@Suite("Built-in pack examples")
struct RulePackExampleTests {
    static let outcomes: [RuleExampleRunner.Outcome] = {
        guard let pack = try? BuiltInRulePacks.load() else { return [] }
        return RuleExampleRunner(compiled: Engine.compiled(pack)).run()
    }()

    @Test("the built-in pack has examples")
    func hasExamples() {
        #expect(Self.outcomes.count >= 150)
    }

    @Test("example behaves as declared", arguments: 0..<outcomes.count)
    func example(index: Int) {
        let outcome = Self.outcomes[index]
        #expect(
            outcome.passed,
            "\(outcome.example.location): '\(outcome.rule)' expected \(outcome.example.expectation), got \(outcome.actual): \(outcome.example.text)"
        )
    }
}
