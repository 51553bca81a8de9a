import AccordKit
import Testing

@Suite("Diagnostic text")
struct DiagnosticTextTests {
    @Test("compiler-style message, source line and caret")
    func plain() {
        let file = SourceFile(path: "agreements/x.yaml", text: "version: 1\nagreement:\n  partys: []\n")
        let sink = DiagnosticSink(file: file)
        sink.error(at: TextPosition(line: 3, column: 3), "unknown key 'partys' in 'agreement'; did you mean 'parties'?")
        #expect(
            sink.diagnostics[0].formatted() == """
                agreements/x.yaml:3:3: error: unknown key 'partys' in 'agreement'; did you mean 'parties'?
                 3 |   partys: []
                   |   ^
                """
        )
    }

    @Test("the caret keeps tabs and counts multibyte characters as one column")
    func tabsAndMultibyte() {
        let file = SourceFile(path: "f.yaml", text: "\tkey: «é» bad\n")
        let sink = DiagnosticSink(file: file)
        sink.error(at: TextPosition(line: 1, column: 11), "here")
        #expect(sink.diagnostics[0].formatted() == "f.yaml:1:11: error: here\n 1 | \tkey: «é» bad\n   | \t         ^")
    }

    @Test("a very long line is cut to a window around the caret")
    func longLine() {
        let line = String(repeating: "[", count: 10_000)
        let sink = DiagnosticSink(file: SourceFile(path: "deep.yaml", text: line + "\n"))
        sink.error(at: TextPosition(line: 1, column: 5_000), "too deep")
        let window = "…" + String(repeating: "[", count: 120) + "…"
        #expect(
            sink.diagnostics[0].formatted()
                == "deep.yaml:1:5000: error: too deep\n 1 | \(window)\n   | \(String(repeating: " ", count: 61))^")
    }

    @Test("a whole-file diagnostic has no snippet; colour wraps the parts")
    func wholeFileAndColour() {
        let diagnostic = Diagnostic(at: Location(file: "missing.yaml", position: nil), "cannot read the file: no such file")
        #expect(diagnostic.formatted() == "missing.yaml: error: cannot read the file: no such file")
        #expect(
            diagnostic.formatted(colored: true)
                == "\u{1B}[1mmissing.yaml:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m \u{1B}[1mcannot read the file: no such file\u{1B}[0m"
        )
    }
}
