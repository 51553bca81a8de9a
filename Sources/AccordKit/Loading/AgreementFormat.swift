/// The agreement format's version and the keys each of its mappings may hold.
///
/// These enums are the single list of key names; `docs/agreement-format.md` and
/// `schemas/agreement.schema.json` describe the same keys, and a test checks the schema agrees.
public enum AgreementFormat {
    /// The highest format version this accord reads.
    public static let currentVersion = 1

    /// Keys of the file's top-level mapping.
    public enum FileKey: String, FormatKey {
        case version, agreement, clauses
    }

    /// Keys of `agreement`.
    public enum AgreementKey: String, FormatKey {
        case id, title
        case shortTitle = "short-title"
        case scope, instrument, level, status, round, date, signed
        case recruitmentComponent = "recruitment-component"
        case inForce = "in-force"
        case ends, review, language, professions, parties, sources, supersedes, notes
    }

    /// Keys of a party.
    public enum PartyKey: String, FormatKey {
        case country, body, name, members, role
        case representedBy = "represented-by"
    }

    /// Keys of a source.
    public enum SourceKey: String, FormatKey {
        case id, title, publisher, year, url, kind, text, accessed
    }

    /// Keys of a clause.
    public enum ClauseKey: String, FormatKey {
        case id, heading, text, source, wording, clauses, annotations, notes
    }

    /// Keys of a clause annotation.
    public enum AnnotationKey: String, FormatKey {
        case principle, criterion, strength, justification
    }
}
