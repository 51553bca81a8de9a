import Foundation

/// Reads the paragraphs of a Word draft (.docx): the body text as Word shows it with tracked
/// changes accepted (insertions kept, deletions dropped), automatic numbers restored as labels,
/// table rows as one paragraph each, and footnotes, comments and field codes left out.
enum WordDocumentReader {
    private static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// The paragraphs of the .docx in `bytes`.
    static func paragraphs(in bytes: [UInt8], limits: LoadLimits) throws(DocumentError) -> [DraftParagraph] {
        let package = try ZipPackage(bytes: bytes, kind: "Word document", maximumPartBytes: limits.maximumDocumentPartBytes)
        guard let document = try package.part("word/document.xml") else {
            throw DocumentError(
                "it is not a Word document: it has no word/document.xml (save the draft as .docx from Word or LibreOffice)")
        }
        var numbering =
            try package.part("word/numbering.xml").map { xml throws(DocumentError) in try WordNumbering(xml: xml) }
            ?? WordNumbering()
        let styles =
            try package.part("word/styles.xml").map { xml throws(DocumentError) in try WordStyles(xml: xml) } ?? WordStyles()

        var paragraphs: [DraftParagraph] = []
        var state = ParagraphState()
        // Table rows: the cells' paragraphs are joined into one paragraph per row.
        var tableDepth = 0
        var rowCells: [String] = []
        var cellText: [String] = []
        // Text inside these is not part of the body as read: deleted or moved-away text, field
        // instructions, text boxes' own paragraphs are read on their own.
        var skipped = 0

        try XMLEvents.read(
            document, part: "word/document.xml",
            start: { namespace, name, attributes in
                guard namespace == wordNamespace else { return }
                switch name {
                case "del", "moveFrom", "instrText", "delInstrText": skipped += 1
                case "p": state = ParagraphState()
                case "pStyle": state.style = attributes["val"]
                case "ilvl": state.level = attributes["val"].flatMap { Int($0) }
                case "numId": state.instance = attributes["val"]
                case "t" where skipped == 0: state.inText = true
                case "tab" where skipped == 0 && state.inRun, "br" where skipped == 0, "cr" where skipped == 0:
                    state.text += " "
                case "noBreakHyphen" where skipped == 0: state.text += "-"
                case "tbl": tableDepth += 1
                case "tr" where tableDepth == 1: rowCells = []
                case "tc" where tableDepth == 1: cellText = []
                case "r": state.inRun = true
                default: break
                }
            },
            end: { namespace, name in
                guard namespace == wordNamespace else { return }
                switch name {
                case "del", "moveFrom", "instrText", "delInstrText": skipped -= 1
                case "t": state.inText = false
                case "r": state.inRun = false
                case "p":
                    var label: String?
                    if let instance = state.instance ?? styles.numbering(of: state.style)?.instance, instance != "0" {
                        let level = state.level ?? styles.numbering(of: state.style)?.level ?? 0
                        label = numbering.nextLabel(instance: instance, level: level)
                    }
                    let paragraph = DraftParagraph(text: state.text, number: label, kind: styles.kind(of: state.style))
                    if tableDepth > 0 {
                        let cell = [paragraph.number, paragraph.text].compactMap { $0 }.joined(separator: " ")
                        if !cell.isEmpty { cellText.append(cell) }
                    } else if !paragraph.text.isEmpty || paragraph.number != nil {
                        paragraphs.append(paragraph)
                    }
                case "tc" where tableDepth == 1:
                    let cell = cellText.joined(separator: " ")
                    if !cell.isEmpty { rowCells.append(cell) }
                case "tr" where tableDepth == 1:
                    if !rowCells.isEmpty {
                        paragraphs.append(DraftParagraph(text: rowCells.joined(separator: " | "), kind: .tableRow))
                    }
                case "tbl": tableDepth -= 1
                default: break
                }
            },
            characters: { text in
                if state.inText, skipped == 0 { state.text += text }
            })
        return paragraphs
    }

    /// What is known of the paragraph being read.
    private struct ParagraphState {
        var text = ""
        var style: String?
        var level: Int?
        var instance: String?
        var inText = false
        var inRun = false
    }
}
