/// Where clause texts, or the descriptions they paraphrase, come from.
///
/// Every clause names a source, so that a reader can check each encoded provision and no provision
/// of a real agreement is ever invented.
public struct SourceReference: Sendable, Hashable {
    /// The id clauses use to refer to this source.
    public let id: String
    /// Title of the document or page.
    public let title: String
    /// Who published it.
    public let publisher: String
    /// Year of publication.
    public let year: Int
    /// Where it can be read, if anywhere.
    public let url: String?
    /// Primary, secondary or synthetic.
    public let kind: SourceKind
    /// Whether clause texts from this source are verbatim, paraphrased or mixed.
    public let text: SourceTextFidelity
    /// When the encoder read it.
    public let accessed: PartialDate?
}
