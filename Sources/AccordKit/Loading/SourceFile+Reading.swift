import Foundation

extension SourceFile {
    /// Reads `path` from disk, refusing directories and files over `limits.maximumFileBytes` before
    /// reading them, so a 50 MB file costs a `stat`, not 50 MB of memory.
    ///
    /// - Throws: `InvalidInputError` with one located diagnostic when the file cannot be read.
    public static func read(path: String, limits: LoadLimits = .default) throws(InvalidInputError) -> SourceFile {
        func failure(_ message: String) -> InvalidInputError {
            InvalidInputError(file: path, diagnostics: [Diagnostic(at: Location(file: path, position: nil), message)])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw failure(LoadMessages.cannotRead("no such file"))
        }
        guard !isDirectory.boolValue else {
            throw failure(LoadMessages.cannotRead("it is a directory"))
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            size > limits.maximumFileBytes
        {
            throw failure(LoadMessages.fileTooLarge(bytes: size, limit: limits.maximumFileBytes))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw failure(LoadMessages.cannotRead("permission denied"))
        }
        defer { try? handle.close() }
        // Read one byte past the limit: a file that grew, or a pipe, is still caught.
        let data: Data
        do {
            data = try handle.read(upToCount: limits.maximumFileBytes + 1) ?? Data()
        } catch {
            throw failure(LoadMessages.cannotRead(error.localizedDescription))
        }
        return SourceFile(path: path, bytes: Array(data))
    }
}
