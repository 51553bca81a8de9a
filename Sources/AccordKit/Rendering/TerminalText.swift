/// Makes untrusted text inert on a terminal: control characters (ESC, CR, BEL, C1 controls) and
/// bidirectional overrides are shown as visible escapes instead of acting on the terminal.
///
/// Clause text, ids and file names come from files anyone may write; printed raw, an ESC sequence
/// could clear the screen, retitle the window or overwrite a message.
enum TerminalText {
    /// `text` with every control or bidi-control scalar written as `\u{XX}`; tabs become a space.
    static func inert(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                result.append(" ")
            } else if isUnsafe(scalar) {
                result.append("\\u{\(String(scalar.value, radix: 16, uppercase: true))}")
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
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
