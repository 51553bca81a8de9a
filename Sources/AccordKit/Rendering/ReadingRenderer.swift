import AccordText

/// Shows how accord reads a clause: its parts and clauses with their modality and commitment, and
/// the costs, restrictions and comparisons found, each with the words behind it.
///
/// For rule-pack
/// authors and anyone who wants to see why a verdict came out as it did (`accord read`).
public enum ReadingRenderer {
    /// The reading of `text`, as plain text lines.
    public static func describe(_ text: AnalyzedText) -> String {
        func words(_ range: Range<Int>?) -> String {
            guard let range, !range.isEmpty else { return "(not said)" }
            return "“"
                + TerminalText.inert(
                    text.excerpt(from: text.tokens[range.lowerBound].start, to: text.tokens[range.upperBound - 1].end)) + "”"
        }
        var lines: [String] = []
        for (number, part) in text.parts.enumerated() {
            lines.append("part \(number + 1): \(part.modality), \(part.commitment.explanation)")
            for index in part.segments {
                let segment = text.segments[index]
                lines.append("  clause \(index + 1): \(segment.modality) \(words(segment.tokenRange))")
                if segment.commitment != part.commitment { lines.append("    \(segment.commitment.explanation)") }
                for frame in text.meaning.costs where frame.segment == index {
                    lines.append(
                        "    cost: \(frame.burden == .bears ? "borne by" : "spared") \(words(frame.party)) (cue \(words(frame.cue)))"
                    )
                }
                for frame in text.meaning.restrictions where frame.segment == index {
                    lines.append(
                        "    \(frame.stance == .restricted ? "restriction" : "freedom"): \(words(frame.actor)) — \(words(frame.action)) (cue \(words(frame.cue)))"
                    )
                }
                for frame in text.meaning.comparisons where frame.segment == index {
                    lines.append("    comparison: \(frame.direction) (cue \(words(frame.cue)))")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
