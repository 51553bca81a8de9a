/// A bilateral, regional or multilateral instrument on health-worker migration, as loaded from its file.
///
/// Only the loader creates agreements, after every check has passed, so code that holds an
/// `Agreement` can rely on valid ids, codes, dates and source references.
public struct Agreement: Sendable, Hashable {
    /// The file it was loaded from, as the user named it.
    public let file: String
    /// The format version the file declares.
    public let formatVersion: Int
    /// Stable kebab-case id, such as `gbr-ken-2021`.
    public let id: String
    /// The formal title.
    public let title: String
    /// A short name for tables and charts, if given.
    public let shortTitle: String?
    /// Bilateral, regional or multilateral.
    public let scope: AgreementScope
    /// The legal form.
    public let instrument: InstrumentType
    /// Who signs, if recorded.
    public let level: SignatoryLevel?
    /// Whether the instrument recruits health workers, as the encoder states it; nil when the
    /// file does not say and accord reads it from the clauses.
    public let recruitmentComponent: RecruitmentComponent?
    /// Where the instrument is in its life.
    public let status: AgreementStatus
    /// Signature, entry into force, end and review dates.
    public let dates: AgreementDates
    /// Which round of negotiation a draft's text comes from (`round: 3`), if it says.
    public let round: Int?
    /// The document a draft was imported from, when it was read from Word, OpenDocument, text or
    /// PDF rather than from an agreement file.
    public internal(set) var importedFrom: ImportedDocument?
    /// Language of the clause texts (the one they are read in, when `--language` overrides the file).
    public internal(set) var language: LanguageCode
    /// Categories of health personnel covered.
    public let professions: [Profession]
    /// The parties, in file order.
    public let parties: [Party]
    /// Where the clause texts come from.
    public let sources: [SourceReference]
    /// The id of an earlier instrument this one replaces.
    public let supersedes: String?
    /// Encoder's notes.
    public let notes: String?
    /// Top-level clauses in order.
    public let clauses: [Clause]
    /// Where the `clauses` key is; findings about missing provisions point here.
    public let clausesPosition: TextPosition
    /// Where the `language` value is, when the file gives one.
    public let languagePosition: TextPosition?

    /// Every clause and sub-clause, in document order.
    public var allClauses: [Clause] {
        var all: [Clause] = []
        forEachClause { all.append($0) }
        return all
    }

    /// Calls `body` with every clause and sub-clause, depth first, in document order, without
    /// copying them into an array as `allClauses` does.
    public func forEachClause(_ body: (Clause) -> Void) {
        // By index: `for clause in` would copy each clause (a retain per field) before lending it.
        for index in clauses.indices { clauses[index].forEachClause(body) }
    }

    /// The short title if there is one, else the title.
    public var displayTitle: String { shortTitle ?? title }
}

/// The dates an agreement records; any may be unknown.
public struct AgreementDates: Sendable, Hashable {
    /// Date of signature.
    public let signed: PartialDate?
    /// Date of entry into force.
    public let inForce: PartialDate?
    /// Date the instrument ends or ended.
    public let ends: PartialDate?
    /// Date of the next or last scheduled review.
    public let review: PartialDate?
    /// The date written on a draft's text (`date`); a draft has no signature date.
    public let draft: PartialDate?

    public init(
        signed: PartialDate? = nil, inForce: PartialDate? = nil, ends: PartialDate? = nil, review: PartialDate? = nil,
        draft: PartialDate? = nil
    ) {
        self.signed = signed
        self.inForce = inForce
        self.ends = ends
        self.review = review
        self.draft = draft
    }
}
