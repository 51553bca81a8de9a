#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension SourceFile {
    /// Reads `path` from disk, refusing directories and files over `limits.maximumFileBytes` before
    /// reading them, so a 50 MB file costs a `stat`, not 50 MB of memory.
    ///
    /// Why POSIX calls and not `FileManager` and `FileHandle`: a batch reads a hundred thousand small
    /// files, and Foundation's attribute dictionary and `Data` copy cost more than parsing a file's YAML.
    ///
    /// - Throws: `InvalidInputError` with one located diagnostic when the file cannot be read.
    public static func read(path: String, limits: LoadLimits = .default) throws(InvalidInputError) -> SourceFile {
        func failure(_ message: String) -> InvalidInputError {
            InvalidInputError(file: path, diagnostics: [Diagnostic(at: Location(file: path, position: nil), message)])
        }
        func failure(errno code: Int32) -> InvalidInputError {
            switch code {
            case ENOENT, ENOTDIR: failure(LoadMessages.cannotRead("no such file"))
            case EISDIR: failure(LoadMessages.cannotRead("it is a directory"))
            case EACCES, EPERM: failure(LoadMessages.cannotRead("permission denied"))
            default: failure(LoadMessages.cannotRead(String(cString: strerror(code))))
            }
        }
        // Non-blocking, so that opening a FIFO with no writer cannot hang; reads block again below.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw failure(errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure(errno: errno) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw failure(errno: EISDIR) }
        let isRegular = status.st_mode & S_IFMT == S_IFREG
        if !isRegular { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK) }
        if isRegular, Int(status.st_size) > limits.maximumFileBytes {
            throw failure(LoadMessages.fileTooLarge(bytes: Int(status.st_size), limit: limits.maximumFileBytes))
        }
        // Read one byte past the limit: a file that grew, or a pipe, is still caught by the YAML reader.
        switch readAll(descriptor, atMost: limits.maximumFileBytes + 1, sizeHint: isRegular ? Int(status.st_size) + 1 : 0) {
        case .success(let bytes): return SourceFile(path: path, bytes: bytes)
        case .failure(let code): throw failure(errno: code.value)
        }
    }

    /// A POSIX error number, as a typed failure.
    private struct ErrorNumber: Error {
        let value: Int32
    }

    /// Every byte `descriptor` gives, up to `limit`; `sizeHint` (the file's size plus one, so that
    /// end of file is seen without growing) sets the first allocation.
    private static func readAll(_ descriptor: Int32, atMost limit: Int, sizeHint: Int) -> Result<[UInt8], ErrorNumber> {
        var bytes = [UInt8](repeating: 0, count: min(limit, max(sizeHint, 4096)))
        var count = 0
        while count < limit {
            if count == bytes.count {
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit - bytes.count)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, UnsafeMutableRawBufferPointer(rebasing: buffer[count...]))
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(ErrorNumber(value: errno))
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }
}

/// `read(2)` into `buffer`, named apart from `SourceFile.read(path:limits:)`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
    #if canImport(Glibc)
        Glibc.read(descriptor, buffer.baseAddress, buffer.count)
    #elseif canImport(Musl)
        Musl.read(descriptor, buffer.baseAddress, buffer.count)
    #else
        Darwin.read(descriptor, buffer.baseAddress, buffer.count)
    #endif
}
