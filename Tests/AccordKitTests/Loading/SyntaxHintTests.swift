import Testing

@testable import AccordKit

/// YAML syntax errors that pasted prose causes come with what to do about them.
@Suite("Hints for YAML syntax errors in prose")
struct SyntaxHintTests {
    static let head = "version: 1\nagreement:\n  id: x\nclauses:\n  - id: \"1\"\n"

    static func message(_ clause: String) -> String? {
        AgreementLoader().diagnose(SourceFile(path: "d.yaml", text: head + clause)).diagnostics.first.map {
            "\($0.location.position.map { "\($0.line):\($0.column)" } ?? "-") \($0.message)"
        }
    }

    @Test(
        "each kind of prose mistake gets its hint, at the place libyaml stops",
        arguments: [
            (
                "    text: The Parties agree as follows: they shall cooperate.\n",
                "6:39 YAML syntax error: mapping values are not allowed in this context; hint: \(SyntaxHints.colon)"
            ),
            (
                "    text: \"The Parties shall cooperate.\n  - id: \"2\"\n    text: x\n",
                "7:10 YAML syntax error: did not find expected key (while parsing a block mapping that starts at 5:5); hint: \(SyntaxHints.openQuote)"
            ),
            (
                "    text: \"the Participants\" shall cooperate.\n",
                "6:30 YAML syntax error: did not find expected key (while parsing a block mapping that starts at 5:5); hint: \(SyntaxHints.quoteThenText)"
            ),
            (
                "\ttext: The Parties\n",
                "6:1 YAML syntax error: found character that cannot start any token (while scanning for the next token that starts at 6:1); hint: \(SyntaxHints.tab)"
            ),
            (
                "    text: @home workers\n",
                "6:11 YAML syntax error: found character that cannot start any token (while scanning for the next token that starts at 6:11); hint: \(SyntaxHints.reservedStart)"
            ),
        ])
    func hints(clause: String, expected: String) {
        #expect(Self.message(clause) == expected)
    }

    @Test("a colon in quoted or folded text is no error at all")
    func quotedColon() {
        #expect(Self.message("    text: \"The Parties agree as follows: they shall cooperate.\"\n")?.contains("syntax") != true)
        #expect(
            Self.message("    text: >-\n      The Parties agree as follows: they shall cooperate.\n")?.contains("syntax") != true)
    }
}
