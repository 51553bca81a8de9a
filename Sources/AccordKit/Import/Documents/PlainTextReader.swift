/// Reads the paragraphs of a plain-text or Markdown draft, or of the text `pdftotext` gives: lines
/// wrapped inside a paragraph are joined, and a blank line, a numbered line or a heading starts a
/// new one.
enum PlainTextReader {
    /// The paragraphs of plain text (a .txt file, or a PDF's text).
    static func paragraphs(inText text: String) -> [DraftParagraph] {
        var paragraphs: [DraftParagraph] = []
        var current: String?
        var lastLine = ""
        func flush() {
            if let text = current { paragraphs.append(DraftParagraph(text: text)) }
            current = nil
        }
        let lines = lines(of: text).map { DraftParagraph.tidy(String($0)) }
        // A file whose lines run long holds one paragraph per line (word processors export text
        // so); only a file of short lines was wrapped, and only then are lines joined.
        let isWrapped = !lines.contains { $0.count > 120 }
        let width = typicalWidth(of: lines)
        for line in lines {
            if line.isEmpty || isPageNumber(line) {
                if line.isEmpty { flush() }
                continue
            }
            if isWrapped, let previous = current, continues(lastLine, with: line, width: width) {
                current = previous + " " + line
            } else {
                flush()
                current = line
            }
            lastLine = line
        }
        flush()
        return paragraphs
    }

    /// The paragraphs of a PDF's text, pages separated by form feeds: running heads and feet (the
    /// same first or last line on several pages) are dropped before the text is read.
    static func paragraphs(inPages text: String) -> [DraftParagraph] {
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false).map { DraftParagraph.tidy(String($0)) }
        }
        func edges(_ page: [String]) -> [String] {
            let lines = page.filter { !$0.isEmpty }
            return [lines.first, lines.last].compactMap { $0 }.map(maskDigits)
        }
        var counts: [String: Int] = [:]
        for page in pages { for edge in Set(edges(page)) { counts[edge, default: 0] += 1 } }
        let running = Set(counts.filter { $0.value >= 2 }.keys)
        let kept = pages.map { page -> [String] in
            let lines = page.filter { !$0.isEmpty }
            let first = lines.first.map(maskDigits), last = lines.last.map(maskDigits)
            var dropFirst = first.map(running.contains) ?? false
            var dropLast = last.map(running.contains) ?? false
            return page.filter { line in
                guard !line.isEmpty else { return true }
                let masked = maskDigits(line)
                if dropFirst, masked == first {
                    dropFirst = false
                    return false
                }
                if dropLast, masked == last, line == lines.last {
                    dropLast = false
                    return false
                }
                return true
            }
        }
        return paragraphs(inText: kept.map { $0.joined(separator: "\n") }.joined(separator: "\n\n"))
    }

    /// "Page 3 of 12" → "Page # of #": running feet differ only in their numbers.
    private static func maskDigits(_ line: String) -> String {
        String(line.map { $0.isNumber ? "#" : $0 })
    }

    /// The length of a full line: most lines of wrapped prose end near it.
    private static func typicalWidth(of lines: [String]) -> Int {
        let lengths = lines.map(\.count).filter { $0 > 0 }.sorted()
        guard !lengths.isEmpty else { return 0 }
        return lengths[lengths.count * 9 / 10]
    }

    /// The paragraphs of Markdown: `#` headings, paragraphs separated by blank lines, list
    /// markers and emphasis removed, numbered lines kept as labels.
    static func paragraphs(inMarkdown text: String) -> [DraftParagraph] {
        var paragraphs: [DraftParagraph] = []
        var current: String?
        func flush() {
            if let text = current { paragraphs.append(DraftParagraph(text: plainMarkdown(text))) }
            current = nil
        }
        for rawLine in lines(of: text) {
            let line = rawLine.trimmingSpaces()
            if line.isEmpty || line.allSatisfy({ "-*_=|: ".contains($0) }) {
                flush()
                continue
            }
            if line.hasPrefix("#") {
                flush()
                let heading = line.drop { $0 == "#" }.trimmingSpaces()
                let text = plainMarkdown(String(heading.reversed().drop { $0 == "#" || $0 == " " }.reversed()))
                paragraphs.append(DraftParagraph(text: text, kind: paragraphs.isEmpty ? .title : .heading))
                continue
            }
            var content = line
            if let marker = content.first, "-*+".contains(marker), content.dropFirst().first == " " {
                flush()
                content = String(content.dropFirst(2))
            } else if content.hasPrefix(">") {
                content = String(content.drop { $0 == ">" || $0 == " " })
            }
            if let previous = current, ClauseLabel(reading: DraftParagraph.tidy(plainMarkdown(content))) == nil {
                current = previous + " " + content
            } else {
                flush()
                current = content
            }
        }
        flush()
        return paragraphs.filter { !$0.text.isEmpty }
    }

    /// Lines of `text`, whatever the line ends (LF, CRLF, CR, form feed between PDF pages).
    private static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\u{0C}" }
    }

    /// Whether `line` continues the paragraph whose last line is `previous` (a wrapped line)
    /// rather than starting one.
    ///
    /// A numbered line always starts a paragraph, and so does any line after ".", ";" or ":".
    /// Otherwise a line continues when it starts in lower case, when the line before ends with a
    /// word that cannot end a heading or a title ("of", "the", "and"), or when the line before
    /// ran to the margin (`width`); after a comma, a capital starts a new recital.
    private static func continues(_ previous: String, with line: String, width: Int) -> Bool {
        guard ClauseLabel(reading: line) == nil, let last = previous.last, let first = line.first else { return false }
        if ".;:!?".contains(last) { return false }
        if first.isLowercase { return true }
        if last == "," { return false }
        if let word = previous.split(separator: " ").last, joiningWords.contains(word.lowercased()) { return true }
        return width >= 40 && previous.count >= width - 15
    }

    /// Words a line can end with only when the sentence goes on.
    private static let joiningWords: Set<String> = [
        "of", "the", "and", "or", "on", "in", "to", "for", "a", "an", "between", "with", "by", "its", "their",
        "de", "la", "le", "les", "des", "du", "et", "ou", "en", "entre", "sur", "el", "los", "las", "del", "y", "o", "sobre",
    ]

    /// "3", "- 3 -", "Page 3 of 12": page furniture in a PDF's text.
    private static func isPageNumber(_ line: String) -> Bool {
        let words = line.lowercased().split(separator: " ").filter { $0 != "-" && $0 != "–" }
        if words.count == 1, words[0].allSatisfy(\.isNumber) { return true }
        if words.count >= 2, ["page", "página", "pagina"].contains(words[0]), words[1].allSatisfy(\.isNumber) {
            return words.count == 2 || (words.count == 4 && ["of", "de", "sur"].contains(words[2]))
        }
        return false
    }

    /// Markdown's emphasis, escapes and link syntax removed: `**Article 4**` → `Article 4`.
    private static func plainMarkdown(_ text: String) -> String {
        var result = ""
        var characters = text[...]
        while let character = characters.first {
            characters = characters.dropFirst()
            switch character {
            case "\\":
                if let next = characters.first {
                    result.append(next)
                    characters = characters.dropFirst()
                }
            case "*", "`": continue
            case "_" where result.last.map({ !$0.isLetter }) ?? true || characters.first.map({ !$0.isLetter }) ?? true: continue
            case "[":
                // [text](url) → text
                if let close = characters.firstIndex(of: "]"), characters[characters.index(after: close)...].first == "(",
                    let end = characters[close...].firstIndex(of: ")")
                {
                    result += characters[..<close]
                    characters = characters[characters.index(after: end)...]
                } else {
                    result.append(character)
                }
            default: result.append(character)
            }
        }
        return result
    }
}

extension StringProtocol {
    /// Without spaces and tabs at either end.
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
