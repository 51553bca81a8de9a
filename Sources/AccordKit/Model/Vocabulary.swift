/// The closed vocabularies of the agreement format, version 1.
///
/// Each enum's raw values are exactly the words a file may use; the JSON Schema's enum lists are
/// checked against them by a test, so the editor and the loader never disagree.

/// How many parties an instrument binds and how.
public enum AgreementScope: String, Sendable, CaseIterable, Codable {
    /// Exactly two parties.
    case bilateral
    /// Members of a regional body.
    case regional
    /// Three or more parties, or a programme with several partner countries.
    case multilateral
}

/// The legal form of an instrument.
public enum InstrumentType: String, Sendable, CaseIterable, Codable {
    case treaty
    case agreement
    case memorandumOfUnderstanding = "memorandum-of-understanding"
    case frameworkAgreement = "framework-agreement"
    case placementAgreement = "placement-agreement"
    case economicPartnershipAgreement = "economic-partnership-agreement"
    case mutualRecognitionArrangement = "mutual-recognition-arrangement"
    case exchangeOfNotes = "exchange-of-notes"
    case programme
    case other
}

/// Who signs; the WHO Code treats government-to-government arrangements differently for
/// countries on the Health Workforce Support and Safeguards List.
public enum SignatoryLevel: String, Sendable, CaseIterable, Codable {
    case governmentToGovernment = "government-to-government"
    case agencyToAgency = "agency-to-agency"
    case governmentProgramme = "government-programme"
    case mixed
}

/// Where an instrument is in its life.
public enum AgreementStatus: String, Sendable, CaseIterable, Codable {
    case draft
    case signed
    case inForce = "in-force"
    case expired
    case terminated
    case superseded
}

/// Categories of health personnel an instrument covers, as WHO's national reporting form asks.
public enum Profession: String, Sendable, CaseIterable, Codable {
    case medicalDoctors = "medical-doctors"
    case nurses
    case midwives
    case dentists
    case pharmacists
    case alliedHealthProfessionals = "allied-health-professionals"
    case careWorkers = "care-workers"
    case communityHealthWorkers = "community-health-workers"
    case allHealthPersonnel = "all-health-personnel"
    case otherHealthPersonnel = "other-health-personnel"
}

/// Whether an instrument recruits, places or employs health workers across borders, as its encoder
/// states it; accord reads it from the clauses when the file does not say.
public enum RecruitmentComponent: String, Sendable, CaseIterable, Codable {
    /// The instrument recruits, places or employs health workers across borders.
    case present
    /// It does not: health cooperation, training or exchange of experts only.
    case absent
}

/// Which way health workers move for a party.
public enum PartyRole: String, Sendable, CaseIterable, Codable {
    /// Sends health workers.
    case origin
    /// Receives health workers.
    case destination
    /// Both sends and receives.
    case both

    /// True for `origin` and `both`.
    public var sends: Bool { self != .destination }
    /// True for `destination` and `both`.
    public var receives: Bool { self != .origin }
}

/// What kind of document a source is, so a reader can weigh the encoding.
public enum SourceKind: String, Sendable, CaseIterable, Codable {
    /// The instrument's own text, or an official summary of it.
    case primary
    /// News, research or a case study reporting on the instrument.
    case secondary
    /// Written for accord's demos and tests; not a real agreement.
    case synthetic
}

/// How the clause texts taken from a source relate to the instrument's wording.
public enum SourceTextFidelity: String, Sendable, CaseIterable, Codable {
    case verbatim
    case paraphrased
    /// Some of each; every clause from the source then states its own `wording`.
    case mixed
}

/// Whether one clause's text is the instrument's wording or the encoder's paraphrase.
public enum ClauseWording: String, Sendable, CaseIterable, Codable {
    case verbatim
    case paraphrased
}

/// How strongly an encoder judges that an annotated clause commits the parties.
public enum AssertedStrength: String, Sendable, CaseIterable, Codable {
    case binding
    case hortatory
    case mention
}
