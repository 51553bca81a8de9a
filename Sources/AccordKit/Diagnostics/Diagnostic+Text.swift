/// Renders diagnostics as compilers do: `FILE:LINE:COLUMN: error: message`, the line, and a caret.
///
/// Editors and CI logs already understand this shape, and the caret saves counting columns. Control
/// characters in the path, the message or the line are shown as escapes (`TerminalText`).
extension Diagnostic {
    /// The diagnostic as text; `colored` adds ANSI colour, which the CLI decides (terminal, `NO_COLOR`).
    public func formatted(colored: Bool = false) -> String {
        let paint = ANSIPaint(enabled: colored)
        let label = severity == .error ? paint.red("error:") : paint.magenta("warning:")
        // The path, the message (which quotes the file's values) and the line are all untrusted.
        var text = paint.bold("\(TerminalText.inert(location.description)):") + " " + label + " "
        text += paint.bold(TerminalText.inert(message))
        if let position = location.position, let sourceLine {
            let gutter = String(position.line)
            let pad = String(repeating: " ", count: gutter.count)
            let window = Self.window(of: sourceLine, around: position.column)
            let (shown, column) = TerminalText.inertSnippet(window.text, column: window.column)
            text += "\n \(gutter) | \(shown)"
            text += "\n \(pad) | " + caretIndent(in: shown, column: column) + paint.green("^")
        }
        return text
    }

    /// Widest source line shown whole; longer lines are cut to a window around the caret.
    static let maximumSnippetWidth = 120

    /// The part of `line` to show, and the caret's column in it: long lines (a minified or hostile file)
    /// are cut around the column and marked with `…`, so a message never floods a terminal or a CI log.
    static func window(of line: String, around column: Int) -> (text: String, column: Int) {
        let scalars = line.unicodeScalars
        guard line.utf8.count > maximumSnippetWidth, scalars.count > maximumSnippetWidth else { return (line, column) }
        let count = scalars.count
        let half = maximumSnippetWidth / 2
        let start = max(0, min(column - 1 - half, count - maximumSnippetWidth))
        let end = min(count, start + maximumSnippetWidth)
        let lower = scalars.index(scalars.startIndex, offsetBy: start)
        let upper = scalars.index(lower, offsetBy: end - start)
        var text = start > 0 ? "…" : ""
        text.unicodeScalars.append(contentsOf: scalars[lower..<upper])
        if end < count { text += "…" }
        return (text, column - start + (start > 0 ? 1 : 0))
    }

    /// Spaces up to the column, keeping tabs as tabs so the caret lines up however tabs are shown.
    private func caretIndent(in line: String, column: Int) -> String {
        var indent = ""
        for scalar in line.unicodeScalars.prefix(max(0, column - 1)) {
            indent.unicodeScalars.append(scalar == "\t" ? "\t" : " ")
        }
        return indent
    }
}

/// ANSI styling that does nothing when disabled, so renderers never branch on colour themselves.
public struct ANSIPaint: Sendable {
    /// Whether escape codes are written.
    public let enabled: Bool

    /// Creates a painter that writes escape codes only when `enabled`.
    public init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Bold text.
    public func bold(_ text: String) -> String { wrap(text, "1") }
    /// Red text, for errors and contrary findings.
    public func red(_ text: String) -> String { wrap(text, "1;31") }
    /// Green text, for carets and satisfied criteria.
    public func green(_ text: String) -> String { wrap(text, "1;32") }
    /// Yellow text, for weak findings.
    public func yellow(_ text: String) -> String { wrap(text, "1;33") }
    /// Magenta text, for warnings.
    public func magenta(_ text: String) -> String { wrap(text, "1;35") }
    /// Dim text, for secondary detail.
    public func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
