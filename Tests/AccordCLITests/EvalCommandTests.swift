import AccordTestSupport
import Foundation
import Testing

/// `accord eval` and `accord read` end to end: the figures a CI floor reads, the exit statuses,
/// and the reading a user checks a sentence with.
@Suite("accord eval and read")
struct EvalCommandTests {
    static let small = "Tests/Fixtures/eval/small.csv"

    @Test("the text report of a small labelled set is the golden one; JSON is byte-identical across runs")
    func report() throws {
        let text = try AccordProcess.run(["eval", Self.small, "--confusions", "all", "--color", "never"])
        #expect(text.status == 0)
        #expect(GoldenFile.mismatch(text.standardOutput, golden: "Tests/Fixtures/golden/eval-small.txt") == nil)
        let first = try AccordProcess.run(["eval", Self.small, "--format", "json"])
        let second = try AccordProcess.run(["eval", Self.small, "--format", "json"])
        #expect(first.status == 0 && first.standardOutput == second.standardOutput)
        let object = try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as? [String: Any]
        let figures = object?["figures"] as? [[String: Any]]
        #expect(figures?.compactMap { $0["name"] as? String } == ["dev", "held-out", "all"])
        // Only dev disagreements are listed unless asked: held-out errors are not for reading.
        #expect((object?["confusions"] as? [Any])?.isEmpty == true)
    }

    @Test("a held-out figure below its floor exits 3 and names it; at the floor, 0")
    func floors() throws {
        let below = try AccordProcess.run(["eval", Self.small, "--confusions", "none", "--min-red-flag-recall", "0.6"])
        #expect(below.status == 3)
        #expect(below.standardError == "eval: held-out: red-flag recall 0.5 < 0.6\n")
        let at = try AccordProcess.run([
            "eval", Self.small, "--confusions", "none", "--min-red-flag-recall", "0.5", "--min-f1", "0.8",
            "--max-false-red-flags", "0", "--min-modality", "1",
        ])
        #expect(at.status == 0)
        #expect(try AccordProcess.run(["eval", Self.small, "--min-f1", "1.01"]).status == 2)
    }

    @Test("a broken labelled file exits 1 with every problem located")
    func broken() throws {
        let result = try AccordProcess.run(["eval", "Tests/Fixtures/eval/broken.csv"])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError == """
                Tests/Fixtures/eval/broken.csv:2:1: error: split 'tuning' is not one of 'dev', 'held-out'
                Tests/Fixtures/eval/broken.csv:3:1: error: provides names principle 'data-exchange', which the rule pack does not have
                Tests/Fixtures/eval/broken.csv:4:1: error: party 'origin:XXX' should be a role and an ISO 3166-1 alpha-3 code, such as 'origin:KEN'
                Tests/Fixtures/eval/broken.csv:5:1: error: provides 'data-information-exchange:strong' has strength 'strong'; expected binding, hortatory or mention

                """)
    }

    @Test("read shows who bears a cost, in the clause's own words")
    func read() throws {
        let result = try AccordProcess.run(["read", "The costs of the visa shall be met by the applicant."])
        #expect(result.status == 0)
        #expect(
            result.standardOutput == """
                part 1: binding, an operative provision
                  clause 1: binding “The costs of the visa shall be met by the applicant”
                    cost: borne by “the applicant” (cue “met”)

                """)
    }
}
