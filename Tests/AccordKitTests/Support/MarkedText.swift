import AccordKit

/// Text with position markers (1️⃣ … 9️⃣) removed, and where each marker stood.
///
/// Tests write expected locations as markers instead of hand-counted numbers, which are wrong half
/// the time; columns are counted in Unicode scalars, as libyaml and accord count them.
struct MarkedText {
    /// The text without markers.
    let text: String
    /// Marker → 1-based position in `text`.
    let markers: [String: TextPosition]

    init(_ marked: String) {
        var text = ""
        var markers: [String: TextPosition] = [:]
        let scalars = Array(marked.unicodeScalars)
        var line = 1
        var column = 1
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if ("1"..."9").contains(scalar), index + 2 < scalars.count,
                scalars[index + 1] == "\u{FE0F}", scalars[index + 2] == "\u{20E3}"
            {
                markers[String(String.UnicodeScalarView([scalar, "\u{FE0F}", "\u{20E3}"]))] = TextPosition(
                    line: line, column: column)
                index += 3
                continue
            }
            text.unicodeScalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        self.text = text
        self.markers = markers
    }

    /// The position of `marker`; a missing marker is a mistake in the test itself.
    func position(_ marker: String) -> TextPosition {
        guard let position = markers[marker] else { fatalError("marker \(marker) is not in the test text") }
        return position
    }
}
