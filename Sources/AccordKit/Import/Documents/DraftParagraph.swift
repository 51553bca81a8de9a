/// One paragraph of a draft document, as every reader gives it to the structurer: its text, the
/// number the word processor printed before it (Word's and LibreOffice's automatic numbering, which
/// is not in the text), and whether it was styled as a title or heading.
struct DraftParagraph: Sendable, Hashable {
    /// How the paragraph is styled.
    enum Kind: Sendable, Hashable {
        case title
        case heading
        case body
        /// A row of a table, its cells joined: text of the clause above it (a schedule of fees,
        /// say), never a heading.
        case tableRow
    }

    /// Whether the word processor styled it as a title or heading.
    var isHeadingStyled: Bool { kind == .title || kind == .heading }

    /// The text, with runs joined, tabs and line breaks as spaces, runs of spaces collapsed.
    var text: String
    /// The automatic number shown before it ("Article 4", "4.2", "(b)"), if any.
    var number: String?
    var kind: Kind

    init(text: String, number: String? = nil, kind: Kind = .body) {
        self.text = DraftParagraph.tidy(text)
        self.number = number.map(DraftParagraph.tidy).flatMap { $0.isEmpty ? nil : $0 }
        self.kind = kind
    }

    /// The text as it reads: white space of any kind (tabs, no-break spaces, line breaks) as one
    /// space, control characters dropped, no space at either end.
    static func tidy(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{FEFF}" {
                pendingSpace = !result.isEmpty
                continue
            }
            if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format { continue }
            if pendingSpace {
                result.unicodeScalars.append(" ")
                pendingSpace = false
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
