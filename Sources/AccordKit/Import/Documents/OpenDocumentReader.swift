import Foundation

/// Reads the paragraphs of an OpenDocument draft (.odt, as LibreOffice writes it): list and
/// outline numbers restored as labels, tracked changes accepted, table rows as one paragraph each,
/// footnotes and comments left out.
enum OpenDocumentReader {
    private static let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    private static let tableNamespace = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    private static let officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

    /// The paragraphs of the .odt in `bytes`.
    static func paragraphs(in bytes: [UInt8], limits: LoadLimits) throws(DocumentError) -> [DraftParagraph] {
        let package = try ZipPackage(bytes: bytes, kind: "OpenDocument text", maximumPartBytes: limits.maximumDocumentPartBytes)
        guard let content = try package.part("content.xml") else {
            throw DocumentError("it is not an OpenDocument text: it has no content.xml (save the draft as .odt from LibreOffice)")
        }
        var styles = OpenDocumentStyles()
        if let part = try package.part("styles.xml") { try styles.read(part, part: "styles.xml") }
        try styles.read(content, part: "content.xml")
        var reader = BodyReader(styles: styles)
        try XMLEvents.read(
            content, part: "content.xml",
            start: { namespace, name, attributes in reader.start(namespace, name, attributes) },
            end: { namespace, name in reader.end(namespace, name) },
            characters: { text in reader.characters(text) })
        return reader.paragraphs
    }

    /// The state of a pass over `content.xml`'s body.
    private struct BodyReader {
        let styles: OpenDocumentStyles
        var paragraphs: [DraftParagraph] = []

        /// Open lists, outermost first: their list style, and whether their current item has
        /// received its number.
        private var lists: [(style: String?, itemNumbered: Bool, itemStart: Int?)] = []
        /// Counters by list style, then level.
        private var counters: [String: [Int: Int]] = [:]
        /// Paragraphs being read; a text box's paragraph nests inside another.
        private var open: [(text: String, number: String?, kind: DraftParagraph.Kind)] = []
        /// Depth inside elements whose text is not body text.
        private var skipped = 0
        private var inNumber = false
        private var tableDepth = 0
        private var rowCells: [String] = []
        private var cellParagraphs: [String] = []

        init(styles: OpenDocumentStyles) {
            self.styles = styles
        }

        mutating func start(_ namespace: String, _ name: String, _ attributes: [String: String]) {
            if namespace == officeNamespace, name == "annotation" { skipped += 1 }
            if namespace == tableNamespace {
                switch name {
                case "table": tableDepth += 1
                case "table-row" where tableDepth == 1: rowCells = []
                case "table-cell" where tableDepth == 1: cellParagraphs = []
                default: break
                }
            }
            guard namespace == textNamespace else { return }
            switch name {
            case "tracked-changes", "note", "notes", "sequence-decls", "variable-decls", "user-field-decls": skipped += 1
            case "list":
                let style = attributes["style-name"] ?? lists.last?.style
                let continues = attributes["continue-numbering"] == "true" || attributes["continue-list"] != nil
                if lists.isEmpty, !continues, let style { counters[style] = nil }
                lists.append((style, true, nil))
            case "list-item":
                if !lists.isEmpty {
                    lists[lists.count - 1].itemNumbered = false
                    lists[lists.count - 1].itemStart = attributes["start-value"].flatMap { Int($0) }
                }
            case "list-header":
                if !lists.isEmpty { lists[lists.count - 1].itemNumbered = true }
            case "p", "h":
                guard skipped == 0 else { return }
                let style = attributes["style-name"]
                var kind: DraftParagraph.Kind = name == "h" || styles.isHeading(style) ? .heading : .body
                if styles.isTitle(style) { kind = .title }
                open.append(("", number(forParagraph: name, style: style, attributes: attributes), kind))
            case "number" where skipped == 0:
                inNumber = true
                if !open.isEmpty { open[open.count - 1].number = "" }
            case "s" where skipped == 0:
                appendText(String(repeating: " ", count: attributes["c"].flatMap { Int($0) } ?? 1))
            case "tab" where skipped == 0, "line-break" where skipped == 0: appendText(" ")
            default: break
            }
        }

        mutating func end(_ namespace: String, _ name: String) {
            if namespace == officeNamespace, name == "annotation" { skipped -= 1 }
            if namespace == tableNamespace {
                switch name {
                case "table-cell" where tableDepth == 1:
                    let cell = cellParagraphs.joined(separator: " ")
                    if !cell.isEmpty { rowCells.append(cell) }
                case "table-row" where tableDepth == 1:
                    if !rowCells.isEmpty {
                        paragraphs.append(DraftParagraph(text: rowCells.joined(separator: " | "), kind: .tableRow))
                    }
                case "table": tableDepth -= 1
                default: break
                }
            }
            guard namespace == textNamespace else { return }
            switch name {
            case "tracked-changes", "note", "notes", "sequence-decls", "variable-decls", "user-field-decls": skipped -= 1
            case "list": lists.removeLast()
            case "number": inNumber = false
            case "p", "h":
                guard skipped == 0, let last = open.popLast() else { return }
                let paragraph = DraftParagraph(text: last.text, number: last.number, kind: last.kind)
                if tableDepth > 0 {
                    let cell = [paragraph.number, paragraph.text].compactMap { $0 }.joined(separator: " ")
                    if !cell.isEmpty { cellParagraphs.append(cell) }
                } else if !paragraph.text.isEmpty || paragraph.number != nil {
                    paragraphs.append(paragraph)
                }
            default: break
            }
        }

        mutating func characters(_ text: String) {
            guard skipped == 0, !open.isEmpty else { return }
            if inNumber {
                open[open.count - 1].number = (open[open.count - 1].number ?? "") + text
            } else {
                appendText(text)
            }
        }

        private mutating func appendText(_ text: String) {
            guard !open.isEmpty, !inNumber else { return }
            open[open.count - 1].text += text
        }

        /// The label of a paragraph that opens a list item (its list's numbering) or of a numbered
        /// heading (the outline numbering); nil for others.
        private mutating func number(forParagraph name: String, style: String?, attributes: [String: String]) -> String? {
            if let list = lists.last, !list.itemNumbered {
                lists[lists.count - 1].itemNumbered = true
                let listStyle = list.style ?? styles.listStyle(ofParagraphStyle: style)
                guard let listStyle else { return nil }
                return label(style: listStyle, level: lists.count, start: list.itemStart)
            }
            if name == "h", lists.isEmpty, attributes["is-list-header"] != "true",
                let level = attributes["outline-level"].flatMap({ Int($0) })
            {
                return label(style: "", level: level, start: nil)
            }
            return nil
        }

        /// Advances the counter of `style` at `level` and writes its label.
        private mutating func label(style: String, level: Int, start: Int?) -> String? {
            guard let levels = styles.lists[style], let definition = levels[level] else { return nil }
            var count = counters[style] ?? [:]
            count[level] = start ?? ((count[level] ?? definition.start - 1) + 1)
            for deeper in count.keys where deeper > level { count[deeper] = nil }
            counters[style] = count
            guard definition.format != .none else { return nil }
            let shown = max(1, min(definition.displayLevels, level))
            let numbers = ((level - shown + 1)...level).map { shownLevel in
                (levels[shownLevel]?.format ?? .decimal).format(count[shownLevel] ?? levels[shownLevel]?.start ?? 1)
            }
            return definition.prefix + numbers.joined(separator: ".") + definition.suffix
        }
    }
}
