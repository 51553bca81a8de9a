import AccordText

/// A closed set of values written as words in files and reports (`in-force`, `contrary`): the word
/// is also what string interpolation prints, so a report never shows a Swift case name instead.
public protocol WordValued: RawRepresentable<String>, CustomStringConvertible {}

extension WordValued {
    public var description: String { rawValue }
}

extension AgreementScope: WordValued {}
extension InstrumentType: WordValued {}
extension SignatoryLevel: WordValued {}
extension AgreementStatus: WordValued {}
extension Profession: WordValued {}
extension PartyRole: WordValued {}
extension SourceKind: WordValued {}
extension SourceTextFidelity: WordValued {}
extension ClauseWording: WordValued {}
extension AssertedStrength: WordValued {}
extension Strength: WordValued {}
extension Severity: WordValued {}
extension Gap.Kind: WordValued {}
extension ContextCondition: WordValued {}
extension Modality: WordValued {}
extension Polarity: WordValued {}
