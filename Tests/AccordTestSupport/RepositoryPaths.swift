import Foundation

/// Paths inside the repository, found from this file's location so tests never depend on the
/// working directory (Swift Testing runs tests in parallel).
public enum RepositoryPaths {
    /// The repository root.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // AccordTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `agreements/`.
    public static var agreements: URL { root.appendingPathComponent("agreements") }

    /// `Tests/Fixtures/`.
    public static var fixtures: URL { root.appendingPathComponent("Tests/Fixtures") }

    /// Every `.yaml` file under `folder`, sorted, as paths relative to the repository root.
    public static func yamlFiles(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".yaml") { files.append(folder.appendingPathComponent(relative).path) }
        }
        return files.sorted()
    }
}
