import Foundation

/// Expands the paths a user names (files and folders) into the files to read, in a fixed order.
///
/// Folders are walked recursively for agreement files (`.yaml`, `.yml`) and Word and OpenDocument
/// drafts (`.docx`, `.odt`), skipping hidden entries and the lock files Word leaves beside an open
/// document (`~$draft.docx`); text, Markdown and PDF drafts are read when named, never picked up
/// from a folder, where a README is no draft. The result
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
    /// 100,000 strings. What a folder walk skips is reported before its files, sorted by path: an
    /// error for a subfolder that cannot be read or a name that is not UTF-8 (accord cannot name
    /// it to open it), a warning for a FIFO, device or socket named like YAML (reading one could
    /// block for ever, and it is no agreement).
    ///
    /// With `skippingRulePacks`, for commands that read agreements only, the files a folder walk
    /// finds inside a rule-pack folder (one with `pack.yaml`) are left out, with one warning per
    /// pack folder saying how many; a file named explicitly is always kept, whatever its folder.
    public static func collect(
        _ paths: some Sequence<String>, skippingRulePacks: Bool = false, _ visit: (Input) throws -> Void
    ) rethrows {
        var packRoots = PackRoots()
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
            var (files, problems) = yamlFiles(under: path)
            if skippingRulePacks {
                var skipped: [String: Int] = [:]
                files.removeAll { file in
                    guard let root = packRoots.packRoot(of: file) else { return false }
                    skipped[root, default: 0] += 1
                    return true
                }
                for (root, count) in skipped.sorted(by: { $0.key < $1.key }) {
                    problems.append(
                        Diagnostic(.warning, at: Location(file: root, position: nil), InputMessages.packSkipped(count)))
                }
                problems.sort()
            }
            for problem in problems { try visit(.problem(problem)) }
            if files.isEmpty {
                if problems.isEmpty {
                    try visit(.problem(Diagnostic(at: Location(file: path, position: nil), InputMessages.noYAMLFiles)))
                }
            } else {
                try visit(.files(files))
            }
        }
    }

    /// The rule-pack folder `path` belongs to (its own folder, or the parent of `principles/` or
    /// `languages/`), or nil for an agreement file.
    public static func packRoot(of path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        let inPackSubfolder = ["principles", "languages"].contains((folder as NSString).lastPathComponent)
        let candidates = [folder, inPackSubfolder ? (folder as NSString).deletingLastPathComponent : nil]
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

    private static let readExtensions = [".yaml", ".yml", ".docx", ".odt"].map { Array($0.utf8) }

    /// True for a file name (read as bytes) with an extension accord reads in a folder; not a
    /// Word lock file.
    private static func isReadable(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        if name.starts(with: Array("~$".utf8)) { return false }
        return readExtensions.contains { name.count > $0.count && name.suffix($0.count).elementsEqual($0) }
    }

    /// Every YAML file below `folder`, sorted by the bytes of their paths, and what was skipped.
    ///
    /// Why `readdir` and not `FileManager.enumerator`: the enumerator took 0.9 s for a folder of
    /// 100,000 agreements, serial time before any worker starts. Names are read as bytes and only
    /// folders become strings. Symbolic links are listed like files and never followed as folders;
    /// one that leads to a FIFO or a device is skipped like one.
    private static func yamlFiles(under folder: String) -> (files: PathList, problems: [Diagnostic]) {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var files = PathList()
        var problems: [Diagnostic] = []
        var folders = [base]
        while let directory = folders.popLast() {
            guard let stream = opendir(directory) else {
                let reason = DescriptorWriter.describe(errno)
                problems.append(Diagnostic(at: Location(file: directory, position: nil), InputMessages.unreadableFolder(reason)))
                continue
            }
            defer { closedir(stream) }
            let directoryBytes = Array(directory.utf8)
            while let entry = readdir(stream) {
                withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    let bytes = raw.bindMemory(to: UInt8.self)
                    let name = UnsafeBufferPointer(rebasing: bytes.prefix { $0 != 0 })
                    // Hidden entries, and "." and "..", are skipped.
                    guard name.first != UInt8(ascii: ".") else { return }
                    let type = entry.pointee.d_type
                    let isFolder = isDirectory(name, in: directory, type: type)
                    guard isFolder || isReadable(name) else { return }
                    guard String(validating: name, as: UTF8.self) != nil else {
                        let shown = directory + "/" + InputMessages.showingInvalidBytes(name)
                        problems.append(
                            Diagnostic(at: Location(file: shown, position: nil), InputMessages.nameNotUTF8(folder: isFolder)))
                        return
                    }
                    let path = directory + "/" + String(decoding: name, as: UTF8.self)
                    if isFolder {
                        folders.append(path)
                    } else if let kind = specialKind(path, type: type) {
                        problems.append(
                            Diagnostic(.warning, at: Location(file: path, position: nil), InputMessages.notRegular(kind)))
                    } else {
                        files.append(folder: directoryBytes, name: name)
                    }
                }
            }
        }
        files.sortByBytes()
        problems.sort()
        return (files, problems)
    }

    /// What a directory entry is when it is a FIFO, device or socket (or a link to one), or nil for
    /// a regular file or anything `stat` cannot see (a dangling link is reported when read).
    private static func specialKind(_ path: String, type: UInt8) -> String? {
        var mode = mode_t(0)
        switch Int32(type) {
        case Int32(DT_REG): return nil
        case Int32(DT_FIFO): mode = S_IFIFO
        case Int32(DT_CHR): mode = S_IFCHR
        case Int32(DT_BLK): mode = S_IFBLK
        case Int32(DT_SOCK): mode = S_IFSOCK
        default:
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            mode = status.st_mode & S_IFMT
        }
        switch mode {
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return nil
        }
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
