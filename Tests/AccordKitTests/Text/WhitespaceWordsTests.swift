import AccordText
import Testing

@testable import AccordKit

/// Whitespace-separated words, which map clause text to file lines: the ASCII fast path and the
/// scalar path must agree.
@Suite("Whitespace words")
struct WhitespaceWordsTests {
    @Test(
        "words are counted alike on the ASCII path and the Unicode path",
        arguments: [
            ("", 0), ("   ", 0), ("one", 1), (" one ", 1), ("one two", 2), ("a\tb\nc\r\nd\u{0B}e\u{0C}f", 6),
            ("café au lait", 3), ("no\u{00A0}break", 2), ("em\u{2003}space and  more", 4), ("«quoted» words—dash", 2),
        ])
    func count(text: String, words: Int) {
        #expect(WhitespaceWords.count(in: text) == words)
        #expect(WhitespaceWords.ranges(in: text).count == words)
        // The analyser counts the same words while splitting, and evidence lines rely on its count.
        #expect(Engine.analyze(text).textWordCount == words)
    }

    @Test(
        "the analyser's count of words matches on treaty punctuation",
        arguments: [
            "(a) the Parties shall: (i) cooperate; and (ii) report.", "Art. 4.2 — e.g. the worker's pay", " … ‘quoted’ (b)",
            "4.2.1\tno\u{2028}line separator", "(c)(d) ; ;",
        ])
    func analyserCount(text: String) {
        #expect(Engine.analyze(text).textWordCount == WhitespaceWords.count(in: text))
    }
}
