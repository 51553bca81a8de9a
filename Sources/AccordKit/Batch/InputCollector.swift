import Foundation

/// Expands the paths a user names (files and folders) into the YAML files to read, in a fixed order.
///
/// Folders are walked recursively for `.yaml` and `.yml` files, skipping hidden entries; the result
/// is sorted per argument, so output never depends on the order the filesystem lists files in.
public enum InputCollector {
    /// What one named path gave: files to read, or the reason it could not be used.
    public enum Input: Sendable, Equatable {
        /// The file named, or the YAML files of the folder named, sorted by the bytes of their paths.
        case files(PathList)
        /// A path that could not be used.
        case problem(Diagnostic)
    }

    /// Calls `visit` once per path of `paths`, in order, with the files it names.
    ///
    /// Each folder's files arrive as one `PathList`, so a folder of 100,000 files is never held as
    /// 100,000 strings.
    public static func collect(_ paths: some Sequence<String>, _ visit: (Input) throws -> Void) rethrows {
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                try visit(
                    .problem(
                        Diagnostic(at: Location(file: path, position: nil), "cannot read the file: no such file or directory")))
                continue
            }
            guard isDirectory.boolValue else {
                try visit(.files(PathList([path])))
                continue
            }
            let files = yamlFiles(under: path)
            if files.isEmpty {
                try visit(.problem(Diagnostic(at: Location(file: path, position: nil), "folder holds no .yaml or .yml files")))
            } else {
                try visit(.files(files))
            }
        }
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

    private static let yamlExtensions = [".yaml", ".yml"].map { Array($0.utf8) }

    /// True for a file name (read as bytes) with an extension accord reads.
    private static func isYAML(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        yamlExtensions.contains { name.count > $0.count && name.suffix($0.count).elementsEqual($0) }
    }

    /// Every YAML file below `folder`, sorted by the bytes of their paths.
    ///
    /// Why `readdir` and not `FileManager.enumerator`: the enumerator took 0.9 s for a folder of
    /// 100,000 agreements, serial time before any worker starts. Names are read as bytes and only
    /// folders become strings. Symbolic links are listed like files and never followed, as the
    /// enumerator did.
    private static func yamlFiles(under folder: String) -> PathList {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var files = PathList()
        var folders = [base]
        while let directory = folders.popLast() {
            guard let stream = opendir(directory) else { continue }
            defer { closedir(stream) }
            let directoryBytes = Array(directory.utf8)
            while let entry = readdir(stream) {
                withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    let bytes = raw.bindMemory(to: UInt8.self)
                    let name = UnsafeBufferPointer(rebasing: bytes.prefix { $0 != 0 })
                    // Hidden entries, and "." and "..", are skipped.
                    guard name.first != UInt8(ascii: ".") else { return }
                    if isDirectory(name, in: directory, type: entry.pointee.d_type) {
                        folders.append(directory + "/" + String(decoding: name, as: UTF8.self))
                    } else if isYAML(name) {
                        files.append(folder: directoryBytes, name: name)
                    }
                }
            }
        }
        files.sortByBytes()
        return files
    }

    /// Whether a directory entry is a folder (not a link to one), asking the file system only when
    /// the entry does not say.
    private static func isDirectory(_ name: UnsafeBufferPointer<UInt8>, in directory: String, type: UInt8) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var status = stat()
        let path = directory + "/" + String(decoding: name, as: UTF8.self)
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}
