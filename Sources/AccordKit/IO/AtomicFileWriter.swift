import Foundation

/// Writes output files so that a reader never sees a half-written file and no input is overwritten.
///
/// The text goes to a temporary file in the destination's folder (same filesystem), then is renamed
/// over the destination in one step.
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
            if FileManager.default.fileExists(atPath: destination.path) {
                _ = try FileManager.default.replaceItemAt(destination, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: destination)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path, reason: (error as NSError).localizedDescription)
        }
    }
}
