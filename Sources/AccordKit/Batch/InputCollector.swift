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

    /// `packRoot(of:)` for many paths, checking the file system once per folder: a batch of 100,000
    /// files in one folder made 100,000 checks for `pack.yaml`.
    public struct PackRoots {
        private var byFolder: [String: String?] = [:]

        public init() {}

        /// The rule-pack folder `path` belongs to, or nil for an agreement file.
        public mutating func packRoot(of path: String) -> String? {
            // The text before the last slash names the folder well enough for a cache key.
            let folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
            if let known = byFolder[folder] { return known }
            let root = InputCollector.packRoot(of: path)
            byFolder[folder] = .some(root)
            return root
        }
    }

    /// True for the extensions accord reads.
    public static func isYAML(_ path: String) -> Bool {
        path.hasSuffix(".yaml") || path.hasSuffix(".yml")
    }

    /// Every YAML file below `folder`, sorted.
    ///
    /// Why `readdir` and not `FileManager.enumerator`: the enumerator took 0.9 s for a folder of
    /// 100,000 agreements, serial time before any worker starts. Symbolic links are listed like
    /// files and never followed, as the enumerator did.
    private static func yamlFiles(under folder: String) -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var files: [String] = []
        var folders = [base]
        while let directory = folders.popLast() {
            guard let stream = opendir(directory) else { continue }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                // Hidden entries, and "." and "..", are skipped.
                guard !name.hasPrefix(".") else { continue }
                let path = directory + "/" + name
                if isDirectory(path, type: entry.pointee.d_type) {
                    folders.append(path)
                } else if isYAML(name) {
                    files.append(path)
                }
            }
        }
        return files.sorted()
    }

    /// Whether a directory entry is a folder (not a link to one), asking the file system only when
    /// the entry does not say.
    private static func isDirectory(_ path: String, type: UInt8) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}
