import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes output files so that a reader never sees a half-written file and no input is overwritten.
///
/// A regular file (or a new one) is written to a temporary file in the destination's folder (same
/// filesystem), flushed to disk, given the destination's permissions, then `rename(2)` replaces
/// the destination in one step; SIGINT and SIGTERM remove the temporary file
/// (`TemporaryFileCleanup`). Anything else that exists (a device such as `/dev/null`, a FIFO, a
/// socket) is written directly: renaming over it would replace the device node or pipe with a
/// regular file. Foundation's `replaceItemAt` is not used: on Linux it was seen to fail and
/// leave the destination deleted.
public enum AtomicFileWriter {
    /// Why a write was refused or failed.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case wouldOverwriteInput(String)
        case cannotWrite(String, reason: String)

        public var description: String {
            switch self {
            case .wouldOverwriteInput(let path): "refusing to write '\(path)': it is one of the inputs"
            case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
            }
        }
    }

    /// Writes `text` to `path`, refusing when `path` is the same file as any of `inputs`.
    public static func write(_ text: String, to path: String, inputs: [String]) throws(Failure) {
        let destination = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == destination {
            throw .wouldOverwriteInput(path)
        }
        var status = stat()
        let exists = stat(destination.path, &status) == 0
        let kind = status.st_mode & S_IFMT
        if exists, kind == S_IFDIR { throw .cannotWrite(path, reason: "it is a folder") }
        if exists, kind != S_IFREG {
            try writeDirectly(Array(text.utf8), to: destination.path, named: path)
            return
        }
        try replace(destination, with: Array(text.utf8), named: path, keeping: exists ? status : nil)
    }

    /// Writes to a device, FIFO or socket in place, as a shell's `>` would.
    private static func writeDirectly(_ bytes: [UInt8], to path: String, named name: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw .cannotWrite(name, reason: DescriptorWriter.describe(errno)) }
        defer { close(descriptor) }
        if let code = DescriptorWriter.writeAll(bytes, to: descriptor) {
            throw .cannotWrite(name, reason: DescriptorWriter.describe(code))
        }
    }

    /// Writes a temporary file beside `destination` and renames it over; `existing` is the stat of
    /// the file replaced, whose permissions (and, where allowed, owner) the new file keeps.
    private static func replace(_ destination: URL, with bytes: [UInt8], named name: String, keeping existing: stat?)
        throws(Failure)
    {
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).accord-\(UUID().uuidString).tmp").path
        // 0666 less the umask for a new file, as a shell's `>` would create it.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .cannotWrite(name, reason: DescriptorWriter.describe(errno)) }
        TemporaryFileCleanup.register(temporary)
        defer { TemporaryFileCleanup.unregister() }
        func fail(_ code: Int32) -> Failure {
            close(descriptor)
            unlink(temporary)
            return .cannotWrite(name, reason: DescriptorWriter.describe(code))
        }
        if let code = DescriptorWriter.writeAll(bytes, to: descriptor) { throw fail(code) }
        if let existing {
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
            guard fchmod(descriptor, existing.st_mode & 0o7777) == 0 else { throw fail(errno) }
        }
        guard fsync(descriptor) == 0 else { throw fail(errno) }
        close(descriptor)
        TestHooks.signalBeforeRename()
        guard rename(temporary, destination.path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .cannotWrite(name, reason: DescriptorWriter.describe(code))
        }
    }
}
