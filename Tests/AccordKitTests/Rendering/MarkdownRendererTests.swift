import AccordKit
import AccordTestSupport
import Foundation
import Testing

/// The Markdown report of an agreement whose free text is hostile: nothing in it becomes markup,
/// a link other than the source URL, or a broken table.
@Suite("Markdown renderer")
struct MarkdownRendererTests {
    func hostileReport() throws -> Report {
        let relative = "Tests/Fixtures/hostile/control-characters.yaml"
        let bytes = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent(relative))
        let agreement = try AgreementLoader().load(SourceFile(path: relative, bytes: Array(bytes)))
        return try Engine.report(for: agreement, pack: try #require(try BuiltInRulePacks.load()))
    }

    @Test("the source URL is a percent-encoded link; titles and ids are escaped")
    func hostile() throws {
        let markdown = MarkdownRenderer().render(try hostileReport(), options: RenderOptions())
        let lines = markdown.components(separatedBy: "\n")
        #expect(
            lines.contains(
                #"| Source | Source \\u{1B}\[31mred\\u{1B}\[0m, P, 2026 <https://example.org/a%7Cb%3Cscript%3Ealert(1)%3C/script%3E> (synthetic, verbatim) |"#
            ))
        #expect(
            lines.first
                == #"# Short\\u{1B}\]8;;https\://evil.example/\\u{1B}\\link\\u{1B}\]8;;\\u{1B}\\ title \\u{202E}evil Café"#)
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}
