/// Makes untrusted text inert on a terminal: control characters (ESC, CR, BEL, C1 controls) and
/// bidirectional overrides are shown as visible escapes instead of acting on the terminal.
///
/// Clause text, ids and file names come from files anyone may write; printed raw, an ESC sequence
/// could clear the screen, retitle the window or overwrite a message. Every text report, every
/// diagnostic and every message the CLI prints about an input goes through here.
public enum TerminalText {
    /// `text` with every control or bidi-control scalar written as `\u{XX}`; tabs become a space.
    public static func inert(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                result.append(" ")
            } else {
                append(scalar, to: &result)
            }
        }
        return result
    }

    /// A source line made inert for a diagnostic's snippet, and the caret's column in it.
    ///
    /// Tabs stay tabs so the caret, indented with the same tabs, lines up however they are shown;
    /// every scalar shown as an escape widens the line, so the caret moves right with it.
    public static func inertSnippet(_ line: String, column: Int) -> (text: String, column: Int) {
        guard line.unicodeScalars.contains(where: { isUnsafe($0) && $0 != "\t" }) else { return (line, column) }
        var result = ""
        var shownColumn = column
        for (index, scalar) in line.unicodeScalars.enumerated() {
            let before = result.unicodeScalars.count
            if scalar == "\t" { result.unicodeScalars.append(scalar) } else { append(scalar, to: &result) }
            if index < column - 1 { shownColumn += result.unicodeScalars.count - before - 1 }
        }
        return (result, shownColumn)
    }

    private static func append(_ scalar: Unicode.Scalar, to result: inout String) {
        if isUnsafe(scalar) {
            result.append("\\u{\(String(scalar.value, radix: 16, uppercase: true))}")
        } else {
            result.unicodeScalars.append(scalar)
        }
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        // Bidirectional embeddings, overrides and isolates, and the marks that reorder text.
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
        default: false
        }
    }
}
