import AccordKit
import Testing

/// Evidence is reported at the file line of its first word, whatever the scalar style the encoder
/// chose: plain, quoted, folded or literal, with non-ASCII text before it on the line.
@Suite("Word lines of clause text")
struct TextWordLineTests {
    /// The clause of `minimalAgreement` with its text written as `yaml` (indented as a mapping value).
    private func clause(_ yaml: String) throws -> Clause {
        let original = "    text: No recruitment fees shall be charged to health workers.\n"
        let text = minimalAgreement.replacingOccurrences(of: original, with: yaml)
        return try AgreementLoader().load(SourceFile(path: "test.yaml", text: text)).clauses[0]
    }

    @Test("plain multi-line scalar: each word at its own line")
    func plain() throws {
        let clause = try clause("    text: No recruitment\n      fees shall be\n\n      charged.\n")
        #expect(clause.textWordLines == [22, 22, 23, 23, 23, 25])
    }

    @Test("folded block: the indicator is not a word, and offsets map to lines")
    func folded() throws {
        let clause = try clause("    text: >-\n      Héalth workers\n      shall   pay\n      no fees.\n")
        #expect(clause.text == "Héalth workers shall   pay no fees.")
        #expect(clause.textWordLines == [23, 23, 24, 24, 25, 25])
        let text = try #require(clause.text)
        let offset = { (word: String) in text.utf8.count - text[text.range(of: word)!.lowerBound...].utf8.count }
        #expect(clause.line(atTextOffset: offset("workers")) == 23)
        #expect(clause.line(atTextOffset: offset("pay")) == 24)
        #expect(clause.line(atTextOffset: offset("fees")) == 25)
    }

    @Test("double-quoted scalar after a multibyte key on the same line")
    func quoted() throws {
        let clause = try clause("    heading: \"Frais — fees\"\n    text: \"No fees\n      at all\"\n")
        #expect(clause.textWordLines == [23, 23, 24, 24])
    }

    @Test("literal block keeps its lines")
    func literal() throws {
        let clause = try clause("    text: |\n      No fees.\n      Ever.\n")
        #expect(clause.textWordLines == [23, 23, 24])
    }
}
