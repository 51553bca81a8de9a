/// What a draft was read from when it came as a document (Word, OpenDocument, text, Markdown or
/// PDF) rather than as an agreement file, and what the import found: reports say so, because
/// every field the import inferred is a guess the negotiator may need to check.
public struct ImportedDocument: Sendable, Hashable {
    /// The kinds of document accord imports.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        case docx, odt, text, markdown, pdf

        /// The format a file name's extension names, or nil when it is not a document accord
        /// imports (an agreement file, say).
        public init?(fileName: String) {
            let lower = fileName.lowercased()
            guard let dot = lower.lastIndex(of: ".") else { return nil }
            switch lower[lower.index(after: dot)...] {
            case "docx": self = .docx
            case "odt": self = .odt
            case "txt", "text": self = .text
            case "md", "markdown": self = .markdown
            case "pdf": self = .pdf
            default: return nil
            }
        }

        /// How a reader names it.
        public var displayName: String {
            switch self {
            case .docx: "Word document"
            case .odt: "OpenDocument text"
            case .text: "plain text"
            case .markdown: "Markdown"
            case .pdf: "PDF"
            }
        }
    }

    /// The kind of document.
    public let format: Format
    /// How many clauses and sub-clauses the import found.
    public let clauseCount: Int
    /// What the import could not read from the text and guessed or left for the negotiator, in
    /// words ("the roles of the parties", ...).
    public let guesses: [String]

    public init(format: Format, clauseCount: Int, guesses: [String]) {
        self.format = format
        self.clauseCount = clauseCount
        self.guesses = guesses
    }
}
