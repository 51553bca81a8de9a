/// What to do about a YAML syntax error that prose causes, in words for someone who pasted a
/// clause and does not know YAML: a colon inside the text, a tab, a quotation mark left open or
/// followed by more text, a character that cannot start a value.
enum SyntaxHints {
    static let colon =
        "a colon followed by a space inside unquoted text reads as a new key: put the text in quotes, or write 'text: >-' and the text on the next lines, indented"
    static let tab = "YAML does not allow tabs for indentation: indent with spaces"
    static let openQuote =
        "a quotation mark opens text that is not closed on its line: close it, or write 'text: >-' and the text on the next lines, indented, where quotation marks need no care"
    static let quoteThenText =
        "text that starts with a quotation mark must end with it: write 'text: >-' and the text on the next lines, indented, or put the whole text in single quotes"
    static let reservedStart = "text cannot start with @ or ` unless it is quoted: put the text in quotes"

    /// The hint for libyaml's `problem` at `column` of `line`, with the lines between the start of
    /// the enclosing mapping and the error (`lines`); nil when prose is not the likely cause.
    static func hint(problem: String, line: String?, column: Int, lines: [String]) -> String? {
        if problem.hasPrefix("mapping values are not allowed") { return colon }
        if problem.hasPrefix("found character that cannot start any token"), let line {
            let characters = Array(line)
            let index = column - 1
            guard characters.indices.contains(index) else { return nil }
            if characters[index] == "\t" { return tab }
            if characters[index] == "@" || characters[index] == "`" { return reservedStart }
            return nil
        }
        if problem.hasPrefix("found unexpected end of stream") || problem.contains("quoted scalar") { return openQuote }
        if problem.hasPrefix("did not find expected key") || problem.hasPrefix("did not find expected '-' indicator") {
            for text in lines.reversed() {
                guard let value = value(of: text), let quote = value.first, quote == "\"" || quote == "'" else { continue }
                let rest = value.dropFirst()
                guard let close = rest.firstIndex(of: quote) else { return openQuote }
                if !rest[rest.index(after: close)...].allSatisfy({ $0 == " " }) { return quoteThenText }
            }
        }
        return nil
    }

    /// The value after `key: ` on a line, if the line has one.
    private static func value(of line: String) -> Substring? {
        guard let colon = line.range(of: ": ") else { return nil }
        let value = line[colon.upperBound...].drop { $0 == " " }
        return value.isEmpty ? nil : value
    }
}
