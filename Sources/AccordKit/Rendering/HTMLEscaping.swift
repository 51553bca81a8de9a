/// Escaping for HTML text and attribute values, so report text is always shown and never interpreted.
public enum HTMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, safe in element content and in quoted
    /// attribute values; control characters HTML does not allow become U+FFFD.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
                result.unicodeScalars.append(isControl ? "\u{FFFD}" : scalar)
            }
        }
        return result
    }

    /// `text` reduced to letters, digits, `-` and `_`, for a deterministic element id or class name.
    public static func identifier(_ text: String) -> String {
        String(
            text.unicodeScalars.map { scalar -> Character in
                let isSafe = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                return isSafe || scalar == "-" || scalar == "_" ? Character(scalar) : "-"
            })
    }
}
