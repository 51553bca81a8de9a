import Foundation

/// Expands the paths a user names (files and folders) into the YAML files to read, in a fixed order.
///
/// Folders are walked recursively for `.yaml` and `.yml` files, skipping hidden entries; the result
/// is sorted per argument, so output never depends on the order the filesystem lists files in.
public enum InputCollector {
    /// One input: a file to read, or a named path that could not be used, with the reason.
    public enum Input: Sendable, Hashable {
        /// A file to read.
        case file(String)
        /// A path that could not be used.
        case problem(Diagnostic)
    }

    /// The files under `paths`, in argument order, each folder's files sorted by path.
    public static func collect(_ paths: [String]) -> [Input] {
        var inputs: [Input] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                inputs.append(
                    .problem(
                        Diagnostic(at: Location(file: path, position: nil), "cannot read the file: no such file or directory")))
                continue
            }
            guard isDirectory.boolValue else {
                inputs.append(.file(path))
                continue
            }
            let files = yamlFiles(under: path)
            if files.isEmpty {
                inputs.append(
                    .problem(Diagnostic(at: Location(file: path, position: nil), "folder holds no .yaml or .yml files")))
            }
            inputs += files.map(Input.file)
        }
        return inputs
    }

    /// The rule-pack folder `path` belongs to (its own folder, or the parent of `principles/`), or nil
    /// for an agreement file.
    public static func packRoot(of path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        let candidates = [
            folder, (folder as NSString).lastPathComponent == "principles" ? (folder as NSString).deletingLastPathComponent : nil,
        ]
        for case let candidate? in candidates {
            let root = candidate.isEmpty ? "." : candidate
            if FileManager.default.fileExists(atPath: root + "/pack.yaml") { return root }
        }
        return nil
    }

    /// True for the extensions accord reads.
    public static func isYAML(_ path: String) -> Bool {
        path.hasSuffix(".yaml") || path.hasSuffix(".yml")
    }

    private static func yamlFiles(under folder: String) -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            if isYAML(name) { files.append(base + "/" + relative) }
        }
        return files.sorted()
    }
}
