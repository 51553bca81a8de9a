import Foundation

/// Turns a negotiator's draft (.docx, .odt, .txt, .md or .pdf) into an agreement file.
///
/// The text is read by the reader for its format, divided into preamble, articles, paragraphs and items,
/// and its parties, language and dates are read; what cannot be read is marked for the
/// negotiator. Scoring a draft imports it in memory this way, so a negotiator never sees YAML.
public enum DraftImporter {
    /// What the negotiator can say that the text may not: its language, and the parties with
    /// their roles.
    public struct Options: Sendable, Hashable {
        /// The language of the text; nil to read it from the text.
        public var language: LanguageCode?
        /// The parties and roles, replacing those read from the title and preamble.
        public var parties: [Party]

        /// A party the negotiator states.
        public struct Party: Sendable, Hashable {
            public let country: CountryCode
            public let role: PartyRole

            public init(country: CountryCode, role: PartyRole) {
                self.country = country
                self.role = role
            }
        }

        public init(language: LanguageCode? = nil, parties: [Party] = []) {
            self.language = language
            self.parties = parties
        }
    }

    /// An imported draft: the agreement file's text and what the import found.
    public struct Result: Sendable {
        /// The agreement file, in accord's YAML format.
        public let yaml: String
        /// The document it came from and what was guessed.
        public let document: ImportedDocument
    }

    /// Whether `path` names a draft document rather than an agreement file, by its extension.
    public static func isDraft(path: String) -> Bool {
        ImportedDocument.Format(fileName: path) != nil
    }

    /// Imports the draft in `file`, whose format its name gives.
    public static func importDraft(
        _ file: SourceFile, options: Options = Options(), limits: LoadLimits = .default
    ) -> Swift.Result<Result, InvalidInputError> {
        func failure(_ message: String) -> InvalidInputError {
            InvalidInputError(file: file.path, diagnostics: [Diagnostic(at: Location(file: file.path, position: nil), message)])
        }
        guard let format = ImportedDocument.Format(fileName: file.path) else {
            return .failure(failure("cannot import this file: accord imports drafts saved as .docx, .odt, .txt, .md or .pdf"))
        }
        let paragraphs: [DraftParagraph]
        do {
            paragraphs = try Self.paragraphs(of: file, format: format, limits: limits)
        } catch {
            return .failure(failure("cannot import the draft: \(error.message)"))
        }
        var outline = DraftStructurer.outline(of: paragraphs)
        outline.dropEmptyClauses()
        guard !outline.clauses.isEmpty || !outline.recitals.isEmpty else {
            return .failure(failure("cannot import the draft: it holds no text to read as clauses"))
        }
        let stated = options.parties.map { DraftFacts.FoundParty(country: $0.country, role: $0.role) }
        let facts = DraftFacts(outline: outline, language: options.language, parties: stated)
        if let missing = facts.missingParties {
            return .failure(
                failure(
                    "cannot tell the parties of the draft: \(missing); name them with --party, e.g. --party KEN=origin --party IRL=destination"
                ))
        }
        let yaml = AgreementYAMLWriter.yaml(outline: outline, facts: facts, fileName: fileName(of: file.path), format: format)
        let clauseCount = outline.clauseCount
        return .success(
            Result(yaml: yaml, document: ImportedDocument(format: format, clauseCount: clauseCount, guesses: facts.guesses)))
    }

    /// The last component of `path`: reports name the file, never where it lives.
    static func fileName(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private static func paragraphs(of file: SourceFile, format: ImportedDocument.Format, limits: LoadLimits) throws(DocumentError)
        -> [DraftParagraph]
    {
        switch format {
        case .docx: return try WordDocumentReader.paragraphs(in: file.bytes, limits: limits)
        case .odt: return try OpenDocumentReader.paragraphs(in: file.bytes, limits: limits)
        case .text: return PlainTextReader.paragraphs(inText: try text(of: file.bytes))
        case .markdown: return PlainTextReader.paragraphs(inMarkdown: try text(of: file.bytes))
        case .pdf:
            return PlainTextReader.paragraphs(
                inPages: try PDFTextExtractor.text(of: file.bytes, limit: limits.maximumDocumentPartBytes))
        }
    }

    /// Text from a text file: UTF-8 (a byte-order mark dropped), UTF-16 with its byte-order mark,
    /// as Word's "Unicode text" writes it, else Windows-1252, as older Windows editors write it.
    private static func text(of bytes: [UInt8]) throws(DocumentError) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: Data(bytes), encoding: .utf16) else {
                throw DocumentError("the text file starts as UTF-16 but is not valid UTF-16")
            }
            return text
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        guard let text = String(data: Data(bytes), encoding: .windowsCP1252) else {
            throw DocumentError("the text file is neither UTF-8 nor Windows-1252 text; save it as UTF-8")
        }
        return text
    }
}
