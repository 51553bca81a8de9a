/// Escaping for the text formats accord writes; each function is tested on hostile input.
public enum Escaping {
    /// A CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF, with quotes doubled.
    public static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Text for a Markdown table cell: pipes and backslashes escaped, line breaks as spaces, and
    /// characters that start inline markup escaped so clause text is shown, not interpreted.
    public static func markdownCell(_ text: String) -> String {
        markdownInline(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Text for Markdown prose: markup characters escaped, line breaks kept as spaces.
    public static func markdownInline(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#":
                result.append("\\")
                result.append(character)
            case "\r\n", "\n", "\r":
                result.append(" ")
            default:
                result.append(character)
            }
        }
        return result
    }
}
