import AccordText
import Synchronization

/// The file line of each whitespace-separated word of a clause's text, found on first use.
///
/// Why on first use: only evidence a report writes out needs a line, a batch writing CSV needs none,
/// and walking every clause's source while loading was a twentieth of batch time. The walk goes
/// from where the scalar starts in the file: folding and quoting change spacing, never the order of
/// words.
public final class TextWordLines: Sendable, Hashable {
    private let source: SourceText
    private let position: TextPosition
    private let text: String
    private let found = Mutex<[Int]?>(nil)

    /// The lines of `text`, a scalar that starts at `position` of `source`.
    init(of text: String, at position: TextPosition, in source: SourceText) {
        self.source = source
        self.position = position
        self.text = text
    }

    /// One line per word of the text, in order; fewer if the source ran out of words.
    public var lines: [Int] { lines(wordCount: nil) }

    /// `lines`; `wordCount`, the text's number of words (as its analysis counted them), spares
    /// counting them again.
    func lines(wordCount: Int?) -> [Int] {
        found.withLock { found in
            if let found { return found }
            // Checked once, on the walk: every read of an evidence line comes here, and counting a
            // long text on each read made a 5,000-part clause quadratic in debug builds.
            assert(wordCount == nil || wordCount == WhitespaceWords.count(in: text), "the analyser counted other words")
            let lines = Self.walk(source, from: position, words: wordCount ?? WhitespaceWords.count(in: text))
            found = lines
            return lines
        }
    }

    public static func == (left: TextWordLines, right: TextWordLines) -> Bool { left.lines == right.lines }

    public func hash(into hasher: inout Hasher) { hasher.combine(lines) }

    /// The line of each of the first `wanted` words from `position` of `source`.
    private static func walk(_ source: SourceText, from position: TextPosition, words wanted: Int) -> [Int] {
        guard wanted > 0, let lineStart = source.start(ofLine: position.line) else { return [] }
        var lines: [Int] = []
        lines.reserveCapacity(wanted)
        source.file.bytes.withUnsafeBufferPointer { bytes in
            // Skip to the scalar's column: columns count scalars, so continuation bytes are stepped over.
            var index = lineStart
            var column = 1
            while column < position.column, index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
                index += 1
                while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
                column += 1
            }
            var line = position.line
            // Line feeds are counted in the gaps between words.
            while lines.count < wanted {
                index = WhitespaceWords.end(ofSpaceIn: bytes, from: index) { offset in
                    if bytes[offset] == UInt8(ascii: "\n") { line += 1 }
                }
                guard index < bytes.count else { break }
                let wordStart = index
                index = WhitespaceWords.end(ofWordIn: bytes, from: index)
                // Block-scalar indicators (">-", "|") on the first line are not words of the text.
                if line == position.line, isBlockIndicator(bytes[wordStart..<index]) { continue }
                lines.append(line)
            }
        }
        return lines
    }

    /// `>`, `|`, and either followed by a chomping indicator.
    private static func isBlockIndicator(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard word.count <= 2, let first = word.first, first == UInt8(ascii: ">") || first == UInt8(ascii: "|") else {
            return false
        }
        return word.count == 1 || word.last == UInt8(ascii: "-") || word.last == UInt8(ascii: "+")
    }
}

/// A file, shared by the clauses read from it, and where its lines start (found once, when the
/// first clause needs a line).
final class SourceText: Sendable {
    let file: SourceFile
    private let lineStarts = Mutex<[Int]?>(nil)

    init(_ file: SourceFile) {
        self.file = file
    }

    /// The byte offset where 1-based line `line` starts, or nil past the end.
    func start(ofLine line: Int) -> Int? {
        lineStarts.withLock { starts in
            if starts == nil { starts = file.lineStarts() }
            guard let starts, line >= 1, line <= starts.count else { return nil }
            return starts[line - 1]
        }
    }
}
