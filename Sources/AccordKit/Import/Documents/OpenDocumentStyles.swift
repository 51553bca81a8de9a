import Foundation

/// What an .odt's styles say about structure.
///
/// List styles (how each level of a list is numbered), the outline numbering of headings, and
/// which paragraph styles are titles and headings. Read from
/// `styles.xml` and from the automatic styles of `content.xml`.
struct OpenDocumentStyles {
    /// One numbered level of a list style.
    struct Level {
        var format: ListNumberFormat = .none
        var prefix = ""
        var suffix = ""
        var start = 1
        /// How many levels the label shows: 2 writes "4.2" at level 2.
        var displayLevels = 1
    }

    /// List styles' levels, by style name and level (1-based); the outline style is named "".
    private(set) var lists: [String: [Int: Level]] = [:]
    /// Paragraph styles: their parent and list style, by name.
    private var paragraphs: [String: (displayName: String, parent: String?, list: String?)] = [:]

    /// Adds the styles of one part (`styles.xml` or `content.xml`).
    mutating func read(_ xml: Data, part: String) throws(DocumentError) {
        var list: String?
        var lists = self.lists
        var paragraphs = self.paragraphs
        try XMLEvents.read(
            xml, part: part,
            start: { _, name, attributes in
                switch name {
                case "list-style": list = attributes["name"]
                case "outline-style": list = ""
                case "list-level-style-number", "outline-level-style":
                    guard let list, let level = attributes["level"].flatMap({ Int($0) }) else { return }
                    lists[list, default: [:]][level] = Level(
                        format: ListNumberFormat(openDocument: attributes["num-format"] ?? ""),
                        prefix: attributes["num-prefix"] ?? "", suffix: attributes["num-suffix"] ?? "",
                        start: attributes["start-value"].flatMap { Int($0) } ?? 1,
                        displayLevels: attributes["display-levels"].flatMap { Int($0) } ?? 1)
                case "style" where attributes["family"] == "paragraph":
                    if let name = attributes["name"] {
                        paragraphs[name] = (
                            attributes["display-name"] ?? name, attributes["parent-style-name"], attributes["list-style-name"]
                        )
                    }
                default: break
                }
            },
            end: { _, name in
                if name == "list-style" || name == "outline-style" { list = nil }
            },
            characters: { _ in })
        self.lists = lists
        self.paragraphs = paragraphs
    }

    /// Whether paragraphs of style `name` are the document's title.
    func isTitle(_ name: String?) -> Bool {
        ancestry(of: name).contains { $0.lowercased() == "title" }
    }

    /// Whether paragraphs of style `name` are headings.
    func isHeading(_ name: String?) -> Bool {
        ancestry(of: name).contains { $0.lowercased().hasPrefix("heading") }
    }

    /// The list style a paragraph style numbers its paragraphs with, following parents.
    func listStyle(ofParagraphStyle name: String?) -> String? {
        var next = name
        var seen: Set<String> = []
        while let current = next, !seen.contains(current), let style = paragraphs[current] {
            seen.insert(current)
            if let list = style.list, !list.isEmpty { return list }
            next = style.parent
        }
        return nil
    }

    /// The names and display names of a style and its parents.
    private func ancestry(of name: String?) -> [String] {
        var names: [String] = []
        var next = name
        var seen: Set<String> = []
        while let current = next, !seen.contains(current) {
            seen.insert(current)
            names.append(current)
            guard let style = paragraphs[current] else { break }
            names.append(style.displayName)
            next = style.parent
        }
        return names
    }
}
