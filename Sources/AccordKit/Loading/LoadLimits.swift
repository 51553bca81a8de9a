/// The limits that protect accord from hostile or broken input, each named in the message it causes.
///
/// The defaults are far above any real agreement or rule pack (the longest real agreement is under
/// 100 KiB and nests about 8 levels) and low enough that a batch of thousands of files keeps bounded
/// memory and time whatever one file contains.
public struct LoadLimits: Sendable, Hashable {
    /// Largest file read, in bytes; a bigger file is rejected before it is read.
    public var maximumFileBytes: Int
    /// Deepest nesting of sequences and mappings.
    public var maximumDepth: Int
    /// Most YAML nodes in a document, with every alias counted at the size of what it expands to.
    public var maximumNodes: Int
    /// Most clauses in an agreement, sub-clauses included.
    public var maximumClauses: Int
    /// Most bytes of scalar text in a document, with every alias counted at the size of the text it
    /// expands to: an alias must not make a small file read as a large one.
    public var maximumTextBytes: Int
    /// Most bytes of clause text in an agreement, aliases expanded.
    ///
    /// Scoring holds about 60 bytes of analysis per byte of clause text, so this bounds the memory one
    /// agreement can take (about 85 MB at the limit), and with it a batch's (one agreement per worker).
    public var maximumClauseTextBytes: Int
    /// Largest draft document read (.docx, .odt, .pdf, text), in bytes: a Word draft carries logos
    /// and styles beside its text, so it may be larger than an agreement file.
    public var maximumDocumentBytes: Int
    /// Most bytes one part of a .docx or .odt may expand to when unzipped: stops a zip bomb before
    /// it is expanded.
    public var maximumDocumentPartBytes: Int

    /// Creates limits; the defaults are those documented in `docs/agreement-format.md`.
    public init(
        maximumFileBytes: Int = 4 * 1024 * 1024,
        maximumDepth: Int = 32,
        maximumNodes: Int = 200_000,
        maximumClauses: Int = 5_000,
        maximumTextBytes: Int = 4 * 1024 * 1024,
        maximumClauseTextBytes: Int = 1024 * 1024,
        maximumDocumentBytes: Int = 32 * 1024 * 1024,
        maximumDocumentPartBytes: Int = 16 * 1024 * 1024
    ) {
        self.maximumFileBytes = maximumFileBytes
        self.maximumDepth = maximumDepth
        self.maximumNodes = maximumNodes
        self.maximumClauses = maximumClauses
        self.maximumTextBytes = maximumTextBytes
        self.maximumClauseTextBytes = maximumClauseTextBytes
        self.maximumDocumentBytes = maximumDocumentBytes
        self.maximumDocumentPartBytes = maximumDocumentPartBytes
    }

    /// The documented defaults.
    public static let `default` = LoadLimits()
}

extension Int {
    /// `1234567` as `1,234,567`, independent of the user's locale, so messages are the same everywhere.
    var groupedDigits: String {
        let digits = String(self.magnitude)
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return self < 0 ? "-" + result : result
    }
}
