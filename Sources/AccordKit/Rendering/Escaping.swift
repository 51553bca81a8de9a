/// Escaping for the text formats accord writes; each function is tested on hostile input.
public enum Escaping {
    /// A CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF, with quotes doubled.
    ///
    /// A field a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or CR)
    /// gets a leading `'`, as OWASP advises against CSV injection; a plain number such as `-5` is
    /// not a formula and is left as it is, so numeric columns stay numbers.
    public static func csvField(_ text: String) -> String {
        let text = isFormula(text) ? "'" + text : text
        guard text.utf8.contains(where: { csvSpecial[Int($0)] }) else { return text }
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True when a spreadsheet could take `text` for a formula: it opens with a formula character
    /// and is not a plain decimal number (`-5`, `+2.5`).
    static func isFormula(_ text: String) -> Bool {
        guard let first = text.utf8.first, "=+-@\t\r".utf8.contains(first) else { return false }
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: "+") else { return true }
        let digits = text.utf8.dropFirst()
        let parts = digits.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        let isNumber =
            !digits.isEmpty && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { (0x30...0x39).contains($0) } }
        return !isNumber
    }

    /// Bytes that make a CSV field need quotes: comma, quote, CR, LF.
    private static let csvSpecial = (0...255).map { [0x2C, 0x22, 0x0D, 0x0A].contains($0) }

    /// Text for a Markdown table cell; the same as `markdownInline`, which already escapes `|`.
    public static func markdownCell(_ text: String) -> String {
        markdownInline(text)
    }

    /// Text for Markdown prose or a table cell, shown as written and never interpreted.
    ///
    /// Line breaks become spaces; control and bidi characters are shown as `\u{1B}` (as on a
    /// terminal); every character that starts inline markup, an entity, a strikethrough, a table
    /// cell or raw HTML is escaped; so are the `://` and `www.` that GFM turns into links, and a
    /// leading `- `, `+ `, `==` or `1. ` that would start a list or an underline when the field
    /// opens a line.
    public static func markdownInline(_ text: String) -> String {
        let characters = Array(TerminalText.inert(text.replacingLineBreaks()))
        var result = ""
        for (index, character) in characters.enumerated() {
            if needsBackslash(characters, at: index) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// Whether the character at `index` of a Markdown field must be escaped to be shown as text.
    private static func needsBackslash(_ characters: [Character], at index: Int) -> Bool {
        switch characters[index] {
        case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "&", "~", "|": true
        case ":": characters[(index + 1)...].starts(with: "//")
        case ".":
            index >= 3 && characters[(index - 3)..<index].allSatisfy { $0 == "w" || $0 == "W" }
                || startsOrderedList(characters, dotAt: index)
        case ")": startsOrderedList(characters, dotAt: index)
        case "-", "+", "=": index == 0 && (characters.count == 1 || [" ", characters[0]].contains(characters[1]))
        default: false
        }
    }

    /// True when `characters` open with digits and `index` is the `.` or `)` right after them,
    /// followed by a space or nothing: a list item's marker.
    private static func startsOrderedList(_ characters: [Character], dotAt index: Int) -> Bool {
        index > 0 && characters[..<index].allSatisfy(\.isASCIIDigit)
            && (index + 1 == characters.count || characters[index + 1] == " ")
    }

    /// `text` as a Markdown code span, fenced with more backticks than it holds in a row, so no
    /// id or version can close the span early; `|` escaped so it cannot end a table cell.
    public static func markdownCode(_ text: String) -> String {
        let flat = TerminalText.inert(text.replacingLineBreaks())
        var longest = 0
        var run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = flat.hasPrefix("`") || flat.hasSuffix("`") || flat.isEmpty ? " " : ""
        var body = ""
        for character in flat {
            if character == "|" { body.append("\\") }
            body.append(character)
        }
        return fence + padding + body + padding + fence
    }

    /// `url` as a Markdown autolink (`<https://...>`) when it is an http or https URL with a host,
    /// every character an autolink or a table cannot hold (`<`, `>`, `|`, spaces, quotes,
    /// non-ASCII...) percent-encoded; nil for anything else, which a renderer shows as text.
    public static func markdownLink(_ url: String) -> String? {
        let lower = url.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }) else { return nil }
        let rest = url.utf8.dropFirst(scheme.utf8.count)
        let host = rest.prefix { !"/?#".utf8.contains($0) }
        guard !host.isEmpty, host.allSatisfy(isHostByte) else { return nil }
        var encoded = ""
        for byte in url.utf8 {
            if urlKept[Int(byte)] {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return "<" + encoded + ">"
    }

    /// Letters, digits and the punctuation of a host (with an IPv6 literal or a port).
    private static func isHostByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: "-._~:[]@%".utf8.contains(byte)
        }
    }

    /// Bytes kept as they are in a link: RFC 3986 unreserved and reserved characters and `%`.
    private static let urlKept: [Bool] = (0...255).map { value in
        let allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%"
        return allowed.utf8.contains(UInt8(value))
    }
}

extension String {
    /// Line breaks (LF, CR, CRLF) replaced by single spaces.
    fileprivate func replacingLineBreaks() -> String {
        var result = ""
        for character in self {
            switch character {
            case "\r\n", "\n", "\r": result.append(" ")
            default: result.append(character)
            }
        }
        return result
    }

    /// The string with zeros in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

extension Character {
    /// True for the ASCII digits 0–9 only.
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
