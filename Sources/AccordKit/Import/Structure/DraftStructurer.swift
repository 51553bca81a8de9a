/// Turns a draft's paragraphs into its outline: title, preamble, articles, numbered paragraphs and
/// lettered items, with the ids the text gives them ("Article 4", "4.2", "4.2(b)").
///
/// Why ids compose ("Paragraph 2(a)", "3.1" for paragraph 1 of Article 3): an agreement file needs
/// every id unique, and these are the forms negotiators cite.
struct DraftStructurer {
    /// Words that open the closing matter, folded to lower case.
    private static let closingOpenings = [
        "done at", "done in", "signed at", "signed in", "in witness whereof", "for the government of", "on behalf of",
        "fait a", "fait à", "pour le gouvernement", "en foi de quoi", "hecho en", "firmado en", "por el gobierno",
        "en fe de lo cual",
    ]
    /// Words that end the preamble: the enacting formula.
    private static let enactingFormulas = [
        "have agreed as follows", "hereby agree as follows", "agree as follows", "have reached the following understanding",
        "have agreed on the following", "sont convenus de ce qui suit", "conviennent de ce qui suit",
        "sont convenues de ce qui suit",
        "han convenido lo siguiente", "acuerdan lo siguiente", "convienen lo siguiente", "han acordado lo siguiente",
    ]
    /// Words that name an instrument, for finding the title.
    static let instrumentWords = [
        "agreement", "memorandum", "arrangement", "protocol", "treaty", "convention", "accord", "understanding",
        "exchange of notes", "framework", "acuerdo", "convenio", "memorando", "memorandum", "tratado", "protocolo",
        "convention", "traite", "traité", "protocole", "entente", "arreglo",
    ]

    /// A clause being built; a class so the open ones can be kept on a stack.
    private final class Node {
        let id: String
        let label: ClauseLabel.Kind?
        var heading: String?
        var text: [String] = []
        var children: [Node] = []

        init(id: String, label: ClauseLabel.Kind?) {
            self.id = id
            self.label = label
        }

        func outline() -> DraftOutline.Clause {
            DraftOutline.Clause(
                id: id, heading: heading, text: text.joined(separator: " "), clauses: children.map { $0.outline() })
        }
    }

    private var outline = DraftOutline()
    private var roots: [Node] = []
    /// Open clauses, outermost first.
    private var open: [Node] = []
    private var usedIDs: Set<String> = []
    /// A heading read on its own line, waiting for the clause it heads.
    private var pendingHeading: String?
    /// Whether the last clause opened was a division label alone, so that a short next line is
    /// its heading.
    private var awaitsHeading = false

    /// The outline of `paragraphs`.
    static func outline(of paragraphs: [DraftParagraph]) -> DraftOutline {
        var structurer = DraftStructurer()
        structurer.read(paragraphs)
        return structurer.outline
    }

    private mutating func read(_ paragraphs: [DraftParagraph]) {
        var index = 0
        index = readFront(paragraphs)
        var inClosing = false
        while index < paragraphs.count {
            let paragraph = paragraphs[index]
            index += 1
            let label =
                paragraph.kind == .tableRow
                ? nil : paragraph.number.flatMap(ClauseLabel.init(number:)) ?? ClauseLabel(reading: paragraph.text)
            let text = paragraph.number != nil && label != nil ? paragraph.text : label?.rest ?? paragraph.text
            if let label, case .annex = label.kind {
                inClosing = false
            } else if inClosing || Self.opensClosing(paragraph.text) {
                inClosing = true
                outline.closing.append(paragraph.text)
                continue
            }
            if let label {
                openClause(label, text: text, isHeadingStyled: paragraph.isHeadingStyled)
            } else {
                readUnlabelled(paragraph)
            }
        }
        outline.clauses = roots.map { $0.outline() }
    }

    /// Reads the header lines, the title and the preamble; returns where the clauses start.
    private mutating func readFront(_ paragraphs: [DraftParagraph]) -> Int {
        let firstClause =
            paragraphs.firstIndex { paragraph in
                if paragraph.number.flatMap(ClauseLabel.init(number:)) != nil { return true }
                guard let label = ClauseLabel(reading: paragraph.text) else { return false }
                if case .item = label.kind { return false }
                return true
            } ?? paragraphs.count
        let front = paragraphs[..<firstClause]
        // The title: the first paragraph that opens with an instrument's name ("Memorandum of
        // Understanding between …", "Bilateral Agreement on …"), else one styled as a title, else
        // the first that names an instrument. A note above the title may name one in passing.
        let candidates = front.prefix(8).indices.filter { index in
            front[index].text.count < 400 && !Self.isDraftMarking(front[index].text)
        }
        let titleStart =
            candidates.first { index in
                let opening = front[index].text.lowercased().split(separator: " ").prefix(3).map(String.init)
                return opening.contains { word in Self.instrumentWords.contains(word) }
            }
            ?? candidates.first { front[$0].kind == .title }
            ?? candidates.first { index in
                let lower = front[index].text.lowercased()
                return Self.instrumentWords.contains { lower.contains($0) }
            }
        var index = front.startIndex
        if let titleStart {
            outline.header = front[..<titleStart].map(\.text)
            var title = [front[titleStart].text]
            index = titleStart + 1
            while index < front.endIndex, Self.continuesTitle(front[index]) {
                title.append(front[index].text)
                index += 1
            }
            outline.title = title.joined(separator: " ")
        }
        outline.recitals = front[index...].map(\.text)
        return firstClause
    }

    /// Whether `paragraph` goes on a title set over several lines ("BETWEEN", "THE GOVERNMENT
    /// OF …", "AND", "ON …").
    private static func continuesTitle(_ paragraph: DraftParagraph) -> Bool {
        let text = paragraph.text
        guard text.count < 200, let last = text.last, !".;".contains(last) else { return false }
        if paragraph.kind == .title { return true }
        let lower = text.lowercased()
        let openings = [
            "between", "and ", "and", "on ", "concerning", "regarding", "relating", "for ", "of the", "the government",
            "entre", "et ", "y ", "sur ", "sobre", "relatif", "relativo", "en materia", "en el ámbito", "dans le domaine",
            "in the field", "on the",
        ]
        let isCapitals = text.contains { $0.isLetter } && !text.contains { $0.isLowercase }
        return openings.contains { lower == $0.trimmingCharacters() || lower.hasPrefix($0) } || isCapitals
    }

    /// "DRAFT", "Round 2", "Confidential": markings above a title, not the title.
    static func isDraftMarking(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["draft", "round", "version", "confidential", "projet", "borrador", "ronda", "restricted"].contains {
            lower.hasPrefix($0)
        } && text.count < 120
    }

    private static func opensClosing(_ text: String) -> Bool {
        let lower = text.lowercased()
        return closingOpenings.contains { lower.hasPrefix($0) }
    }

    /// Whether `text` is the preamble's enacting formula.
    static func isEnactingFormula(_ text: String) -> Bool {
        let lower = text.lowercased()
        return enactingFormulas.contains { lower.contains($0) }
    }

    // MARK: Clauses

    /// Opens the clause `label` names, closing those it follows and nesting it where it belongs.
    private mutating func openClause(_ label: ClauseLabel, text: String, isHeadingStyled: Bool) {
        let parent: Node?
        let id: String
        switch label.kind {
        case .division(let keyword, let number):
            open.removeAll()
            parent = nil
            id = "\(keyword) \(number)"
        case .annex(let name):
            open.removeAll()
            parent = nil
            id = name
        case .decimal(let parts):
            // "4.2" goes under Article 4 when one is open, under "4.2" when it is "4.2.1".
            while let top = open.last, !Self.holdsDecimal(top, parts) { open.removeLast() }
            parent = open.last
            id = parts.joined(separator: ".")
        case .number(let value):
            while let top = open.last, !Self.isDivision(top) { open.removeLast() }
            parent = open.last
            if let parent, case .division(_, let number)? = parent.label {
                id = "\(number).\(value)"
            } else if let parent, case .annex? = parent.label {
                id = "\(parent.id).\(value)"
            } else if let parent {
                id = "\(parent.id) (\(value))"
            } else {
                id = String(value)
            }
        case .item(let item):
            parent = itemParent(for: item)
            id = (parent?.id ?? "") + "(\(item))"
        }
        let node = Node(id: unique(id), label: label.kind)
        if !text.isEmpty {
            if isHeadingStyled || Self.looksLikeHeading(text), Self.isContainer(label.kind) {
                node.heading = text
            } else {
                node.text.append(text)
            }
        }
        if node.heading == nil, let heading = pendingHeading, Self.isContainer(label.kind) { node.heading = heading }
        pendingHeading = nil
        if let parent { parent.children.append(node) } else { roots.append(node) }
        open.append(node)
        awaitsHeading = Self.isContainer(label.kind) && node.heading == nil && node.text.isEmpty
    }

    /// The clause an item "(x)" belongs under, closing items it follows.
    ///
    /// Items of one kind are siblings; an item of another kind (roman under letters, letters under
    /// numbers) nests, unless an open ancestor is of its kind. "(i)" after "(h)" is a letter.
    private mutating func itemParent(for item: String) -> Node? {
        let style = Self.itemStyle(item, after: open.last.flatMap(Self.itemText))
        while let top = open.last, let topItem = Self.itemText(top) {
            let topStyle = Self.itemStyle(topItem, after: nil)
            if topStyle == style
                || open.dropLast().contains(where: { Self.itemText($0).map { Self.itemStyle($0, after: nil) } == style })
            {
                open.removeLast()
                if topStyle == style { break }
            } else {
                break
            }
        }
        return open.last
    }

    /// Reads a paragraph without a label: a heading, the continuation of an item, or more text of
    /// the open clause.
    private mutating func readUnlabelled(_ paragraph: DraftParagraph) {
        let text = paragraph.text
        if paragraph.kind == .tableRow {
            awaitsHeading = false
            // Each row ends with a semicolon, so that rows joined into the clause stay apart.
            let row = text.last.map { ".;:".contains($0) } == true ? text : text + ";"
            if let top = open.last ?? roots.last { top.text.append(row) } else { outline.recitals.append(row) }
            return
        }
        if awaitsHeading, let top = open.last, paragraph.isHeadingStyled || Self.looksLikeHeading(text) {
            top.heading = text
            awaitsHeading = false
            return
        }
        awaitsHeading = false
        if paragraph.isHeadingStyled || Self.looksLikeHeading(text) {
            pendingHeading = text
            return
        }
        guard !open.isEmpty else {
            // Text between the preamble and the first clause with no number of its own.
            let node = Node(id: unique("Clause \(roots.count + 1)"), label: nil)
            node.text.append(text)
            roots.append(node)
            open.append(node)
            return
        }
        // A lower-case start continues the last item; other text belongs to its division.
        if let first = text.first, first.isLowercase, let top = open.last {
            top.text.append(text)
            return
        }
        while let top = open.last, Self.itemText(top) != nil { open.removeLast() }
        if let top = open.last ?? roots.last { top.text.append(text) }
    }

    /// A short line with no closing punctuation: "Purpose", "Recruitment and placement".
    private static func looksLikeHeading(_ text: String) -> Bool {
        guard let last = text.last, !".;:,".contains(last) else { return false }
        let words = text.split(separator: " ").count
        return words <= 10 && text.count <= 90 && (text.first?.isUppercase ?? false)
    }

    private static func isContainer(_ kind: ClauseLabel.Kind) -> Bool {
        switch kind {
        case .division, .annex, .decimal, .number: true
        case .item: false
        }
    }

    private static func isDivision(_ node: Node) -> Bool {
        switch node.label {
        case .division?, .annex?: true
        default: false
        }
    }

    private static func holdsDecimal(_ node: Node, _ parts: [String]) -> Bool {
        switch node.label {
        case .division(_, let number)?: parts.count == 2 && parts[0] == number
        case .decimal(let open)?: open.count < parts.count && Array(parts.prefix(open.count)) == open
        case .annex?: true
        default: false
        }
    }

    private static func itemText(_ node: Node) -> String? {
        if case .item(let text)? = node.label { return text }
        return nil
    }

    /// An item's kind: number, letter, or roman numeral, with "(i)" a letter after "(h)".
    private enum ItemStyle: Equatable { case number, letter, upperLetter, roman }

    private static func itemStyle(_ item: String, after previous: String?) -> ItemStyle {
        if item.allSatisfy(\.isNumber) { return .number }
        let isLower = item.allSatisfy(\.isLowercase)
        if ClauseLabel.isRoman(item[...]) {
            // A letter when the list so far is letters and this one follows on: (h) → (i), (u) → (v).
            if item.count == 1, let previous, previous.count == 1, let before = previous.unicodeScalars.first,
                let this = item.unicodeScalars.first, this.value == before.value + 1
            {
                return isLower ? .letter : .upperLetter
            }
            if item.count == 1, previous == nil, item.lowercased() != "i" { return isLower ? .letter : .upperLetter }
            return .roman
        }
        return isLower ? .letter : .upperLetter
    }

    /// `id`, or `id` with a counter when the draft repeats a number.
    private mutating func unique(_ id: String) -> String {
        var candidate = id
        var counter = 2
        while usedIDs.contains(candidate) {
            candidate = "\(id) [\(counter)]"
            counter += 1
        }
        usedIDs.insert(candidate)
        return candidate
    }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
