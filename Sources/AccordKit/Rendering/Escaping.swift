/// Escaping for the text formats accord writes; each function is tested on hostile input.
public enum Escaping {
    /// A CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF, with quotes doubled.
    public static func csvField(_ text: String) -> String {
        guard text.utf8.contains(where: { csvSpecial[Int($0)] }) else { return text }
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Bytes that make a CSV field need quotes: comma, quote, CR, LF.
    private static let csvSpecial = (0...255).map { [0x2C, 0x22, 0x0D, 0x0A].contains($0) }

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
