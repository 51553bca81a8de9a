import Foundation

/// The text of a PDF draft, from poppler's `pdftotext` when it is installed: PDF keeps no
/// paragraphs or numbering of its own, so accord asks the standard tool for the text in reading
/// order and reads that as plain text.
enum PDFTextExtractor {
    /// What to tell a user whose machine has no `pdftotext`.
    static let missingTool =
        "reading a PDF needs pdftotext, which is not installed (Debian: apt-get install poppler-utils); or save the draft as .docx, .odt or .txt"

    /// The text of the PDF in `bytes`, at most `limit` bytes of it.
    ///
    /// pdftotext reads a file, not a pipe (a PDF is read from its end), so the bytes go to a
    /// private temporary file, removed before this returns.
    ///
    /// `searchPath` is where pdftotext is looked for, the PATH by default.
    static func text(of bytes: [UInt8], limit: Int, searchPath: String? = nil) throws(DocumentError) -> String {
        let searchPath = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let tool = executable(named: "pdftotext", in: searchPath) else { throw DocumentError(missingTool) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("accord-\(UUID().uuidString).pdf").path
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw DocumentError("the PDF could not be handed to pdftotext: the temporary folder is not writable")
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try text(ofPDFAt: path, tool: tool, limit: limit)
    }

    private static func text(ofPDFAt path: String, tool: String, limit: Int) throws(DocumentError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", "-eol", "unix", "--", path, "-"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw DocumentError("pdftotext could not be started (\(error))")
        }
        // Read at most `limit` bytes; a PDF whose text is larger is refused, not truncated.
        var data = Data()
        let handle = output.fileHandleForReading
        while data.count <= limit, let chunk = try? handle.read(upToCount: 65_536), !chunk.isEmpty {
            data.append(chunk)
        }
        if data.count > limit { process.terminate() }
        let problem = (try? errors.fileHandleForReading.readToEnd()).flatMap { String(decoding: $0, as: UTF8.self) } ?? ""
        process.waitUntilExit()
        if data.count > limit {
            throw DocumentError("the PDF's text is larger than \(limit / (1024 * 1024)) MiB; accord reads at most that much")
        }
        guard process.terminationStatus == 0 else {
            let reason = problem.split(separator: "\n").first.map { ": \($0)" } ?? ""
            throw DocumentError("pdftotext could not read the PDF\(reason)")
        }
        let text = String(decoding: data, as: UTF8.self)
        guard text.contains(where: { $0.isLetter }) else {
            throw DocumentError(
                "the PDF has no text layer (a scanned image?); accord cannot read it without OCR: save the draft as .docx or .txt"
            )
        }
        return text
    }

    /// The first executable called `name` in the folders of `path`.
    private static func executable(named name: String, in path: String) -> String? {
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
