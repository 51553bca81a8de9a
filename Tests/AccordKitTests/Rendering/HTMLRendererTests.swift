import AccordKit
import AccordTestSupport
import Foundation
import Testing

/// The self-contained HTML report: escaping, the chart's text alternative, nothing fetched, and
/// byte-identical output.
@Suite("HTML report")
struct HTMLRendererTests {
    func report(_ name: String = "gbr-npl-2022") throws -> Report {
        let pack = try #require(try BuiltInRulePacks.load())
        let relative = "agreements/\(name).yaml"
        let bytes = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent(relative))
        let agreement = try AgreementLoader().load(SourceFile(path: relative, bytes: Array(bytes)))
        return try Engine.report(for: agreement, pack: pack)
    }

    /// The report of `name` with hostile text put into the fields a renderer shows.
    func hostileReport() throws -> Report {
        let data = try JSONEncoder().encode(try report())
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var agreement = try #require(object["agreement"] as? [String: Any])
        agreement["title"] = "<script>alert(\"title\")</script> & 'co'"
        agreement["shortTitle"] = "<b onmouseover=\"x()\">short</b>"
        var sources = try #require(agreement["sources"] as? [[String: Any]])
        sources[0]["url"] = "javascript:alert('x')"
        sources[1]["title"] = "</a><script>1</script>"
        agreement["sources"] = sources
        object["agreement"] = agreement
        var principles = try #require(object["principles"] as? [[String: Any]])
        principles[0]["title"] = "<svg onload=\"x()\">"
        principles[1].removeValue(forKey: "score")
        var criteria = try #require(principles[2]["criteria"] as? [[String: Any]])
        var evidence = try #require(criteria[0]["evidence"] as? [[String: Any]])
        evidence[0]["text"] = "</mark><script>alert('pwned')</script> \"quoted\" & more"
        evidence[0]["clause"] = "<i>clause</i>"
        criteria[0]["evidence"] = evidence
        principles[2]["criteria"] = criteria
        object["principles"] = principles
        var gaps = try #require(object["gaps"] as? [[String: Any]])
        gaps[0]["modelClause"] = "</blockquote><script>alert(1)</script>"
        gaps[0]["statement"] = "<critical>"
        object["gaps"] = gaps
        return try JSONDecoder().decode(Report.self, from: try JSONSerialization.data(withJSONObject: object))
    }

    func render(_ report: Report) -> String {
        HTMLRenderer().render(report, options: RenderOptions())
    }

    @Test("a report whose severity is not one of the known words does not decode: no renderer meets it")
    func unknownSeverityRefused() throws {
        let report = try hostileReport()
        var object = try #require(try JSONSerialization.jsonObject(with: try JSONEncoder().encode(report)) as? [String: Any])
        var gaps = try #require(object["gaps"] as? [[String: Any]])
        gaps[0]["severity"] = "<critical>"
        object["gaps"] = gaps
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Report.self, from: try JSONSerialization.data(withJSONObject: object))
        }
    }

    @Test("the five markup characters are escaped")
    func escaping() {
        #expect(HTMLEscaping.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLEscaping.escape("plain – text") == "plain – text")
        #expect(HTMLEscaping.escape("a\u{0}b\u{7}") == "a\u{FFFD}b\u{FFFD}")
        #expect(HTMLEscaping.identifier("a b<c>\"d") == "a-b-c--d")
    }

    @Test("hostile clause text, titles and addresses are shown, never interpreted")
    func hostileText() throws {
        let html = render(try hostileReport())
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b onmouseover"))
        #expect(!html.contains("<svg onload"))
        #expect(!html.contains("<i>clause"))
        #expect(!html.contains("<critical>"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &#39;co&#39;"))
        #expect(
            html.contains(
                "<mark>&lt;/mark&gt;&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; &quot;quoted&quot; &amp; more</mark>"))
        #expect(html.contains("&lt;/blockquote&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("javascript:alert(&#39;x&#39;)"))
        #expect(html.contains("<td>not scored</td>"))
    }

    @Test("the chart has a text alternative and a table of the same numbers")
    func chartAlternative() throws {
        let report = try report()
        let html = render(report)
        #expect(html.contains("<svg class=\"bar-chart\""))
        #expect(html.contains("role=\"img\""))
        #expect(html.contains("aria-label=\"Bar chart of \(report.principles.count) principle scores"))
        #expect(html.contains("<title id=\"chart-title\">"))
        #expect(html.contains("<desc id=\"chart-desc\">"))
        #expect(html.contains("<table class=\"visually-hidden\">"))
        for principle in report.principles {
            let score = try #require(principle.score)
            let number = String(format: "%.1f", score)
            #expect(html.contains("<tr><th scope=\"row\">\(HTMLEscaping.escape(principle.title))</th><td>\(number)</td></tr>"))
            #expect(html.contains("\(HTMLEscaping.escape(principle.title)): \(number)"))
        }
    }

    @Test("evidence is a highlighted quote with its clause and line")
    func evidence() throws {
        let html = render(try report())
        #expect(
            html.contains("Clause reported-4, line 149 · matched words</span><q><mark>same benefits as UK nurses</mark></q>"))
        #expect(html.contains("encoder’s note</span><q class=\"note-quote\">Press reports say"))
        #expect(html.contains("<figcaption>Model clause</figcaption>"))
    }

    @Test("the page fetches nothing: the only addresses are the sources' links", arguments: ["gbr-npl-2022", "deu-phl-2013"])
    func selfContained(name: String) throws {
        let report = try report(name)
        var html = render(report)
        for url in report.agreement.sources.compactMap(\.url) {
            html = html.replacingOccurrences(of: HTMLEscaping.escape(url), with: "")
        }
        #expect(!html.lowercased().contains("http"))
        for fetch in ["<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "@font-face"] {
            #expect(!html.lowercased().contains(fetch), "found \(fetch)")
        }
    }

    @Test("headings go down one level at a time from a single h1")
    func headingOrder() throws {
        let html = render(try report("drafts/contrary-draft-bilateral-2026"))
        var levels: [Int] = []
        var rest = Substring(html)
        while let range = rest.range(of: "<h") {
            rest = rest[range.upperBound...]
            if let digit = rest.first?.wholeNumberValue, (1...6).contains(digit) { levels.append(digit) }
        }
        #expect(levels.first == 1)
        #expect(levels.filter { $0 == 1 }.count == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "h\(previous) followed by h\(next)")
        }
    }

    @Test("identical inputs give byte-identical HTML")
    func deterministic() throws {
        let first = render(try report("gbr-ken-2021"))
        _ = render(try report("drafts/contrary-draft-bilateral-2026"))
        let second = render(try report("gbr-ken-2021"))
        #expect(Array(first.utf8) == Array(second.utf8))
    }
}
