/// The file line of a piece of evidence: known, or a word of a clause whose word lines are walked
/// only when something reads the line.
///
/// Why deferred: finding a word's line walks the clause's source, and a batch writing CSV rows
/// never shows a line; rules keep evidence for every clause they match, so walking at ranking
/// time cost a fortieth of batch time for nothing.
enum EvidenceLine: Sendable {
    /// The line, or none, known already (an annotation's line).
    case known(Int?)
    /// Whitespace-separated word `index` of a clause text with `count` words (counted when needed if
    /// nil); `fallback` (where the text starts) when the source has no words to walk.
    case word(Int, count: Int?, lines: TextWordLines, fallback: Int?)

    /// The line, found now if it was deferred (and remembered by the clause's `TextWordLines`).
    var line: Int? {
        switch self {
        case .known(let line):
            return line
        case .word(let index, let count, let lines, let fallback):
            let found = lines.lines(wordCount: count)
            guard !found.isEmpty else { return fallback }
            return found[min(max(index, 0), found.count - 1)]
        }
    }

    /// True when both give the same line; the same word of the same clause is the same line
    /// without walking the clause.
    func isSameLine(as other: EvidenceLine) -> Bool {
        if case .word(let index, _, let lines, _) = self, case .word(let otherIndex, _, let otherLines, _) = other,
            lines === otherLines, index == otherIndex
        {
            return true
        }
        return line == other.line
    }
}
