import AccordKit
import AccordTestSupport
import Foundation
import Testing

@Suite("Escaping")
struct EscapingTests {
    @Test(
        "CSV fields are quoted only when needed, quotes doubled",
        arguments: [
            ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"no\"", "\"say \"\"no\"\"\""), ("two\nlines", "\"two\nlines\""),
            ("crlf\r\nend", "\"crlf\r\nend\""), ("", ""), ("Côte d'Ivoire", "Côte d'Ivoire"),
        ]
    )
    func csv(input: String, expected: String) {
        #expect(Escaping.csvField(input) == expected)
    }

    @Test(
        "CSV fields a spreadsheet would run as formulas get a leading quote; plain numbers stay numbers",
        arguments: [
            ("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"), ("@SUM(1)", "'@SUM(1)"),
            ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("=HYPERLINK(\"a\",\"b\")", "\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\""),
            ("-5", "-5"), ("-12.5", "-12.5"), ("+3", "+3"), ("-", "'-"), ("-.5", "'-.5"), ("a=b", "a=b"),
        ]
    )
    func csvFormulas(input: String, expected: String) {
        #expect(Escaping.csvField(input) == expected)
    }

    @Test("Markdown cells cannot break a table or inject markup")
    func markdown() {
        #expect(Escaping.markdownCell("a | b") == "a \\| b")
        #expect(Escaping.markdownCell("<script>*x*</script>\nnext") == "\\<script\\>\\*x\\*\\</script\\> next")
        #expect(Escaping.markdownInline("Art. 7(1) [see #3]") == "Art. 7(1) \\[see \\#3\\]")
    }

    @Test("Markdown shows entities, strikethrough, bare links and control characters as text")
    func markdownInlineHostile() {
        #expect(
            Escaping.markdownInline("R&D ~~struck~~ see https://evil.example or www.evil.example")
                == #"R\&D \~\~struck\~\~ see https\://evil.example or www\.evil.example"#)
        #expect(Escaping.markdownInline("a\u{1B}[2Jb\u{202E}c") == #"a\\u{1B}\[2Jb\\u{202E}c"#)
        #expect(Escaping.markdownInline("Côte d'Ivoire, 1.1.0, -5, a-b") == "Côte d'Ivoire, 1.1.0, -5, a-b")
    }

    @Test(
        "a field that opens a line cannot start a list, a heading or an underline",
        arguments: [
            ("- item", "\\- item"), ("+ item", "\\+ item"), ("1. first", "1\\. first"), ("2) second", "2\\) second"),
            ("===", "\\==="), ("# title", "\\# title"), ("-5", "-5"), ("1.1.0", "1.1.0"),
        ]
    )
    func markdownLineStart(input: String, expected: String) {
        #expect(Escaping.markdownInline(input) == expected)
    }

    @Test("a Markdown code span is fenced longer than any backtick run, and a pipe cannot end its cell")
    func markdownCode() {
        #expect(Escaping.markdownCode("who-code-2010") == "`who-code-2010`")
        #expect(Escaping.markdownCode("a`b") == "``a`b``")
        #expect(Escaping.markdownCode("`x") == "`` `x ``")
        #expect(Escaping.markdownCode("a|b") == #"`a\|b`"#)
    }

    @Test("only http and https URLs with a host become Markdown links, percent-encoded")
    func markdownLink() {
        #expect(
            Escaping.markdownLink("https://example.org/a|b<script>alert(1)</script>")
                == "<https://example.org/a%7Cb%3Cscript%3Ealert(1)%3C/script%3E>")
        #expect(Escaping.markdownLink("HTTP://example.org/café?q=1&r=2") == "<HTTP://example.org/caf%C3%A9?q=1&r=2>")
        #expect(Escaping.markdownLink("javascript:alert(1)") == nil)
        #expect(Escaping.markdownLink("https:///etc/passwd") == nil)
        #expect(Escaping.markdownLink("https://exa mple.org/") == nil)
        #expect(Escaping.markdownLink("https://evil.example\u{1B}]8;;x/") == nil)
    }

    @Test("the CSV parses with Python's csv module: one header, one row, fields intact")
    func csvReadsBack() throws {
        let yaml = """
            version: 1
            agreement:
              id: x
              title: "Title, with \\"quotes\\"\\nand a line break"
              scope: bilateral
              instrument: agreement
              status: draft
              parties: [{country: GBR, role: destination}, {country: KEN, role: origin}]
              sources: [{id: s, title: T, publisher: P, year: 2026, text: verbatim}]
            clauses:
              - {id: "1", text: "No recruitment fees shall be charged to nurses."}

            """
        let agreement = try AgreementLoader().load(SourceFile(path: "x.yaml", text: yaml))
        let pack = try RulePackLoader().load(
            DirectoryPackFiles(root: RepositoryPaths.fixtures.appendingPathComponent("packs/mini").path))
        let report = try Engine.report(for: agreement, pack: pack)
        let csv = CSVRenderer().render(report, options: RenderOptions())
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import csv,sys,json; print(json.dumps(list(csv.reader(sys.stdin, strict=True))))"]
        let input = Pipe()
        let output = Pipe()
        python.standardInput = input
        python.standardOutput = output
        try python.run()
        input.fileHandleForWriting.write(Data(csv.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        python.waitUntilExit()
        let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
        #expect(rows.count == 2)
        #expect(rows[0].first == "id" && rows[0].count == rows[1].count)
        #expect(rows[1][1] == "Title, with \"quotes\"\nand a line break")
        #expect(rows[1][6] == "en")
        #expect(rows[1][9] == "75.0")  // (3 × 100 + 1 × 0) / 4: no-fees binding, no return clause
    }
}
