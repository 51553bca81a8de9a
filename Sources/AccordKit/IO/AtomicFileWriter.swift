import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes output files so that a reader never sees a half-written file and no input is overwritten.
///
/// The text goes to a temporary file in the destination's folder (same filesystem), is flushed to
/// disk, then `rename(2)` replaces the destination in one step. Foundation's `replaceItemAt` is not
/// used: on Linux it was seen to fail and leave the destination deleted.
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
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).accord-\(UUID().uuidString).tmp")
        do {
            try Data(text.utf8).write(to: temporary, options: [.withoutOverwriting])
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path, reason: (error as NSError).localizedDescription)
        }
        let descriptor = open(temporary.path, O_RDONLY)
        if descriptor >= 0 {
            _ = fsync(descriptor)
            _ = close(descriptor)
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path, reason: reason)
        }
    }
}
