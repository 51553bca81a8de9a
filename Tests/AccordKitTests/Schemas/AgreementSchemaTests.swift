import AccordKit
import AccordTestSupport
import Foundation
import Testing

/// `schemas/agreement.schema.json` names exactly the keys and enum values the loader accepts, so an
/// editor never accepts what `accord validate` rejects for a name, or the reverse.
@Suite("Agreement JSON Schema")
struct AgreementSchemaTests {
    let schema: [String: Any]

    init() throws {
        let data = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("schemas/agreement.schema.json"))
        schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func definition(_ name: String) -> [String: Any] {
        (schema["$defs"] as? [String: Any])?[name] as? [String: Any] ?? [:]
    }

    private func propertyNames(_ object: [String: Any]) -> Set<String> {
        Set((object["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    private func enumValues(_ definition: String, _ property: String) -> [String] {
        let properties = self.definition(definition)["properties"] as? [String: Any]
        let node = properties?[property] as? [String: Any] ?? [:]
        let values = (node["enum"] ?? (node["items"] as? [String: Any])?["enum"]) as? [String]
        return values ?? []
    }

    private func keys<Key: FormatKey>(_: Key.Type) -> Set<String> { Set(Key.allCases.map(\.rawValue)) }

    @Test("every mapping lists the same keys as the loader")
    func keysMatch() {
        #expect(propertyNames(schema) == keys(AgreementFormat.FileKey.self))
        #expect(propertyNames(definition("agreement")) == keys(AgreementFormat.AgreementKey.self))
        #expect(propertyNames(definition("party")) == keys(AgreementFormat.PartyKey.self))
        #expect(propertyNames(definition("source")) == keys(AgreementFormat.SourceKey.self))
        #expect(propertyNames(definition("clause")) == keys(AgreementFormat.ClauseKey.self))
        #expect(propertyNames(definition("annotation")) == keys(AgreementFormat.AnnotationKey.self))
    }

    @Test("every enum lists the same values, in the same order, as the Swift vocabulary")
    func enumsMatch() {
        #expect(enumValues("agreement", "scope") == AgreementScope.allCases.map(\.rawValue))
        #expect(enumValues("agreement", "instrument") == InstrumentType.allCases.map(\.rawValue))
        #expect(enumValues("agreement", "level") == SignatoryLevel.allCases.map(\.rawValue))
        #expect(enumValues("agreement", "recruitment-component") == RecruitmentComponent.allCases.map(\.rawValue))
        #expect(enumValues("agreement", "status") == AgreementStatus.allCases.map(\.rawValue))
        #expect(enumValues("agreement", "professions") == Profession.allCases.map(\.rawValue))
        #expect(enumValues("party", "role") == PartyRole.allCases.map(\.rawValue))
        #expect(enumValues("source", "kind") == SourceKind.allCases.map(\.rawValue))
        #expect(enumValues("source", "text") == SourceTextFidelity.allCases.map(\.rawValue))
        #expect(enumValues("clause", "wording") == ClauseWording.allCases.map(\.rawValue))
        #expect(enumValues("annotation", "strength") == AssertedStrength.allCases.map(\.rawValue))
    }

    @Test("the schema's code lists are the ISO tables the loader uses")
    func codesMatch() {
        let countries = definition("country-code")["enum"] as? [String] ?? []
        #expect(countries.count == 249)
        #expect(countries.allSatisfy { CountryCode($0) != nil })
        let languages = definition("language-code")["enum"] as? [String] ?? []
        #expect(!languages.isEmpty && languages.allSatisfy { LanguageCode($0) != nil })
    }
}
