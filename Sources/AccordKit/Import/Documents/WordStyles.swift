import Foundation

/// What a .docx's paragraph styles (`word/styles.xml`) say about structure: which styles are
/// titles and headings, and which carry automatic numbering, as "Heading 1" often does in drafts.
struct WordStyles {
    /// One paragraph style, as far as structure goes.
    struct Style {
        var name = ""
        var basedOn: String?
        var numbering: (instance: String, level: Int?)?
        var outlineLevel: Int?
    }

    private var styles: [String: Style] = [:]

    /// No styles part.
    init() {}

    /// Reads `styles.xml`.
    init(xml: Data) throws(DocumentError) {
        var styles: [String: Style] = [:]
        var current: String?
        var inParagraphProperties = false
        try XMLEvents.read(
            xml, part: "word/styles.xml",
            start: { _, name, attributes in
                switch name {
                case "style":
                    current = attributes["type"] == "paragraph" ? attributes["styleId"] : nil
                    if let current { styles[current] = Style() }
                case "name": if let current { styles[current]?.name = attributes["val"] ?? "" }
                case "basedOn": if let current { styles[current]?.basedOn = attributes["val"] }
                case "pPr": inParagraphProperties = true
                case "numId" where inParagraphProperties:
                    if let current, let value = attributes["val"] {
                        let level = styles[current]?.numbering?.level
                        styles[current]?.numbering = (value, level)
                    }
                case "ilvl" where inParagraphProperties:
                    if let current, let level = attributes["val"].flatMap({ Int($0) }) {
                        let instance = styles[current]?.numbering?.instance ?? ""
                        styles[current]?.numbering = (instance, level)
                    }
                case "outlineLvl" where inParagraphProperties:
                    if let current { styles[current]?.outlineLevel = attributes["val"].flatMap { Int($0) } }
                default: break
                }
            },
            end: { _, name in
                switch name {
                case "style": current = nil
                case "pPr": inParagraphProperties = false
                default: break
                }
            },
            characters: { _ in })
        self.styles = styles
    }

    /// How a paragraph of style `id` is styled: a title, a heading, or body text.
    func kind(of id: String?) -> DraftParagraph.Kind {
        var next = id
        var seen: Set<String> = []
        while let id = next, !seen.contains(id), let style = styles[id] {
            seen.insert(id)
            let name = style.name.lowercased()
            if name == "title" || id.lowercased() == "title" { return .title }
            if name.hasPrefix("heading") || id.lowercased().hasPrefix("heading") || style.outlineLevel.map({ $0 < 9 }) == true {
                return .heading
            }
            next = style.basedOn
        }
        if let id, styles[id] == nil {
            let lower = id.lowercased()
            if lower == "title" { return .title }
            if lower.hasPrefix("heading") { return .heading }
        }
        return .body
    }

    /// The automatic numbering a style gives its paragraphs, following `basedOn`.
    func numbering(of id: String?) -> (instance: String, level: Int)? {
        var next = id
        var seen: Set<String> = []
        while let id = next, !seen.contains(id), let style = styles[id] {
            seen.insert(id)
            if let numbering = style.numbering, !numbering.instance.isEmpty {
                return (numbering.instance, numbering.level ?? 0)
            }
            next = style.basedOn
        }
        return nil
    }
}
