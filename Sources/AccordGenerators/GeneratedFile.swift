import Foundation

/// One file that `generate-accord` writes, and how to produce its contents from the repository.
public struct GeneratedFile: Sendable {
    /// Path relative to the repository root.
    public let path: String
    /// Produces the file's contents; the repository root and the iso-codes directory are passed in.
    public let render: @Sendable (_ repositoryRoot: URL, _ isoCodesDirectory: URL) throws -> String

    /// Every generated file of the project.
    public static let all: [GeneratedFile] = [
        GeneratedFile(path: "Sources/AccordKit/Model/ISO3166+Generated.swift") { _, iso in
            try ISOTables.countriesSource(json: Data(contentsOf: iso.appendingPathComponent("iso_3166-1.json")))
        },
        GeneratedFile(path: "Sources/AccordKit/Model/ISO639+Generated.swift") { _, iso in
            try ISOTables.languagesSource(json: Data(contentsOf: iso.appendingPathComponent("iso_639-2.json")))
        },
        GeneratedFile(path: "Sources/AccordKit/Rules/BuiltInRulePacks+Generated.swift") { root, _ in
            try EmbeddedRulePacks.source(rulesDirectory: root.appendingPathComponent("rules"))
        },
        GeneratedFile(path: "Sources/AccordKit/Grammars/BuiltInGrammars+Generated.swift") { root, _ in
            try EmbeddedGrammars.source(grammarsDirectory: root.appendingPathComponent("grammars"))
        },
    ]
}
