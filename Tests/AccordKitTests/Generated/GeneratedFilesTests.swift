import AccordGenerators
import AccordTestSupport
import Foundation
import Testing

/// The committed generated sources match what `generate-accord` would write now.
@Suite("Generated files")
struct GeneratedFilesTests {
    @Test("generated file is current", arguments: GeneratedFile.all.map(\.path))
    func isCurrent(path: String) throws {
        let iso = URL(fileURLWithPath: ISOTables.defaultDataDirectory)
        try #require(
            FileManager.default.fileExists(atPath: iso.path),
            "Debian's iso-codes package is needed (apt-get install iso-codes); .ci/run installs it"
        )
        let file = try #require(GeneratedFile.all.first { $0.path == path })
        let expected = try file.render(RepositoryPaths.root, iso)
        let committed = try String(contentsOf: RepositoryPaths.root.appendingPathComponent(path), encoding: .utf8)
        #expect(committed == expected, "\(path) is out of date; run `swift run generate-accord`")
    }
}
